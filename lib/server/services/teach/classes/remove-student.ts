import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS } from "@/lib/server/services/notifications/notification-kinds";
import { removeStudentSchema } from "@/lib/validation/classes";
import { findTaughtClass } from "../class-access";
import { endEnrollment } from "./end-enrollment";

export const STUDENT_NOT_ON_ROSTER_MESSAGE = "That student is not on this class's roster.";

/**
 * Takes a student off the roster (any of the class's teachers may), as
 * `endEnrollment` describes: their history and attempts stay, and the class's
 * current code lets them back in (rotate the code to keep them out). The
 * student is told, so the class does not just vanish from their dashboard.
 */
export async function removeStudent(actor: Actor, input: unknown, options: ServiceOptions = {}): Promise<{ removed: true }> {
  const { classId, studentId } = parseInput(removeStudentSchema, input);
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  await db.$transaction(async (tx) => {
    if (!(await endEnrollment(tx, taught.id, studentId, now))) throw new AppError(STUDENT_NOT_ON_ROSTER_MESSAGE, { status: 404 });
    await tx.notification.create({
      data: {
        userId: studentId,
        kind: NOTIFICATION_KINDS.removedFromClass,
        title: `You are no longer in ${taught.name}`,
        body: "You were taken off its roster: its assignments are closed to you, and your own quizzes and progress stay yours. If this was a mistake, ask your teacher for the class code.",
        href: "/join",
        createdAt: now,
      },
    });
  });
  return { removed: true };
}
