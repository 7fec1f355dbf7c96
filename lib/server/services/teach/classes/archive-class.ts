import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS, studentAssignmentHref, teacherClassHref } from "@/lib/server/services/notifications/notification-kinds";
import { retireNotificationLinks } from "@/lib/server/services/notifications/retire-notification-links";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";
import { classNotices, findClassMembers } from "./class-members";

/**
 * Archives a class (its owner only): it leaves the teachers' open list and
 * the students' class list, and its code no longer joins anyone. Nothing is
 * deleted, so restoreClass brings it back as it was. Archiving twice is fine.
 *
 * Its current students and other teachers are told. Students can no longer
 * open its assignments, so their notifications linking to them are retired
 * (`retireNotificationLinks`): their text stays, their link goes. Teachers
 * still read an archived class, so theirs keep their links.
 */
export async function archiveClass(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ archivedAt: string }> {
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "archive it");
  if (taught.archivedAt) return { archivedAt: taught.archivedAt.toISOString() };
  const archivedAt = await db.$transaction(async (tx) => {
    // Compare-and-set: of two archives at once, one archives and tells; the other changes nothing.
    const { count } = await tx.classroom.updateMany({ where: { id: taught.id, archivedAt: null }, data: { archivedAt: now } });
    if (count === 0) return (await tx.classroom.findUniqueOrThrow({ where: { id: taught.id }, select: { archivedAt: true } })).archivedAt ?? now;
    const members = await findClassMembers(tx, taught.id, actor.id);
    const assignments = await tx.assignment.findMany({ where: { classId: taught.id }, select: { id: true } });
    await retireNotificationLinks(tx, members.studentIds, [{ href: { in: assignments.map((assignment) => studentAssignmentHref(assignment.id)) } }], now);
    await tx.notification.createMany({
      data: classNotices(
        members,
        NOTIFICATION_KINDS.classArchived,
        {
          title: `${taught.name} was archived`,
          students: { body: "The course is over: the class takes no new work, and its assignments are closed. What you did stays in your progress and history.", href: "/progress" },
          teachers: { body: "The course is over: the class takes no new assignments, and its roster, assignments and results stay for you to read.", href: teacherClassHref(taught.id) },
        },
        now,
      ),
    });
    return now;
  });
  return { archivedAt: archivedAt.toISOString() };
}
