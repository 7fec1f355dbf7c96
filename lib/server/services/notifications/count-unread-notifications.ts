import "server-only";
import { resolveOptions, type Learner, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { ensureOwedNotifications } from "./ensure-owed-notifications";

/**
 * How many of the signed-in user's notifications are unread (after creating
 * any notice the clock owes: see ensureOwedNotifications), for the dashboard.
 *
 * @example
 * const unread = await countUnreadNotifications(user);
 */
export async function countUnreadNotifications(user: Learner, options: ServiceOptions = {}): Promise<number> {
  const { db, now } = resolveOptions(options);
  await ensureOwedNotifications(db, user.id, now);
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}
