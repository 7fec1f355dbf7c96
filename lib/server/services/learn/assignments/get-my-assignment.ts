import "server-only";
import { attemptIdSchema } from "@/lib/validation/learn";
import { resolveOptions, type Learner, type ServiceOptions } from "../attempt-records";
import { closeExpiredAttempts } from "../close-expired-attempts";
import type { AttemptStatus } from "../types";
import { attemptOutcome, type AttemptOutcome } from "./attempt-deadline";
import { assignmentNotFound, findMyAssignmentRows, toMyAssignment, type MyAssignment } from "./my-assignment-rows";

export interface MyAssignmentDetail extends MyAssignment {
  modules: { slug: string; title: string }[];
  /** Assessment: the answers are shown only once the due date has passed (otherwise right after submitting). */
  showAnswersAfterDue: boolean;
  attempts: { id: string; attemptNumber: number; status: AttemptStatus; outcome: AttemptOutcome; submittedAt: string | null; deadlineAt: string | null; score: number | null; maxScore: number | null }[];
}

/**
 * One of the student's assignments, with its modules and their attempts, for
 * the page they start it from. Attempts past their time limit are closed first.
 * @throws AppError 404 (missing, or in a class the student is not in: indistinguishable)
 * @example
 * const assignment = await getMyAssignment(user, params.assignmentId);
 */
export async function getMyAssignment(learner: Learner, assignmentId: unknown, options: ServiceOptions = {}): Promise<MyAssignmentDetail> {
  const { db, now } = resolveOptions(options);
  const id = attemptIdSchema.safeParse(assignmentId);
  if (!id.success) throw assignmentNotFound();
  await closeExpiredAttempts(db, { userId: learner.id, assignmentId: id.data }, now);
  const [row] = await findMyAssignmentRows(db, learner.id, { id: id.data });
  if (!row) throw assignmentNotFound();
  const slugs = JSON.parse(row.moduleSlugs) as string[];
  const modules = await db.module.findMany({ where: { packId: row.packId, slug: { in: slugs } }, orderBy: { position: "asc" }, select: { slug: true, title: true } });
  return {
    ...toMyAssignment(row, now),
    modules,
    showAnswersAfterDue: row.showAnswersAfterDue,
    attempts: row.attempts.map((attempt) => ({
      id: attempt.id,
      attemptNumber: attempt.attemptNumber,
      status: attempt.status as AttemptStatus,
      outcome: attemptOutcome(attempt, row),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      score: attempt.status === "in_progress" ? null : attempt.score,
      maxScore: attempt.status === "in_progress" ? null : attempt.maxScore,
    })),
  };
}
