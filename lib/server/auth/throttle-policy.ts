/**
 * Sign-in throttling arithmetic, free of I/O so it can be tested exactly.
 * A key ("email:…" or "ip:…") collects failures in a window; at the limit it
 * is locked, and every further failure after a lock doubles the lock, up to a cap.
 */
import { countLabel } from "@/lib/format/count-label";

export type ThrottleRule = {
  /** Failures within the window that lock the key. */
  maxFailures: number;
  /** How long failures are remembered (and how long after a lock ends before back-off is forgotten). */
  windowMs: number;
  /** Lock after the limit is first reached. */
  baseLockMs: number;
  /** Longest lock. */
  maxLockMs: number;
};

const MINUTE = 60_000;

/** Per account: 5 failures in 15 minutes lock it for 5 minutes, then 10, 20, 40, 60. */
export const EMAIL_THROTTLE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, baseLockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE };

/**
 * Per IP address: higher, because a whole classroom often shares one school
 * NAT address and children mistype; it still stops one machine from
 * spraying guesses across many accounts.
 */
export const IP_THROTTLE: ThrottleRule = { maxFailures: 50, windowMs: 15 * MINUTE, baseLockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE };

/** The stored state of one key (a LoginThrottle row). */
export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

/** Milliseconds to lock after `failures` failures in the window: 0 below the limit, then doubling to the cap. */
export function lockDurationMs(failures: number, rule: ThrottleRule): number {
  if (failures < rule.maxFailures) return 0;
  const doublings = Math.min(failures - rule.maxFailures, 30);
  return Math.min(rule.baseLockMs * 2 ** doublings, rule.maxLockMs);
}

/**
 * The instant before which a window counts as stale. A stale key starts a new
 * window on its next failure: its window began before this instant and any
 * lock ended before it too (so back-off is kept while attempts continue).
 */
export function staleBefore(now: Date, rule: ThrottleRule): Date {
  return new Date(now.getTime() - rule.windowMs);
}

/** True when the key's failures should be forgotten before counting a new one. */
export function isStale(state: ThrottleState, now: Date, rule: ThrottleRule): boolean {
  const floor = staleBefore(now, rule).getTime();
  return state.windowStart.getTime() <= floor && (state.lockedUntil === null || state.lockedUntil.getTime() <= floor);
}

/** Whole seconds until `lockedUntil`, or 0 when it has passed. */
export function secondsUntil(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
}

/** "Too many sign-in attempts. Try again in 4 minutes." */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many sign-in attempts. Try again in ${waitPhrase(retryAfterSeconds)}.`;
}

/** "4 minutes", "45 seconds": rounded up, so the user never retries too early. */
export function waitPhrase(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return seconds < 60 ? countLabel(seconds, "second") : countLabel(Math.ceil(seconds / 60), "minute");
}
