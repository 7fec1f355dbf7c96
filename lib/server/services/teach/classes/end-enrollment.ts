import "server-only";
import { studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { retireNotificationLinks } from "@/lib/server/services/notifications/retire-notification-links";
import type { Tx } from "@/lib/server/services/review/fsrs-memory";

/**
 * Takes a student off a class's roster inside the caller's transaction, for
 * a teacher's removal and a student's leaving alike. The Enrollment row keeps
 * its history and gets `removedAt`, so the student no longer sees the class
 * or its assignments, and their earlier attempts stay on record; joining
 * again with the current code puts them back (join-class.ts).
 *
 * The student's notifications about the class's assignments are retired
 * (`retireNotificationLinks`): their text stays, their link goes.
 *
 * @returns false when the student was not on the roster (nothing changed)
 */
export async function endEnrollment(tx: Tx, classId: string, studentId: string, now: Date): Promise<boolean> {
  const { count } = await tx.enrollment.updateMany({ where: { classId, userId: studentId, removedAt: null }, data: { removedAt: now } });
  if (count === 0) return false;
  const assignments = await tx.assignment.findMany({ where: { classId }, select: { id: true } });
  await retireNotificationLinks(tx, studentId, [{ href: { in: assignments.map((assignment) => studentAssignmentHref(assignment.id)) } }], now);
  return true;
}
