import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS, teacherClassHref } from "@/lib/server/services/notifications/notification-kinds";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";
import { classNotices, findClassMembers } from "./class-members";

/**
 * Brings an archived class back (its owner only), with the same code, roster
 * and assignments. Restoring a class that is not archived changes nothing.
 *
 * Its current students and other teachers are told it is back. Archiving told
 * them it was over and took the links off their notices about its
 * assignments; without a word, the class and its work would reappear on their
 * dashboards with the archive notice as the last thing they heard. (The
 * retired links stay retired: this notice leads to the dashboard, where the
 * class's assignments are listed again.)
 */
export async function restoreClass(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ restored: true }> {
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "restore it");
  if (!taught.archivedAt) return { restored: true };
  await db.$transaction(async (tx) => {
    // Compare-and-set: of two restores at once, one restores and tells.
    const { count } = await tx.classroom.updateMany({ where: { id: taught.id, archivedAt: { not: null } }, data: { archivedAt: null } });
    if (count === 0) return;
    await tx.notification.createMany({
      data: classNotices(
        await findClassMembers(tx, taught.id, actor.id),
        NOTIFICATION_KINDS.classRestored,
        {
          title: `${taught.name} was restored`,
          students: { body: "It is back from the archive: its assignments are on your dashboard again.", href: "/dashboard" },
          teachers: { body: "It is back from the archive: new assignments can be set again.", href: teacherClassHref(taught.id) },
        },
        now,
      ),
    });
  });
  return { restored: true };
}
