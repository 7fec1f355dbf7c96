import "server-only";

/**
 * Calendar days in the learner's time zone, for streaks, "due today" and
 * per-day charts. A day near midnight belongs to the learner's local date,
 * not the server's. Internal helper of the learn and review services.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function parts(date: Date, timeZone: string) {
  const values: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(date)) if (part.type !== "literal") values[part.type] = Number(part.value);
  return { year: values.year ?? 1970, month: values.month ?? 1, day: values.day ?? 1, hour: values.hour ?? 0, minute: values.minute ?? 0, second: values.second ?? 0 };
}

/** "2026-11-23": the local date of `date` in `timeZone`. */
export function dayKey(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

// Every time zone's offset, and every daylight-saving shift, is a whole number of
// quarter hours: all instants in one UTC quarter hour share their local date.
const QUARTER_HOUR_MS = 15 * 60 * 1000;

/**
 * dayKey for many dates in one zone (a year of answers for a streak or a
 * chart): formats one instant per UTC quarter hour instead of every date,
 * since Intl formatting is what such a loop spends its time on.
 */
export function dayKeyer(timeZone: string): (date: Date) => string {
  const byQuarterHour = new Map<number, string>();
  return (date) => {
    const quarterHour = Math.floor(date.getTime() / QUARTER_HOUR_MS);
    let key = byQuarterHour.get(quarterHour);
    if (key === undefined) byQuarterHour.set(quarterHour, (key = dayKey(date, timeZone)));
    return key;
  };
}

/** The instant the local day of `date` began, and the instant the next one begins. */
export function dayBounds(date: Date, timeZone: string): { start: Date; end: Date } {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMs = asUtc - Math.floor(date.getTime() / 1000) * 1000;
  const start = new Date(Date.UTC(p.year, p.month - 1, p.day) - offsetMs);
  // Days are 24 h here; a daylight-saving change shifts one boundary by an hour, which a streak can bear.
  return { start, end: new Date(start.getTime() + 24 * 60 * 60 * 1000) };
}

/** The day key `days` days before `key` (calendar arithmetic, no time zone needed). */
export function shiftDayKey(key: string, days: number): string {
  const [year, month, day] = key.split("-").map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return shifted.toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week of a day key. */
export function weekKey(key: string): string {
  const [year, month, day] = key.split("-").map(Number);
  const weekday = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return shiftDayKey(key, -((weekday + 6) % 7));
}
