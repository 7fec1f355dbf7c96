import "server-only";
import type { ItemType } from "@/lib/engine";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/server/auth/database";
import { AppError } from "@/lib/server/errors";
import { attemptIdSchema } from "@/lib/validation/learn";
import { resolveOptions, type Learner, type ServiceOptions } from "../attempt-records";
import { closeExpiredAttempts } from "../close-expired-attempts";
import { createAttemptRecord } from "../create-attempt-record";
import { attemptDeadline, closesAtDueDate } from "./attempt-deadline";
import { assignmentNotFound, CLOSED_AT_DUE_MESSAGE, visibleTo } from "./my-assignment-rows";

export interface StartAssignmentAttemptOptions extends ServiceOptions {
  /** Trusted callers only (tests): a fixed seed. By default every attempt of every student gets 128 random bits. */
  seed?: string;
}

// Each pass either resumes, refuses, or creates; a pass is repeated only when a
// concurrent start took the same attempt number, and the next pass then sees it.
const MAX_PASSES = 5;

/**
 * Starts (or resumes) the student's attempt at an assignment of a class they
 * are enrolled in.
 *
 * - Before `opensAt`: refused (409). After `dueAt`: allowed while attempts
 *   remain, and the hand-in counts as late (the standing says so), except
 *   for an assessment that shows its answers after the due date: it closes
 *   then (409), and an attempt under way is handed in as it stands.
 * - An open attempt is resumed, never doubled.
 * - The attempt limit is held by the database: each attempt takes the next
 *   `attemptNumber`, unique per (assignment, student), and a number above
 *   `attemptsAllowed` is never written. Two concurrent starts cannot both
 *   take the same number: the loser's insert fails (P2002), and it resumes
 *   the winner's attempt instead.
 * - Each attempt has its own random seed, so students get different quizzes.
 * - With a time limit, `deadlineAt` = start on the server clock + the limit
 *   (not shortened by the due date: a student who starts just before it gets
 *   the full time and hands in late), but never past the due date of an
 *   assessment that closes then (`attemptDeadline`).
 *
 * @returns the attempt to open at /quiz/[attemptId], and whether it was already open
 * @throws AppError 404 (missing, or not the student's class), 409 (not open yet, no attempts left)
 * @example
 * const { attemptId } = await startAssignmentAttempt(user, assignmentId);
 */
export async function startAssignmentAttempt(
  learner: Learner,
  assignmentId: unknown,
  options: StartAssignmentAttemptOptions = {},
): Promise<{ attemptId: string; isResumed: boolean }> {
  const { db, now } = resolveOptions(options);
  const id = attemptIdSchema.safeParse(assignmentId);
  if (!id.success) throw assignmentNotFound();
  const assignment = await db.assignment.findFirst({ where: { id: id.data, ...visibleTo(learner.id) } });
  if (!assignment) throw assignmentNotFound();
  if (now < assignment.opensAt) throw new AppError("This assignment is not open yet.", { status: 409 });
  await closeExpiredAttempts(db, { userId: learner.id, assignmentId: assignment.id }, now);

  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const attempts = await db.attempt.findMany({
      where: { assignmentId: assignment.id, userId: learner.id },
      orderBy: { attemptNumber: "desc" },
      select: { id: true, status: true, attemptNumber: true },
    });
    const open = attempts.find((attempt) => attempt.status === "in_progress");
    if (open) return { attemptId: open.id, isResumed: true };
    if (closesAtDueDate(assignment) && assignment.dueAt <= now) throw new AppError(CLOSED_AT_DUE_MESSAGE, { status: 409 });
    const used = attempts[0]?.attemptNumber ?? 0;
    if (used >= assignment.attemptsAllowed) {
      throw new AppError(
        assignment.attemptsAllowed === 1 ? "You have already used your attempt at this assignment." : `You have used all ${assignment.attemptsAllowed} attempts at this assignment.`,
        { status: 409 },
      );
    }
    try {
      const attemptId = await createAttemptRecord(db, learner, {
        mode: assignment.mode === "assessment" ? "assessment" : "practice",
        packId: assignment.packId,
        moduleSlugs: JSON.parse(assignment.moduleSlugs) as string[],
        ...(assignment.factSlugs ? { factSlugs: JSON.parse(assignment.factSlugs) as string[] } : {}),
        count: assignment.itemCount,
        types: JSON.parse(assignment.types) as ItemType[],
        ...(options.seed ? { seed: options.seed } : {}),
        now,
        assignment: {
          id: assignment.id,
          attemptNumber: used + 1,
          deadlineAt: attemptDeadline(assignment, now),
        },
      });
      return { attemptId, isResumed: false };
    } catch (error) {
      // The teacher deleted the assignment since it was read above (before anyone had started it).
      if (isForeignKeyViolation(error)) throw assignmentNotFound();
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("This assignment is being started in another tab. Please try again.", { status: 409 });
}
