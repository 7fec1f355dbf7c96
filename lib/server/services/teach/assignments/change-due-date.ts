import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { attemptDeadline, closesAtDueDate } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { dateToken, formatDueDate, NOTIFICATION_KINDS, studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { changeDueDateSchema } from "@/lib/validation/assignments";
import { ARCHIVED_ASSIGNMENTS_MESSAGE, findTaughtAssignment } from "../class-access";

const ANSWERS_SHOWN_MESSAGE = "The answers were shown to the class when this assessment fell due, so it cannot be reopened. Set a new assignment instead.";

/**
 * Why the due date can no longer move, or null when it can: the class is
 * archived, or it is an assessment whose answers the class saw when it fell
 * due. For the refusal, and for the page, which then shows this instead of the form.
 */
export function dueDateLockedReason(assignment: { mode: string; showAnswersAfterDue: boolean; dueAt: Date }, taughtClass: { archivedAt: Date | null }, now: Date): string | null {
  if (taughtClass.archivedAt) return ARCHIVED_ASSIGNMENTS_MESSAGE;
  if (assignment.mode === "assessment" && assignment.showAnswersAfterDue && assignment.dueAt <= now) return ANSWERS_SHOWN_MESSAGE;
  return null;
}

/**
 * Moves an assignment's due date (to give the class more time, or to reopen
 * work that fell due) and tells every enrolled student. Standings follow at
 * once, since missing and late are read against the due date whenever they
 * are shown; a "due soon" reminder of the old date is withdrawn, and the
 * student gets a new one when the new date is a day away.
 *
 * An assessment whose answers were shown to the class once it fell due
 * cannot be reopened: students who handed in have seen them. Before then,
 * its attempts under way move with it: they are handed in at the due date.
 *
 * @param input `{ dueAt, timeZone? }` (see changeDueDateSchema)
 * @throws AppError 400 (invalid date: `field` is dueAt), 404 (no such assignment, or not the actor's), 409 (archived class, or answers already shown)
 *
 * @example
 * await changeDueDate(teacher, assignmentId, { dueAt: "2026-12-12T17:00", timeZone: "Asia/Karachi" });
 */
export async function changeDueDate(actor: Actor, assignmentId: string, input: unknown, options: ServiceOptions = {}): Promise<{ dueAt: Date }> {
  const { db, now } = resolveOptions(options);
  const { assignment, taughtClass } = await findTaughtAssignment(db, actor, assignmentId);
  const locked = dueDateLockedReason(assignment, taughtClass, now);
  if (locked) throw new AppError(locked, { status: 409 });
  const request = parseInput(changeDueDateSchema(now), input);
  if (request.dueAt <= assignment.opensAt) {
    throw new AppError(`The due date must be after the assignment opens (${formatDueDate(assignment.opensAt, request.timeZone)}).`, { status: 400, field: "dueAt" });
  }
  if (request.dueAt.getTime() === assignment.dueAt.getTime()) return { dueAt: assignment.dueAt };

  const students = await db.enrollment.findMany({ where: { classId: taughtClass.id, removedAt: null }, select: { userId: true } });
  const href = studentAssignmentHref(assignment.id);
  await db.$transaction(async (tx) => {
    await tx.assignment.update({ where: { id: assignment.id }, data: { dueAt: request.dueAt } });
    if (closesAtDueDate(assignment)) {
      const open = await tx.attempt.findMany({ where: { assignmentId: assignment.id, status: "in_progress" }, select: { id: true, startedAt: true } });
      for (const attempt of open) {
        await tx.attempt.update({ where: { id: attempt.id }, data: { deadlineAt: attemptDeadline({ ...assignment, dueAt: request.dueAt }, attempt.startedAt) } });
      }
    }
    await tx.notification.deleteMany({ where: { kind: NOTIFICATION_KINDS.dueSoon, href } });
    if (students.length > 0) {
      await tx.notification.createMany({
        data: students.map((student) => ({
          userId: student.userId,
          kind: NOTIFICATION_KINDS.dueDateChanged,
          title: `New due date: ${assignment.title}`,
          body: `${taughtClass.name} · now due ${dateToken(request.dueAt)}`,
          href,
          createdAt: now,
        })),
      });
    }
  });
  return { dueAt: request.dueAt };
}
