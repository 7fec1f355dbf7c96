import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS, teacherClassHref } from "@/lib/server/services/notifications/notification-kinds";
import { handOverClassSchema } from "@/lib/validation/classes";
import { findTaughtClass } from "../class-access";
import { assertClassOwner, NOT_A_CO_TEACHER_MESSAGE } from "./class-roles";

/**
 * Makes one of the class's co-teachers its owner (the owner or an admin
 * only). The former owner stays on as a co-teacher, so a teacher who leaves
 * the school hands each class over and can then delete their account; the
 * new owner may remove them. Archived classes can be handed over too. The
 * new owner is notified.
 *
 * @throws AppError 404 (not the actor's class, or that teacher is not a
 *   co-teacher of it), 403 (a co-teacher asked), 409 (the owner changed
 *   meanwhile)
 *
 * @example
 * await handOverClass(user, { classId, teacherId: coTeacher.id });
 */
export async function handOverClass(actor: Actor, input: unknown, options: ServiceOptions = {}): Promise<{ ownerId: string }> {
  const { classId, teacherId } = parseInput(handOverClassSchema, input);
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "hand it over");
  const notACoTeacher = () => new AppError(NOT_A_CO_TEACHER_MESSAGE, { status: 404 });
  if (teacherId === taught.ownerId) throw notACoTeacher();

  await db.$transaction(async (tx) => {
    // Demoting the owner first leaves exactly one owner row once the co-teacher is promoted.
    await tx.classTeacher.updateMany({ where: { classId: taught.id, role: "owner" }, data: { role: "co" } });
    const promoted = await tx.classTeacher.updateMany({ where: { classId: taught.id, userId: teacherId, role: "co" }, data: { role: "owner" } });
    if (promoted.count === 0) throw notACoTeacher();
    // Compare-and-set on the owner: of two hand-overs at once, only the first applies.
    const moved = await tx.classroom.updateMany({ where: { id: taught.id, ownerId: taught.ownerId }, data: { ownerId: teacherId } });
    if (moved.count === 0) throw new AppError("This class's owner changed a moment ago. Reload the page to see who owns it now.", { status: 409 });
    await tx.notification.create({
      data: {
        userId: teacherId,
        kind: NOTIFICATION_KINDS.classHandedOver,
        title: `You now own ${taught.name}`,
        body: "The class was handed over to you: you now add and remove its co-teachers, and archive it when the course ends.",
        href: teacherClassHref(taught.id),
        createdAt: now,
      },
    });
  });
  return { ownerId: teacherId };
}
