import "server-only";
import { countLabel } from "@/lib/format/count-label";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordFailedSignIn, secondsLockedOut } from "@/lib/server/auth/login-throttle";
import type { ThrottleRule } from "@/lib/server/auth/throttle-policy";

/**
 * Join codes are short enough to be read aloud, so guessing them must be
 * slow: wrong codes are counted per student in the LoginThrottle table (key
 * "join:<userId>", same atomic counters as sign-in). 10 wrong codes in 15
 * minutes lock joining for 15 minutes, doubling up to an hour. A correct
 * code does not reset the count, or knowing one real code would let a
 * guesser reset it at will.
 */
export const JOIN_THROTTLE: ThrottleRule = { maxFailures: 10, windowMs: 15 * 60_000, baseLockMs: 15 * 60_000, maxLockMs: 60 * 60_000 };

export const NO_OPEN_CLASS_MESSAGE = "That code does not match an open class. Check it with your teacher.";

function joinThrottleKey(userId: string): string {
  return `join:${userId}`;
}

function tooManyCodes(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError(`Too many wrong class codes. Try again in ${countLabel(minutes, "minute")}, or check the code with your teacher.`, {
    status: 429,
    field: "code",
    retryAfterSeconds,
  });
}

/**
 * The open (not archived) class whose stored join code is `code`, for
 * student `userId`. A locked student gets 429 whatever the code; a wrong or
 * archived code counts as a failure and gets the same 404 message.
 */
export async function findOpenClassByCode(db: Db, userId: string, code: string, now: Date) {
  const key = joinThrottleKey(userId);
  const lockedFor = await secondsLockedOut(db, [key], now);
  if (lockedFor > 0) throw tooManyCodes(lockedFor);
  const classroom = await db.classroom.findUnique({ where: { joinCode: code }, select: { id: true, name: true, archivedAt: true } });
  if (classroom && !classroom.archivedAt) return { id: classroom.id, name: classroom.name };
  const lockedNow = await recordFailedSignIn(db, key, JOIN_THROTTLE, now);
  if (lockedNow > 0) throw tooManyCodes(lockedNow);
  throw new AppError(NO_OPEN_CLASS_MESSAGE, { status: 404, field: "code" });
}
