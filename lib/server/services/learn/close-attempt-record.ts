import "server-only";
import type { ItemType } from "@/lib/engine";
import { isUniqueViolation } from "@/lib/server/auth/database";
import type { Db } from "@/lib/server/db";
import { prismaRunner } from "@/lib/server/db/hot-sql";
import { MemoryConflictError, ratingFor, recordReviews, type Tx } from "@/lib/server/services/review/fsrs-memory";
import { NOTIFICATION_KINDS, teacherAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { buildAnalysisDigest } from "@/lib/server/services/teach/analysis/analysis-digest";
import { attemptOutcome } from "./assignments/attempt-deadline";
import { factIdsOf, isFeedbackPerItem, lockOpenAttempt } from "./attempt-records";

/** What closing an attempt needs to know about it (an AttemptRecord, or a row loaded by closeExpiredAttempts). */
export interface ClosableAttempt {
  id: string;
  userId: string;
  mode: string;
  packId: string;
  assignmentId: string | null;
  items: { id: string; type: string; factSlugs: string }[];
}

export interface CloseAs {
  /** submitted: the learner handed it in; expired: closed at its deadline (time limit or due date, `attemptOutcome`) with what was saved. */
  status: "submitted" | "expired";
  /** When it counts as handed in (an expired attempt: its deadline, as if a timer had closed it then). */
  closedAt: Date;
  /** The clock for memory updates. */
  now: Date;
}

/**
 * Closes an open attempt and scores it from the stored responses (one point
 * per correct item, unanswered items wrong). For an assessment the final
 * answers go into the learner's FSRS memory in the same transaction; for an
 * assignment every teacher of the class gets a notification, and the item
 * analysis's digest of the attempt (teach/analysis/analysis-digest.ts) is
 * written with the status, so every closed assignment attempt carries it. The single
 * closing path of submitAttempt and closeExpiredAttempts. Internal.
 * @returns true if this call closed it, false if it was already closed (a concurrent close won)
 */
export async function closeAttemptRecord(db: Db, attempt: ClosableAttempt, as: CloseAs): Promise<boolean> {
  const factIdsByItem = new Map<string, string[]>();
  if (!isFeedbackPerItem(attempt.mode)) {
    for (const row of attempt.items) factIdsByItem.set(row.id, await factIdsOf(db, attempt.packId, row));
  }
  // A concurrent review of the same fact (another tab) rolls this back; closing again is safe.
  for (let pass = 1; ; pass++) {
    try {
      return await db.$transaction((tx) => closeIn(tx, attempt, as, factIdsByItem), { maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (pass < 3 && (error instanceof MemoryConflictError || isUniqueViolation(error))) continue;
      throw error;
    }
  }
}

async function closeIn(tx: Tx, attempt: ClosableAttempt, as: CloseAs, factIdsByItem: Map<string, string[]>): Promise<boolean> {
  // First: it makes this transaction the one that closes the attempt (a concurrent close finds it closed),
  // and an answer being written now is either committed before the responses are read, or refused after.
  if (!(await lockOpenAttempt(prismaRunner(tx), attempt))) return false;
  // Re-read inside the transaction so an answer that landed after the caller's load is scored too.
  const responses = await tx.response.findMany({
    where: { attemptItem: { attemptId: attempt.id }, userId: attempt.userId },
    select: { id: true, attemptItemId: true, isCorrect: true, timeMs: true, answer: true },
  });
  const score = responses.filter((response) => response.isCorrect).length;
  const maxScore = attempt.items.length;
  // What the item analysis needs of a closed assignment attempt, stored with it (its items and answers no longer change).
  const analysisDigest = attempt.assignmentId ? await digestOf(tx, attempt.id, responses) : null;
  await tx.attempt.update({
    where: { id: attempt.id, userId: attempt.userId },
    data: { status: as.status, submittedAt: as.closedAt, score, maxScore, analysisDigest },
  });

  if (!isFeedbackPerItem(attempt.mode)) {
    const typeByItem = new Map(attempt.items.map((row) => [row.id, row.type as ItemType]));
    for (const response of responses) {
      const type = typeByItem.get(response.attemptItemId);
      if (!type) continue;
      await recordReviews(prismaRunner(tx), {
        userId: attempt.userId,
        factIds: factIdsByItem.get(response.attemptItemId) ?? [],
        rating: ratingFor(response.isCorrect, response.timeMs, type),
        now: as.now,
        responseId: response.id,
      });
    }
  }
  if (attempt.assignmentId) await notifyTeachers(tx, attempt.assignmentId, attempt.userId, as, `${score}/${maxScore}`);
  return true;
}

/** A stored item the digest cannot read must not stop a hand-in: without a digest the analysis digests the attempt from its rows. */
async function digestOf(tx: Tx, attemptId: string, responses: { attemptItemId: string; isCorrect: boolean; answer: string }[]): Promise<string | null> {
  const items = await tx.attemptItem.findMany({
    where: { attemptId },
    select: { id: true, position: true, type: true, factSlugs: true, client: true, key: true },
  });
  const responseByItem = new Map(responses.map((response) => [response.attemptItemId, response]));
  try {
    return buildAnalysisDigest(items.map((item) => ({ ...item, response: responseByItem.get(item.id) ?? null })));
  } catch {
    return null;
  }
}

async function notifyTeachers(tx: Tx, assignmentId: string, studentId: string, as: CloseAs, score: string): Promise<void> {
  const [assignment, student] = await Promise.all([
    tx.assignment.findUnique({
      where: { id: assignmentId },
      select: { id: true, title: true, classId: true, mode: true, showAnswersAfterDue: true, dueAt: true, class: { select: { teachers: { select: { userId: true } } } } },
    }),
    tx.user.findUnique({ where: { id: studentId }, select: { name: true } }),
  ]);
  if (!assignment || !student) return;
  // An expired attempt closes at its deadline (`closedAt`): the end of its time limit, or the due date.
  const outcome = attemptOutcome({ status: as.status, deadlineAt: as.closedAt }, assignment);
  const title =
    outcome === "closed_at_due_date"
      ? `${student.name}'s work on ${assignment.title} closed at the due date`
      : outcome === "expired"
        ? `${student.name}'s time ran out on ${assignment.title}`
        : `${student.name} submitted ${assignment.title}`;
  const body =
    outcome === "closed_at_due_date"
      ? `Closed at the due date with the answers saved: ${score}.`
      : outcome === "expired"
        ? `Closed at the time limit with the answers saved: ${score}.`
        : `Score: ${score}.`;
  await tx.notification.createMany({
    data: assignment.class.teachers.map((teacher) => ({
      userId: teacher.userId,
      kind: NOTIFICATION_KINDS.submitted,
      title,
      body,
      href: teacherAssignmentHref(assignment.classId, assignment.id),
      createdAt: as.now,
    })),
  });
}
