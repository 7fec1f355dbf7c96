/** "now", "later today", "tomorrow", "in 3 days" or a date: when something next falls due, in the learner's days. */
export function relativeDayLabel(iso: string, now: Date, timeZone = "UTC"): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return "soon";
  if (when <= now) return "now";
  // Within the hour, in minutes whatever the day: at 23:58 a hand-in due at 00:01 read "tomorrow" (UX review).
  const minutes = Math.round((when.getTime() - now.getTime()) / 60_000);
  if (minutes < 60) return `in ${Math.max(1, minutes)} min`;
  const zone = safeZone(timeZone);
  const day = (date: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
  const days = Math.round((Date.parse(day(when)) - Date.parse(day(now))) / 86_400_000);
  if (days <= 0) return "later today";
  if (days === 1) return "tomorrow";
  if (days < 14) return `in ${days} days`;
  return `on ${new Intl.DateTimeFormat("en-GB", { timeZone: zone, day: "numeric", month: "short" }).format(when)}`;
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}
