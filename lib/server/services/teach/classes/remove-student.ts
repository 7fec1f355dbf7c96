import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { removeStudentSchema } from "@/lib/validation/classes";
import { findTaughtClass } from "../class-access";

export const STUDENT_NOT_ON_ROSTER_MESSAGE = "That student is not on this class's roster.";

/**
 * Takes a student off the roster (any of the class's teachers may): the
 * Enrollment row keeps its history and gets `removedAt`, so the student no
 * longer sees the class or its assignments, and their earlier attempts stay
 * on record. Joining again with the current code puts them back (see
 * join-class.ts); rotate the code to keep them out.
 *
 * The student's notifications about this class's assignments lose their link
 * (it would lead to a page they may no longer open) and stop counting as
 * unread; their text stays in the student's history.
 */
export async function removeStudent(actor: Actor, input: unknown, options: ServiceOptions = {}): Promise<{ removed: true }> {
  const { classId, studentId } = parseInput(removeStudentSchema, input);
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  const assignments = await db.assignment.findMany({ where: { classId: taught.id }, select: { id: true } });
  const links = { userId: studentId, href: { in: assignments.map((assignment) => studentAssignmentHref(assignment.id)) } };
  const [{ count }] = await db.$transaction([
    db.enrollment.updateMany({ where: { classId: taught.id, userId: studentId, removedAt: null }, data: { removedAt: now } }),
    db.notification.updateMany({ where: { ...links, readAt: null }, data: { readAt: now } }),
    db.notification.updateMany({ where: links, data: { href: null } }),
  ]);
  if (count === 0) throw new AppError(STUDENT_NOT_ON_ROSTER_MESSAGE, { status: 404 });
  return { removed: true };
}
