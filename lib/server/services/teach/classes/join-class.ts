import "server-only";
import { isUniqueViolation } from "@/lib/server/auth/database";
import type { Actor } from "@/lib/server/auth/permissions";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { joinClassSchema } from "@/lib/validation/classes";
import { assertStudent } from "./class-roles";
import { findOpenClassByCode } from "./join-throttle";

export type JoinClassResult = {
  classId: string;
  name: string;
  /** joined: new; rejoined: had been removed and is back; already_member: nothing changed. */
  outcome: "joined" | "rejoined" | "already_member";
};

/**
 * A student joins the open class with join code `code` (typed in any case,
 * with or without spaces and dashes). Idempotent: joining a class twice
 * changes nothing. A student the teacher removed comes back with the
 * current code (with a new joinedAt, so the teacher sees the return; their
 * first join is kept in firstJoinedAt, so work that fell due while they were
 * in the class is not excused as due before they joined); a teacher who wants
 * them out rotates the code. Wrong codes are rate-limited (join-throttle.ts).
 */
export async function joinClass(actor: Actor, input: unknown, options: ServiceOptions = {}): Promise<JoinClassResult> {
  assertStudent(actor);
  const { code } = parseInput(joinClassSchema, input);
  const { db, now } = resolveOptions(options);
  const classroom = await findOpenClassByCode(db, actor.id, code, now);
  const result = (outcome: JoinClassResult["outcome"]): JoinClassResult => ({ classId: classroom.id, name: classroom.name, outcome });

  const where = { classId_userId: { classId: classroom.id, userId: actor.id } };
  const existing = await db.enrollment.findUnique({ where, select: { removedAt: true, joinedAt: true, firstJoinedAt: true } });
  if (existing && !existing.removedAt) return result("already_member");
  if (existing) {
    await db.enrollment.update({ where, data: { removedAt: null, joinedAt: now, firstJoinedAt: existing.firstJoinedAt ?? existing.joinedAt } });
    return result("rejoined");
  }
  try {
    await db.enrollment.create({ data: { classId: classroom.id, userId: actor.id, joinedAt: now } });
  } catch (error) {
    // A double submit raced this one and enrolled the student first.
    if (isUniqueViolation(error)) return result("already_member");
    throw error;
  }
  return result("joined");
}
