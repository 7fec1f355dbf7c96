import "server-only";
import { linksIntoTeacherClass } from "@/lib/server/services/notifications/notification-kinds";
import type { Tx } from "@/lib/server/services/review/fsrs-memory";

/**
 * Takes a co-teacher off a class inside the caller's transaction, for the
 * owner's removal and the co-teacher's leaving alike. Their notifications
 * that lead into the class (handed-in work, a student who left) lose their
 * link, which would now lead to a 404, and stop counting as unread; their
 * text stays in the teacher's history.
 *
 * @returns false when they were not a co-teacher of the class (nothing changed)
 */
export async function endCoTeaching(tx: Tx, classId: string, teacherId: string, now: Date): Promise<boolean> {
  const { count } = await tx.classTeacher.deleteMany({ where: { classId, userId: teacherId, role: "co" } });
  if (count === 0) return false;
  const links = { userId: teacherId, OR: linksIntoTeacherClass(classId) };
  await tx.notification.updateMany({ where: { ...links, readAt: null }, data: { readAt: now } });
  await tx.notification.updateMany({ where: links, data: { href: null } });
  return true;
}
