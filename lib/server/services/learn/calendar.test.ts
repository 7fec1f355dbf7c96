import { describe, expect, it } from "vitest";
import { dayBounds, dayKey, dayKeyer } from "./calendar";

// Zones with half- and quarter-hour offsets, a half-hour daylight-saving shift, one that changes clocks at midnight, and the usual ones.
const ZONES = ["UTC", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Europe/London", "America/New_York"];
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

describe("dayKeyer", () => {
  it("gives every minute around local midnights the same date as dayKey, through a year of clock changes", () => {
    for (const zone of ZONES) {
      const localDay = dayKeyer(zone);
      const mismatches: string[] = [];
      // Every third day of 2026: each minute from 45 before to 45 after local midnight, in order, so
      // instants that share a cached quarter hour come after the one that filled it.
      for (let day = 0; day < 365; day += 3) {
        const midnight = dayBounds(new Date(Date.UTC(2026, 0, 1) + day * DAY_MS + 12 * 60 * MINUTE_MS), zone).start.getTime();
        for (let minute = -45; minute <= 45; minute++) {
          const date = new Date(midnight + minute * MINUTE_MS);
          if (localDay(date) !== dayKey(date, zone)) mismatches.push(date.toISOString());
        }
      }
      expect(mismatches, zone).toEqual([]);
    }
  }, 30_000);

  it("keys the minutes either side of a local midnight to different days", () => {
    const localDay = dayKeyer("Asia/Kathmandu");
    // 2026-11-23 00:00 in Kathmandu (UTC+5:45) is 2026-11-22 18:15 UTC.
    expect(localDay(new Date("2026-11-22T18:14:59Z"))).toBe("2026-11-22");
    expect(localDay(new Date("2026-11-22T18:15:00Z"))).toBe("2026-11-23");
  });
});
