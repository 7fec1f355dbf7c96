import "server-only";
import { resolveOptions, type Learner, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { ensureOwedNotifications } from "./ensure-owed-notifications";
import { renderNotificationText } from "./notification-kinds";

export interface NotificationOptions extends ServiceOptions {
  /** The reader's IANA zone, in which the dates in notifications are written out; unknown or left out: UTC, named. */
  timeZone?: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string | null;
  /** ISO timestamp. */
  createdAt: string;
  isRead: boolean;
}

// Older notifications stay in the database (and the data export) but are not listed.
const LIST_LIMIT = 50;

/**
 * The signed-in user's latest notifications, newest first, and how many are
 * unread. Notices owed by the clock (assignments due soon, an assessment's answers
 * shown) are created first, once each. Dates in them are written out in the
 * reader's `timeZone`, whoever caused the notification.
 *
 * @example
 * const { notifications, unreadCount } = await listMyNotifications(user, { timeZone });
 */
export async function listMyNotifications(user: Learner, options: NotificationOptions = {}): Promise<{ notifications: NotificationView[]; unreadCount: number }> {
  const { db, now } = resolveOptions(options);
  await ensureOwedNotifications(db, user.id, now);
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: LIST_LIMIT }),
    db.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  return {
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: renderNotificationText(row.title, options.timeZone),
      body: renderNotificationText(row.body, options.timeZone),
      href: row.href,
      createdAt: row.createdAt.toISOString(),
      isRead: row.readAt !== null,
    })),
    unreadCount,
  };
}
