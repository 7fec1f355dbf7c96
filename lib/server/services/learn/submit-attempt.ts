import "server-only";
import { attemptIdSchema } from "@/lib/validation/learn";
import { attemptNotFound, findOwnedAttempt, resolveOptions, toAttemptView, type Learner, type ServiceOptions } from "./attempt-records";
import { closeAttemptRecord } from "./close-attempt-record";
import { isPastTimeLimit } from "./close-expired-attempts";
import type { AttemptView } from "./types";

/**
 * Closes the learner's attempt and scores it from the stored responses
 * (one point per correct item, unanswered items count as wrong). For an
 * assessment this is when the final answers are graded into the learner's
 * FSRS memory (one review per answered item's facts, in the same transaction
 * that closes the attempt); for an assignment the class's teachers are
 * notified. Idempotent: a submitted attempt is returned as it is, and of two
 * concurrent submissions only one closes it. Past its time limit (plus the
 * grace period) an attempt is closed as `expired` at its deadline instead,
 * exactly as if a timer had closed it.
 *
 * @returns the attempt view with the score and the feedback for every item
 * @throws AppError 404 when the attempt does not exist or is not the learner's
 *
 * @example
 * const result = await submitAttempt(user, attemptId); // result.score / result.maxScore
 */
export async function submitAttempt(learner: Learner, attemptId: unknown, options: ServiceOptions = {}): Promise<AttemptView> {
  const { db, now } = resolveOptions(options);
  const parsedId = attemptIdSchema.safeParse(attemptId);
  if (!parsedId.success) throw attemptNotFound();
  const attempt = await findOwnedAttempt(db, learner, parsedId.data);
  if (attempt.status !== "in_progress") return toAttemptView(attempt, now);

  const isExpired = isPastTimeLimit(attempt, now);
  await closeAttemptRecord(db, attempt, { status: isExpired ? "expired" : "submitted", closedAt: (isExpired && attempt.deadlineAt) || now, now });
  return toAttemptView(await findOwnedAttempt(db, learner, attempt.id), now);
}
