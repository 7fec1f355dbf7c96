import Link from "next/link";

export interface NotificationItem {
  id: string;
  title: string;
  body: string;
  href: string | null;
  /** "2 hours ago", "3 Nov 2026"… */
  whenLabel: string;
  isRead: boolean;
}

/** The user's notifications, newest first; unread ones are marked in words as well as in weight. */
export function NotificationList({ notifications }: { notifications: NotificationItem[] }) {
  if (notifications.length === 0) return <p className="text-muted">No notifications yet. New assignments, reminders and hand-ins appear here.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {notifications.map((notification) => (
        <li
          key={notification.id}
          className={`relative flex flex-col gap-1 rounded-[var(--radius-card)] border p-4 focus-within:outline focus-within:outline-3 focus-within:outline-brand ${
            notification.isRead ? "border-line bg-canvas" : "border-brand bg-brand-soft"
          }`}
        >
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
            {notification.isRead ? null : <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-brand-ink">New</span>}
            <span>{notification.whenLabel}</span>
          </p>
          <h2 className="font-semibold leading-snug">
            {notification.href ? (
              <Link href={notification.href} className="underline-offset-4 after:absolute after:inset-0 hover:underline focus:outline-none">
                {notification.title}
              </Link>
            ) : (
              notification.title
            )}
          </h2>
          <p className="text-sm text-muted">{notification.body}</p>
        </li>
      ))}
    </ul>
  );
}
