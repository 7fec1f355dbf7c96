import type { Metadata } from "next";
import { NotificationList } from "@/components/assignments/notification-list";
import { dateLabel } from "@/components/teach/date-label";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel } from "@/lib/format/count-label";
import { requireUser } from "@/lib/server/auth/guards";
import { listMyNotifications } from "@/lib/server/services/notifications/list-my-notifications";
import { learnerTimeZone } from "../learner-time-zone";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

/** "just now", "5 minutes ago", "3 hours ago", else the date. */
function whenLabel(iso: string, now: Date, timeZone: string | undefined): string {
  const minutes = Math.floor((now.getTime() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${countLabel(minutes, "minute")} ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} hour${minutes < 120 ? "" : "s"} ago`;
  return dateLabel(iso, timeZone, true);
}

export default async function NotificationsPage() {
  const user = await requireUser();
  const timeZone = await learnerTimeZone();
  const now = new Date();
  const { notifications, unreadCount } = await listMyNotifications(user, { timeZone, now });

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Notifications" lead={unreadCount === 0 ? "You are up to date." : `${unreadCount} unread.`}>
        {unreadCount > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary" className="w-full sm:w-auto">
              Mark all as read
            </Button>
          </form>
        ) : null}
      </PageHeader>
      <NotificationList
        notifications={notifications.map((notification) => ({
          id: notification.id,
          title: notification.title,
          body: notification.body,
          href: notification.href,
          whenLabel: whenLabel(notification.createdAt, now, timeZone),
          isRead: notification.isRead,
        }))}
      />
    </div>
  );
}
