import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { linksIntoTeacherClass, NOTIFICATION_KINDS, studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { retireNotificationLinks } from "@/lib/server/services/notifications/retire-notification-links";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";
import { classNotices, findClassMembers } from "./class-members";

/**
 * Deletes an archived class for good (its owner only): its roster, teachers,
 * assignments and gradebook. Students keep their own work: each attempt at
 * one of its assignments stays in their history and memory as a quiz of
 * their own (the foreign key sets `assignmentId` to null). Archiving first is
 * the confirmation that the course is over; a teacher leaving with no
 * colleague to hand a class to deletes it this way before deleting their
 * account.
 *
 * Its current students and other teachers are told. Notifications are not
 * tied to the class in the schema, so they outlive it: those that point into
 * it (anyone's: former members' too) keep their text and lose their link
 * (`retireNotificationLinks`), which would now lead to a 404.
 *
 * @throws AppError 404 (not the actor's class), 403 (a co-teacher asked), 409 (not archived)
 *
 * @example
 * await deleteClass(user, classId);
 */
export async function deleteClass(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ deleted: true }> {
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "delete it");
  if (!taught.archivedAt) throw new AppError("Archive the class first: only an archived class can be deleted.", { status: 409 });

  await db.$transaction(async (tx) => {
    const members = await findClassMembers(tx, taught.id, actor.id);
    const assignments = await tx.assignment.findMany({ where: { classId: taught.id }, select: { id: true } });
    await retireNotificationLinks(tx, "anyone", [{ href: { in: assignments.map((assignment) => studentAssignmentHref(assignment.id)) } }, ...linksIntoTeacherClass(taught.id)], now);
    // Assignments, enrolments and teachers cascade; attempts keep their answers with assignmentId set to null.
    await tx.classroom.delete({ where: { id: taught.id } });
    await tx.notification.createMany({
      data: classNotices(
        members,
        NOTIFICATION_KINDS.classDeleted,
        {
          // An admin may delete any class: then "by its owner" would not be true, and the owner is told too.
          title: taught.access === "admin" ? `${taught.name} was deleted` : `${taught.name} was deleted by its owner`,
          students: { body: "Its assignments are gone. What you did in them stays in your progress and history, as quizzes of your own.", href: "/progress" },
          teachers: { body: "Its roster, assignments and results are gone.", href: null },
        },
        now,
      ),
    });
  });
  return { deleted: true };
}
