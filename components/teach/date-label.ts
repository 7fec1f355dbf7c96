/** "3 Nov 2026" (or "3 Nov 2026, 17:00" with `withTime`) in `timeZone`; an unknown zone falls back to UTC. */
export function dateLabel(iso: string, timeZone: string | undefined, withTime = false): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}) };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: timeZone ?? "UTC" }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}

/** The value of a `datetime-local` field showing `iso` in `timeZone` ("2026-11-30T17:00"); an unknown zone falls back to UTC. */
export function dateTimeFieldValue(iso: string, timeZone: string | undefined): string {
  const format = (zone: string) => {
    const parts: Record<string, string> = {};
    const formatter = new Intl.DateTimeFormat("en-CA", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    for (const part of formatter.formatToParts(new Date(iso))) parts[part.type] = part.value;
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  };
  try {
    return format(timeZone ?? "UTC");
  } catch {
    return format("UTC");
  }
}
