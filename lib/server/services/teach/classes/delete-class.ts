import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { linksIntoTeacherClass, studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";

/**
 * Deletes an archived class for good (its owner only): its roster, teachers,
 * assignments and gradebook, and the notifications that point into it.
 * Students keep their own work: each attempt at one of its assignments stays
 * in their history and memory as a quiz of their own (the foreign key sets
 * `assignmentId` to null). Archiving first is the confirmation that the
 * course is over; a teacher leaving with no colleague to hand a class to
 * deletes it this way before deleting their account.
 *
 * @throws AppError 404 (not the actor's class), 403 (a co-teacher asked), 409 (not archived)
 *
 * @example
 * await deleteClass(user, classId);
 */
export async function deleteClass(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ deleted: true }> {
  const { db } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "delete it");
  if (!taught.archivedAt) throw new AppError("Archive the class first: only an archived class can be deleted.", { status: 409 });

  await db.$transaction(async (tx) => {
    const assignments = await tx.assignment.findMany({ where: { classId: taught.id }, select: { id: true } });
    await tx.notification.deleteMany({
      where: {
        OR: [
          { href: { in: assignments.map((assignment) => studentAssignmentHref(assignment.id)) } },
          ...linksIntoTeacherClass(taught.id),
        ],
      },
    });
    // Assignments, enrolments and teachers cascade; attempts keep their answers with assignmentId set to null.
    await tx.classroom.delete({ where: { id: taught.id } });
  });
  return { deleted: true };
}
