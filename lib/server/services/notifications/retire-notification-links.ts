import "server-only";
import type { Prisma } from "@/lib/server/db";
import type { Tx } from "@/lib/server/services/review/fsrs-memory";

/**
 * For someone who can no longer open a class's pages (removed, gone of their
 * own accord, or the class archived or deleted): their notifications whose
 * links lead there stop counting as unread and lose the link, which would now
 * lead to a 404. Their text stays in the person's history. Runs in the
 * caller's transaction.
 *
 * @param userIds whose notifications: one user, several, or `"anyone"` (a deleted class: no one can open it)
 * @param links which of their notifications: their `href` conditions, any one of which matches
 */
export async function retireNotificationLinks(tx: Tx, userIds: string | readonly string[] | "anyone", links: Prisma.NotificationWhereInput[], now: Date): Promise<void> {
  const whose = userIds === "anyone" ? {} : { userId: typeof userIds === "string" ? userIds : { in: [...userIds] } };
  const where = { ...whose, OR: links };
  await tx.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: now } });
  await tx.notification.updateMany({ where, data: { href: null } });
}
