import type { Db } from "@/lib/server/auth/database";
import {
  clearFailedSignIns,
  emailThrottleKey,
  ipThrottleKey,
  recordFailedSignIn,
  secondsLockedOut,
} from "@/lib/server/auth/login-throttle";
import { hashPassword, needsRehash, verifyAgainstDummyHash, verifyPassword } from "@/lib/server/auth/password";
import { isRole, type Role } from "@/lib/server/auth/roles";
import { EMAIL_THROTTLE, IP_THROTTLE, tooManyAttemptsMessage } from "@/lib/server/auth/throttle-policy";

/** The one message for an unknown email and for a wrong password, so neither reveals which accounts exist. */
export const INVALID_CREDENTIALS_MESSAGE = "That email and password do not match an account. Check them and try again.";

export type VerifiedUser = { id: string; email: string; name: string; role: Role; tokenVersion: number };

export type CredentialsResult =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "throttled"; message: string; retryAfterSeconds: number };

/**
 * Checks an email and password, throttled per account and per client IP with
 * counters in the database. Unknown emails cost the same argon2 verification
 * as known ones and count against the same limits, so neither the answer nor
 * its timing tells an attacker whether an account exists. Success clears the
 * account's counter (not the IP's, or one valid account would unlock guessing
 * at all the others).
 */
export async function verifyCredentials(
  db: Db,
  attempt: { email: string; password: string; ip: string },
  now: Date = new Date(),
): Promise<CredentialsResult> {
  const emailKey = emailThrottleKey(attempt.email);
  const ipKey = ipThrottleKey(attempt.ip);

  const lockedFor = await secondsLockedOut(db, [emailKey, ipKey], now);
  if (lockedFor > 0) return throttled(lockedFor);

  const user = await db.user.findUnique({
    where: { email: attempt.email },
    select: { id: true, email: true, name: true, role: true, tokenVersion: true, passwordHash: true },
  });
  let isValid = false;
  if (user) isValid = await verifyPassword(user.passwordHash, attempt.password);
  else await verifyAgainstDummyHash(attempt.password);

  if (!isValid || !user || !isRole(user.role)) {
    const [emailLock, ipLock] = await Promise.all([
      recordFailedSignIn(db, emailKey, EMAIL_THROTTLE, now),
      recordFailedSignIn(db, ipKey, IP_THROTTLE, now),
    ]);
    const lock = Math.max(emailLock, ipLock);
    return lock > 0 ? throttled(lock) : { ok: false, reason: "invalid", message: INVALID_CREDENTIALS_MESSAGE };
  }

  await clearFailedSignIns(db, emailKey);
  if (needsRehash(user.passwordHash)) {
    // Upgrade hashes made with older parameters while we hold the plain password.
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(attempt.password) } });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, tokenVersion: user.tokenVersion } };
}

function throttled(retryAfterSeconds: number): CredentialsResult {
  return { ok: false, reason: "throttled", message: tooManyAttemptsMessage(retryAfterSeconds), retryAfterSeconds };
}
