import "server-only";
import { linksIntoTeacherClass } from "@/lib/server/services/notifications/notification-kinds";
import { retireNotificationLinks } from "@/lib/server/services/notifications/retire-notification-links";
import type { Tx } from "@/lib/server/services/review/fsrs-memory";

/**
 * Takes a co-teacher off a class inside the caller's transaction, for the
 * owner's removal and the co-teacher's leaving alike. Their notifications
 * that lead into the class (handed-in work, a student who left) are retired
 * (`retireNotificationLinks`): their text stays, their link goes.
 *
 * @returns false when they were not a co-teacher of the class (nothing changed)
 */
export async function endCoTeaching(tx: Tx, classId: string, teacherId: string, now: Date): Promise<boolean> {
  const { count } = await tx.classTeacher.deleteMany({ where: { classId, userId: teacherId, role: "co" } });
  if (count === 0) return false;
  await retireNotificationLinks(tx, teacherId, linksIntoTeacherClass(classId), now);
  return true;
}
