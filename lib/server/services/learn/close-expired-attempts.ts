import "server-only";
import type { Db } from "@/lib/server/db";
import { closeAttemptRecord } from "./close-attempt-record";

/**
 * How long after an attempt's time limit an answer is still accepted: the
 * client's timer is only a display, and an answer sent in the last second
 * needs time to arrive (a slow phone network, a retry from the offline
 * queue). Past it, answers are refused and the attempt is closed.
 */
export const ANSWER_GRACE_MS = 10_000;

/** True once `now` is past the attempt's deadline plus the grace period (never for an attempt without a limit). */
export function isPastTimeLimit(attempt: { deadlineAt: Date | null }, now: Date): boolean {
  return attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt.getTime() + ANSWER_GRACE_MS;
}

/** Which attempts to look at: one attempt, a learner's, an assignment's (or several), or a combination. */
export interface AttemptScope {
  id?: string;
  userId?: string;
  assignmentId?: string | { in: string[] };
}

/**
 * Closes every open attempt in `scope` whose time limit (plus the grace
 * period) has passed, as `expired`, scored from the answers saved before it,
 * with its deadline as the time it was handed in. There is no background
 * timer: every reader of attempts (the quiz page, the student's assignments,
 * the gradebook) calls this first, so what they show is what a timer would
 * have left. Safe to run concurrently: each attempt closes once.
 *
 * @returns how many attempts this call closed
 * @example
 * await closeExpiredAttempts(db, { assignmentId: { in: assignmentIds } }, now);
 */
export async function closeExpiredAttempts(db: Db, scope: AttemptScope, now: Date): Promise<number> {
  const expired = await db.attempt.findMany({
    where: { ...scope, status: "in_progress", deadlineAt: { lt: new Date(now.getTime() - ANSWER_GRACE_MS) } },
    select: {
      id: true,
      userId: true,
      mode: true,
      packId: true,
      assignmentId: true,
      deadlineAt: true,
      items: { select: { id: true, type: true, factSlugs: true } },
    },
  });
  let closed = 0;
  for (const attempt of expired) {
    if (await closeAttemptRecord(db, attempt, { status: "expired", closedAt: attempt.deadlineAt ?? now, now })) closed++;
  }
  return closed;
}
