import { describe, expect, it } from "vitest";
import { relativeDayLabel } from "./relative-day-label";

describe("relativeDayLabel", () => {
  const now = new Date("2026-12-07T23:58:00Z");
  const at = (iso: string) => relativeDayLabel(iso, now, "UTC");

  it("says minutes within the hour, even past midnight: a hand-in due at 00:01 read 'tomorrow' at 23:58", () => {
    expect(at("2026-12-08T00:01:00Z")).toBe("in 3 min");
    expect(at("2026-12-07T23:58:20Z")).toBe("in 1 min");
  });

  it("says the day beyond the hour, in the learner's time zone", () => {
    expect(at("2026-12-08T09:00:00Z")).toBe("tomorrow");
    expect(relativeDayLabel("2026-12-07T21:00:00Z", new Date("2026-12-07T12:00:00Z"), "UTC")).toBe("later today");
    // 21:00 UTC is 02:00 the next day in Karachi.
    expect(relativeDayLabel("2026-12-07T21:00:00Z", new Date("2026-12-07T12:00:00Z"), "Asia/Karachi")).toBe("tomorrow");
    expect(at("2026-12-10T12:00:00Z")).toBe("in 3 days");
    expect(at("2027-01-20T12:00:00Z")).toBe("on 20 Jan");
  });

  it("says 'now' for what is due, and 'soon' for a date it cannot read", () => {
    expect(at("2026-12-07T23:00:00Z")).toBe("now");
    expect(at("not a date")).toBe("soon");
  });
});
