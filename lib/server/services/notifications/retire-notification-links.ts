import "server-only";
import type { Prisma } from "@/lib/server/db";
import type { Tx } from "@/lib/server/services/review/fsrs-memory";

/**
 * For someone who can no longer open a class's pages (removed, or gone of
 * their own accord): their notifications whose links lead there stop
 * counting as unread and lose the link, which would now lead to a 404. Their
 * text stays in the person's history. Runs in the caller's transaction.
 *
 * @param links which of the user's notifications: their `href` conditions, any one of which matches
 */
export async function retireNotificationLinks(tx: Tx, userId: string, links: Prisma.NotificationWhereInput[], now: Date): Promise<void> {
  const where = { userId, OR: links };
  await tx.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: now } });
  await tx.notification.updateMany({ where, data: { href: null } });
}
