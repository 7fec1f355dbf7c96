import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS } from "@/lib/server/services/notifications/notification-kinds";
import { removeCoTeacherSchema } from "@/lib/validation/classes";
import { findTaughtClass } from "../class-access";
import { assertClassOwner, NOT_A_CO_TEACHER_MESSAGE } from "./class-roles";
import { endCoTeaching } from "./end-co-teaching";

/**
 * Removes a co-teacher from the class (its owner only), as `endCoTeaching`
 * describes, and tells them. The owner's own row cannot be removed this way.
 */
export async function removeCoTeacher(actor: Actor, input: unknown, options: ServiceOptions = {}): Promise<{ removed: true }> {
  const { classId, teacherId } = parseInput(removeCoTeacherSchema, input);
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "remove co-teachers");
  await db.$transaction(async (tx) => {
    if (!(await endCoTeaching(tx, taught.id, teacherId, now))) throw new AppError(NOT_A_CO_TEACHER_MESSAGE, { status: 404 });
    await tx.notification.create({
      data: {
        userId: teacherId,
        kind: NOTIFICATION_KINDS.removedAsCoTeacher,
        title: `You no longer teach ${taught.name}`,
        body: "You were taken off its teachers, so its roster, assignments and results are closed to you. If this was a mistake, ask its owner to add you again.",
        createdAt: now,
      },
    });
  });
  return { removed: true };
}
