import "server-only";
import type { AnswerPart, ClientItem } from "@/lib/engine";
import type { Actor } from "@/lib/server/auth/permissions";
import {
  attemptNotFound,
  feedbackFor,
  parseFactSlugs,
  parseKey,
  resolveOptions,
  toClientItem,
  type ServiceOptions,
} from "@/lib/server/services/learn/attempt-records";
import { closeExpiredAttempts } from "@/lib/server/services/learn/close-expired-attempts";
import { attemptOutcome, type AttemptOutcome } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { firstJoinOf, isDueBeforeJoining } from "@/lib/server/services/teach/assignment-status";
import { findTaughtClass } from "@/lib/server/services/teach/class-access";
import type { AttemptStatus } from "@/lib/server/services/learn/types";

export interface TeacherItemView {
  /** 1-based, as the student saw it. */
  position: number;
  item: ClientItem;
  factSlugs: string[];
  isAnswered: boolean;
  /** The student's answer as the grader understood it. */
  yourAnswer: string | null;
  isCorrect: boolean | null;
  /** Ordering and matching: positions or pairs right. */
  partial: { correct: number; total: number } | null;
  /** Ordering and matching: each position or pair, as given and as it should be. */
  parts: AnswerPart[] | null;
  expected: string;
  explanation: string;
  /** Time spent on the item as the browser measured it; otherwise the gap since the previous answer (`isTimeEstimated`). */
  timeMs: number | null;
  isTimeEstimated: boolean;
  answeredAt: Date | null;
}

export interface TeacherAttemptView {
  id: string;
  student: { id: string; name: string };
  /** When the student left the class (or was removed); null while they are in it. */
  studentLeftAt: Date | null;
  assignment: { id: string; title: string; classId: string; className: string; dueAt: Date; mode: string };
  status: AttemptStatus;
  /** The status, with an expired attempt told apart: `expired` (its time limit) or `closed_at_due_date`. */
  outcome: AttemptOutcome;
  attemptNumber: number;
  startedAt: Date;
  submittedAt: Date | null;
  /** Handed in after the due date, or still under way past it. */
  isLate: boolean;
  score: number | null;
  maxScore: number | null;
  items: TeacherItemView[];
}

/**
 * One student's attempt at an assignment, item by item, for a teacher of
 * the class: the question as shown, the student's answer, the correct one,
 * right or wrong, and the time spent. Only for an attempt on an assignment of
 * a class the actor teaches, by a student enrolled in it; of a student who
 * has left the class (or was removed), only a handed-in attempt (submitted,
 * or closed at its time limit), which stays on the class's record. Anything
 * else (a missing id, a practice quiz, another teacher's class, an attempt a
 * student who left never handed in) is the same 404.
 *
 * @example
 * const view = await getAttemptForTeacher(teacher, attemptId);
 */
export async function getAttemptForTeacher(actor: Actor, attemptId: string, options: ServiceOptions = {}): Promise<TeacherAttemptView> {
  const { db, now } = resolveOptions(options);
  if (actor.role === "student" || typeof attemptId !== "string" || attemptId.length === 0 || attemptId.length > 64) throw attemptNotFound();
  const located = await db.attempt.findUnique({ where: { id: attemptId }, select: { userId: true, assignment: { select: { classId: true } } } });
  if (!located?.assignment) throw attemptNotFound();
  const taughtClass = await findTaughtClass(db, actor, located.assignment.classId).catch(() => {
    throw attemptNotFound();
  });
  const enrollment = await db.enrollment.findUnique({
    where: { classId_userId: { classId: taughtClass.id, userId: located.userId } },
    select: { joinedAt: true, firstJoinedAt: true, removedAt: true },
  });
  if (!enrollment) throw attemptNotFound();

  await closeExpiredAttempts(db, { id: attemptId }, now);
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    include: {
      items: { orderBy: { position: "asc" }, include: { response: true } },
      assignment: { select: { id: true, title: true, dueAt: true, mode: true, showAnswersAfterDue: true } },
      user: { select: { id: true, name: true } },
    },
  });
  if (!attempt?.assignment) throw attemptNotFound();
  if (enrollment.removedAt && attempt.status === "in_progress") throw attemptNotFound();

  // Without a measured time, the gap since the previous answer (or the start) is the best estimate.
  const answeredInOrder = attempt.items.flatMap((row) => (row.response ? [row.response] : [])).sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
  const gapById = new Map(answeredInOrder.map((response, i) => [response.id, response.answeredAt.getTime() - (answeredInOrder[i - 1]?.answeredAt ?? attempt.startedAt).getTime()]));

  const items = attempt.items.map((row): TeacherItemView => {
    const item = toClientItem(row.client);
    const key = parseKey(row.key);
    const feedback = row.response ? feedbackFor(item, key, row.response) : null;
    const measured = row.response?.timeMs ?? null;
    return {
      position: row.position + 1,
      item,
      factSlugs: parseFactSlugs(row.factSlugs),
      isAnswered: row.response !== null,
      yourAnswer: feedback?.yourAnswer ?? null,
      isCorrect: feedback?.correct ?? null,
      partial: feedback?.partial ?? null,
      parts: feedback?.parts ?? null,
      expected: key.expected,
      explanation: key.explanation,
      timeMs: measured ?? (row.response ? Math.max(0, gapById.get(row.response.id) ?? 0) : null),
      isTimeEstimated: row.response !== null && measured === null,
      answeredAt: row.response?.answeredAt ?? null,
    };
  });

  // An attempt still under way past the due date is late work too (the gradebook's "In progress (late)").
  const handedInAt = attempt.status === "in_progress" ? now : (attempt.submittedAt ?? attempt.startedAt);
  const { showAnswersAfterDue, ...assignment } = attempt.assignment;
  return {
    id: attempt.id,
    student: attempt.user,
    studentLeftAt: enrollment.removedAt,
    assignment: { ...assignment, classId: taughtClass.id, className: taughtClass.name },
    status: attempt.status as AttemptStatus,
    outcome: attemptOutcome(attempt, { ...assignment, showAnswersAfterDue }),
    attemptNumber: attempt.attemptNumber,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    // Work due before the student joined is never late (assignmentStanding's rule).
    isLate: handedInAt > attempt.assignment.dueAt && !isDueBeforeJoining(attempt.assignment.dueAt, { joinedAt: firstJoinOf(enrollment), leftAt: null }),
    score: attempt.status === "in_progress" ? null : attempt.score,
    maxScore: attempt.maxScore ?? attempt.items.length,
    items,
  };
}
