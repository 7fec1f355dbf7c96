import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { createClassSchema } from "@/lib/validation/classes";
import { assertCanTeach } from "./class-roles";
import { withFreshJoinCode } from "./join-code";
import { joinCodeView } from "./join-link";

/**
 * Creates a class owned by `actor` (teachers and admins), with a fresh join
 * code. The Classroom and its owner ClassTeacher row are one nested write,
 * which Prisma runs in a single transaction.
 *
 * @example
 * const created = await createClass(user, { name: "Year 11 History", description: "" });
 */
export async function createClass(actor: Actor, input: unknown, options: ServiceOptions = {}) {
  assertCanTeach(actor);
  const { name, description } = parseInput(createClassSchema, input);
  const { db, now } = resolveOptions(options);
  const created = await withFreshJoinCode((joinCode) =>
    db.classroom.create({
      data: { name, description, joinCode, ownerId: actor.id, createdAt: now, teachers: { create: { userId: actor.id, role: "owner" } } },
      select: { id: true, name: true, joinCode: true },
    }),
  );
  return { id: created.id, name: created.name, ...joinCodeView(created.joinCode) };
}
