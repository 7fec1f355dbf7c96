import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { studentLeftNotices } from "@/lib/server/services/notifications/notification-kinds";
import { recordIdSchema } from "@/lib/validation/classes";
import { endEnrollment } from "./end-enrollment";

export const NOT_IN_CLASS_MESSAGE = "You are not in that class.";

/**
 * Takes the signed-in student out of a class they are in (joined by mistake,
 * or a course they dropped), as a teacher's removal would (`endEnrollment`):
 * their attempts stay on record, and the class's code lets them back in. The
 * class's teachers are told, so the roster never changes behind their backs.
 *
 * @throws AppError 404 when the actor is not on the class's roster (or it does not exist): the same for both
 *
 * @example
 * await leaveClass(user, classId);
 */
export async function leaveClass(actor: Actor, classId: unknown, options: ServiceOptions = {}): Promise<{ left: true }> {
  const notInClass = () => new AppError(NOT_IN_CLASS_MESSAGE, { status: 404 });
  const parsedId = recordIdSchema.safeParse(classId);
  if (!parsedId.success) throw notInClass();
  const { db, now } = resolveOptions(options);
  const [student, classroom] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { name: true } }),
    db.classroom.findUnique({ where: { id: parsedId.data }, select: { id: true, name: true, teachers: { select: { userId: true } } } }),
  ]);
  if (!student || !classroom) throw notInClass();

  await db.$transaction(async (tx) => {
    if (!(await endEnrollment(tx, classroom.id, actor.id, now))) throw notInClass();
    await tx.notification.createMany({
      data: studentLeftNotices(
        classroom,
        { title: `${student.name} left ${classroom.name}`, body: "They no longer see the class or its assignments. The class code lets them back in." },
        now,
      ),
    });
  });
  return { left: true };
}
