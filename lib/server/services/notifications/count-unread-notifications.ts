import "server-only";
import { resolveOptions, type Learner } from "@/lib/server/services/learn/attempt-records";
import { ensureDueSoonNotifications } from "./ensure-due-soon-notifications";
import type { NotificationOptions } from "./list-my-notifications";

/**
 * How many of the signed-in user's notifications are unread (after creating
 * any due-soon reminder that is owed), for the dashboard.
 *
 * @example
 * const unread = await countUnreadNotifications(user, { timeZone });
 */
export async function countUnreadNotifications(user: Learner, options: NotificationOptions = {}): Promise<number> {
  const { db, now } = resolveOptions(options);
  await ensureDueSoonNotifications(db, user.id, now, options.timeZone);
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}
