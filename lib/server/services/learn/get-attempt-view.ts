import "server-only";
import { attemptIdSchema } from "@/lib/validation/learn";
import { attemptNotFound, findOwnedAttempt, resolveOptions, toAttemptView, type Learner, type ServiceOptions } from "./attempt-records";
import type { AttemptView } from "./types";

/**
 * The learner's attempt as they may see it now: the client items, their own
 * answers, and feedback only for items already graded in practice-like modes
 * (or every item once an assessment is submitted). State lives only in the
 * database, so this is also how a reload or a restarted server resumes
 * (`nextPosition`).
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
  return toAttemptView(await findOwnedAttempt(db, learner, parsed.data), now);
}
