import "server-only";
import type { ItemType } from "@/lib/engine";
import { isUniqueViolation } from "@/lib/server/auth/database";
import { MemoryConflictError, ratingFor, recordReviews } from "@/lib/server/services/review/fsrs-memory";
import { attemptIdSchema } from "@/lib/validation/learn";
import {
  attemptNotFound,
  factIdsOf,
  findOwnedAttempt,
  isFeedbackPerItem,
  resolveOptions,
  toAttemptView,
  type Learner,
  type ServiceOptions,
} from "./attempt-records";
import type { AttemptView } from "./types";

/**
 * Closes the learner's attempt and scores it from the stored responses
 * (one point per correct item, unanswered items count as wrong). For an
 * assessment this is when the final answers are graded into the learner's
 * FSRS memory (one review per answered item's facts, in the same transaction
 * that closes the attempt). Idempotent: a submitted attempt is returned as it
 * is, and of two concurrent submissions only one closes it.
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

  const factIdsByItem = new Map<string, string[]>();
  if (!isFeedbackPerItem(attempt.mode)) {
    for (const row of attempt.items) factIdsByItem.set(row.id, await factIdsOf(db, attempt.packId, row));
  }

  // A concurrent review of the same fact (another tab) rolls this back; closing again is safe.
  for (let pass = 1; ; pass++) {
    try {
      await close();
      break;
    } catch (error) {
      if (pass < 3 && (error instanceof MemoryConflictError || isUniqueViolation(error))) continue;
      throw error;
    }
  }
  return toAttemptView(await findOwnedAttempt(db, learner, attempt.id), now);

  function close() {
    return db.$transaction(
      async (tx) => {
        // Re-read inside the transaction so an answer that landed after the load above is scored too.
        const responses = await tx.response.findMany({
          where: { attemptItem: { attemptId: attempt.id }, userId: learner.id },
          select: { id: true, attemptItemId: true, isCorrect: true, timeMs: true },
        });
        const score = responses.filter((response) => response.isCorrect).length;
        // The status condition makes closing a compare-and-set: a concurrent submission finds nothing to close.
        const closed = await tx.attempt.updateMany({
          where: { id: attempt.id, userId: learner.id, status: "in_progress" },
          data: { status: "submitted", submittedAt: now, score, maxScore: attempt.items.length },
        });
        if (closed.count === 0 || isFeedbackPerItem(attempt.mode)) return;

        const typeByItem = new Map(attempt.items.map((row) => [row.id, row.type as ItemType]));
        for (const response of responses) {
          const type = typeByItem.get(response.attemptItemId);
          if (!type) continue;
          await recordReviews(tx, {
            userId: learner.id,
            factIds: factIdsByItem.get(response.attemptItemId) ?? [],
            rating: ratingFor(response.isCorrect, response.timeMs, type),
            now,
            responseId: response.id,
          });
        }
      },
      { maxWait: 10_000, timeout: 20_000 },
    );
  }
}
