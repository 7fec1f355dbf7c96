/** "3 Nov 2026" (or "3 Nov 2026, 17:00" with `withTime`) in `timeZone`; an unknown zone falls back to UTC. */
export function dateLabel(iso: string, timeZone: string | undefined, withTime = false): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}) };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: timeZone ?? "UTC" }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}
