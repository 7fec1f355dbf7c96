import "server-only";
import { cookies } from "next/headers";

/** Cookie every page sets from the browser's Intl time zone (components/app-shell/remember-time-zone.tsx); days for streaks and "due today" are counted in it. */
export const TIME_ZONE_COOKIE = "gw-tz";

/** The learner's IANA time zone, if the browser told us; the services validate it and fall back to UTC. */
export async function learnerTimeZone(): Promise<string | undefined> {
  return (await cookies()).get(TIME_ZONE_COOKIE)?.value;
}
