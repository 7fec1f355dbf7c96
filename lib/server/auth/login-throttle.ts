import { isUniqueViolation, type Db } from "./database";
import { lockDurationMs, secondsUntil, staleBefore, type ThrottleRule } from "./throttle-policy";

/**
 * Sign-in failure counters kept in the LoginThrottle table, so a restart or a
 * second server sees the same counts. Every write is a single atomic
 * statement (conditional updateMany, upsert with increment), so concurrent
 * failures are all counted.
 */

/** The throttle key of an account (email already normalised to lower case). */
export function emailThrottleKey(email: string): string {
  return `email:${email}`;
}

/** The throttle key of a client address. */
export function ipThrottleKey(ip: string): string {
  return `ip:${ip}`;
}

/** Seconds until the longest current lock on any of `keys` ends, or 0 when none is locked. */
export async function secondsLockedOut(db: Db, keys: readonly string[], now: Date): Promise<number> {
  const locked = await db.loginThrottle.findMany({
    where: { key: { in: [...keys] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  return Math.max(0, ...locked.map((row) => secondsUntil(row.lockedUntil, now)));
}

/**
 * Counts one failed sign-in against `key` and locks it once the rule's limit
 * is reached. Returns the seconds the key is now locked for (0 = not locked).
 */
export async function recordFailedSignIn(db: Db, key: string, rule: ThrottleRule, now: Date): Promise<number> {
  const floor = staleBefore(now, rule);
  // Start a new window when the old one (and any lock after it) is long past.
  // Conditional, so of several concurrent failures only the first resets.
  await db.loginThrottle.updateMany({
    where: { key, windowStart: { lte: floor }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: floor } }] },
    data: { failures: 0, windowStart: now, lockedUntil: null },
  });
  const row = await incrementFailures(db, key, now);
  const lockMs = lockDurationMs(row.failures, rule);
  if (lockMs === 0) return 0;
  const lockedUntil = new Date(now.getTime() + lockMs);
  // Only ever extend a lock: a slower concurrent request must not shorten it.
  await db.loginThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lt: lockedUntil } }] },
    data: { lockedUntil },
  });
  return secondsUntil(lockedUntil, now);
}

async function incrementFailures(db: Db, key: string, now: Date) {
  const upsert = () =>
    db.loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
  try {
    return await upsert();
  } catch (error) {
    // Two first failures raced to create the row: the loser's retry increments it.
    if (isUniqueViolation(error)) return upsert();
    throw error;
  }
}

/** Forgets the failures of `key` (after a successful sign-in). */
export async function clearFailedSignIns(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
