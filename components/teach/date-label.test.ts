import { describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/validation/assignments";
import { dateLabel, dateTimeFieldValue } from "./date-label";

describe("dateTimeFieldValue", () => {
  it("shows an instant as a datetime-local value in the zone, on a 24-hour clock", () => {
    expect(dateTimeFieldValue("2030-03-08T12:00:00.000Z", "Asia/Karachi")).toBe("2030-03-08T17:00");
    expect(dateTimeFieldValue("2030-03-08T23:30:00.000Z", "Asia/Karachi")).toBe("2030-03-09T04:30");
    expect(dateTimeFieldValue("2030-03-08T00:05:00.000Z", "UTC")).toBe("2030-03-08T00:05");
  });

  it("falls back to UTC for a missing or unknown zone, as dateLabel does", () => {
    expect(dateTimeFieldValue("2030-03-08T12:00:00.000Z", undefined)).toBe("2030-03-08T12:00");
    expect(dateTimeFieldValue("2030-03-08T12:00:00.000Z", "Mars/Olympus")).toBe("2030-03-08T12:00");
    expect(dateLabel("2030-03-08T12:00:00.000Z", "Mars/Olympus", true)).toBe("8 Mar 2030, 12:00");
  });

  it("is read back as the same instant by the due-date form's parser", () => {
    for (const zone of ["Asia/Karachi", "America/New_York", "Europe/London"]) {
      const iso = "2030-07-01T16:45:00.000Z";
      expect(localDateTimeToInstant(dateTimeFieldValue(iso, zone), zone)?.toISOString()).toBe(iso);
    }
  });
});
