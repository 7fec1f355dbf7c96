import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { providerOf } from "@/lib/server/db/hot-sql";
import { AppError } from "@/lib/server/errors";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { ARCHIVED_ASSIGNMENTS_MESSAGE, findTaughtAssignment } from "../class-access";

const STARTED_MESSAGE = "Students have started this assignment, so it stays: their work counts in the gradebook.";

/**
 * Why the assignment can no longer be deleted, or null when it can: the
 * class is archived (kept as it was), or a student has started it. For the
 * refusal, and for the page, which offers deletion only when this is null.
 */
export function deleteLockedReason(startedCount: number, taughtClass: { archivedAt: Date | null }): string | null {
  if (taughtClass.archivedAt) return ARCHIVED_ASSIGNMENTS_MESSAGE;
  if (startedCount > 0) return STARTED_MESSAGE;
  return null;
}

/**
 * Deletes an assignment no student has started (set by mistake: the wrong
 * module, mode or class), so it never shows as missing work. Any teacher of
 * the class may, as any may set one. Its notifications ("new assignment",
 * "due soon", "new due date") are withdrawn from the students' lists.
 *
 * @returns the class the assignment was in, for the page to go back to
 * @throws AppError 404 (no such assignment, or not the actor's), 409 (archived class, or already started)
 *
 * @example
 * const { classId } = await deleteAssignment(teacher, assignmentId);
 */
export async function deleteAssignment(actor: Actor, assignmentId: string, options: ServiceOptions = {}): Promise<{ classId: string }> {
  const { db } = resolveOptions(options);
  const { assignment, taughtClass } = await findTaughtAssignment(db, actor, assignmentId);
  const locked = deleteLockedReason(await db.attempt.count({ where: { assignmentId: assignment.id } }), taughtClass);
  if (locked) throw new AppError(locked, { status: 409 });

  await db.$transaction(async (tx) => {
    // A start in flight on PostgreSQL holds a share lock on the row (its attempt's foreign key) until it
    // commits, and the statement below would not see its attempt: wait for it here. A start that comes
    // after this lock waits for the delete and then finds no assignment. (SQLite runs one write at a time.)
    if (providerOf(db) === "postgresql") await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${assignment.id} FOR UPDATE`;
    // Only while no attempt exists, so a start committed since the count keeps it (teach/README.md, "Deleting").
    const { count } = await tx.assignment.deleteMany({ where: { id: assignment.id, attempts: { none: {} } } });
    if (count === 0) throw new AppError(STARTED_MESSAGE, { status: 409 });
    await tx.notification.deleteMany({ where: { href: studentAssignmentHref(assignment.id) } });
  });
  return { classId: taughtClass.id };
}
