import { describe, expect, it } from "vitest";
import {
  EMAIL_THROTTLE,
  IP_THROTTLE,
  isStale,
  lockDurationMs,
  secondsUntil,
  tooManyAttemptsMessage,
  type ThrottleRule,
} from "./throttle-policy";

const MINUTE = 60_000;
const rule: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, baseLockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE };

describe("lockDurationMs", () => {
  it("does not lock below the limit", () => {
    for (let failures = 0; failures < 5; failures += 1) expect(lockDurationMs(failures, rule)).toBe(0);
  });

  it("locks at the limit and doubles for each further failure, up to the cap", () => {
    expect([5, 6, 7, 8, 9, 10, 1000].map((failures) => lockDurationMs(failures, rule) / MINUTE)).toEqual([5, 10, 20, 40, 60, 60, 60]);
  });

  it("uses 5 failures per account and a higher limit per IP address", () => {
    expect(EMAIL_THROTTLE.maxFailures).toBe(5);
    expect(EMAIL_THROTTLE.windowMs).toBe(15 * MINUTE);
    expect(IP_THROTTLE.maxFailures).toBeGreaterThan(EMAIL_THROTTLE.maxFailures);
  });
});

describe("isStale", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);

  it("keeps a window younger than 15 minutes", () => {
    expect(isStale({ failures: 3, windowStart: ago(14), lockedUntil: null }, now, rule)).toBe(false);
  });

  it("forgets a window of 15 minutes or more with no lock", () => {
    expect(isStale({ failures: 3, windowStart: ago(15), lockedUntil: null }, now, rule)).toBe(true);
  });

  it("keeps the back-off while a lock ended less than a window ago", () => {
    expect(isStale({ failures: 6, windowStart: ago(40), lockedUntil: ago(5) }, now, rule)).toBe(false);
    expect(isStale({ failures: 6, windowStart: ago(40), lockedUntil: ago(16) }, now, rule)).toBe(true);
  });
});

describe("retry messages", () => {
  const now = new Date("2026-01-01T12:00:00Z");

  it("counts whole seconds up", () => {
    expect(secondsUntil(new Date(now.getTime() + 1500), now)).toBe(2);
    expect(secondsUntil(new Date(now.getTime() - 1), now)).toBe(0);
    expect(secondsUntil(null, now)).toBe(0);
  });

  it("says when to try again, rounding up", () => {
    expect(tooManyAttemptsMessage(4 * 60)).toBe("Too many sign-in attempts. Try again in 4 minutes.");
    expect(tooManyAttemptsMessage(3 * 60 + 1)).toBe("Too many sign-in attempts. Try again in 4 minutes.");
    expect(tooManyAttemptsMessage(60)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(tooManyAttemptsMessage(45)).toBe("Too many sign-in attempts. Try again in 45 seconds.");
    expect(tooManyAttemptsMessage(1)).toBe("Too many sign-in attempts. Try again in 1 second.");
  });
});
