import "server-only";
import { attemptIdSchema } from "@/lib/validation/learn";
import { attemptNotFound, findOwnedAttempt, resolveOptions, toAttemptView, type Learner, type ServiceOptions } from "./attempt-records";
import { closeExpiredAttempts, isPastTimeLimit } from "./close-expired-attempts";
import type { AttemptView } from "./types";

/**
 * The learner's attempt as they may see it now: the client items, their own
 * answers, and feedback only for items already graded in practice-like modes
 * (or every item once an assessment is submitted). State lives only in the
 * database, so this is also how a reload or a restarted server resumes
 * (`nextPosition`). An attempt left open past its time limit is closed
 * (`expired`, scored from its saved answers) before it is shown.
 *
 * @throws AppError 404 when the attempt does not exist or is not the learner's (indistinguishable)
 *
 * @example
 * const view = await getAttemptView(user, params.attemptId);
 */
export async function getAttemptView(learner: Learner, attemptId: unknown, options: ServiceOptions = {}): Promise<AttemptView> {
  const { db, now } = resolveOptions(options);
  const parsed = attemptIdSchema.safeParse(attemptId);
  if (!parsed.success) throw attemptNotFound();
  const attempt = await findOwnedAttempt(db, learner, parsed.data);
  if (attempt.status !== "in_progress" || !isPastTimeLimit(attempt, now)) return toAttemptView(attempt, now);
  await closeExpiredAttempts(db, { id: attempt.id, userId: learner.id }, now);
  return toAttemptView(await findOwnedAttempt(db, learner, attempt.id), now);
}
