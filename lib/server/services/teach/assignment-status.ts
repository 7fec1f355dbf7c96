/**
 * One student's standing on one assignment, from their attempts: the single
 * definition the student's dashboard, the gradebook and the CSV export share.
 * Pure (no database), so every branch is unit-tested.
 */

export type AssignmentStatus = "not_started" | "in_progress" | "submitted" | "late" | "missing";

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Late",
  missing: "Missing",
};

export type AttemptSummary = {
  /** in_progress | submitted | expired (closed at its time limit with what was saved). */
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
};

export type Standing = {
  status: AssignmentStatus;
  /** The attempt that counts: the best finished one (ties: the earliest), else the open one. */
  counted: AttemptSummary | null;
  /** When the counted attempt was handed in (an expired attempt: when it was closed). */
  submittedAt: Date | null;
  isLate: boolean;
  attemptsUsed: number;
};

function isFinished(attempt: AttemptSummary): boolean {
  return attempt.status === "submitted" || attempt.status === "expired";
}

function ratio(attempt: AttemptSummary): number {
  return attempt.maxScore ? (attempt.score ?? 0) / attempt.maxScore : 0;
}

/**
 * The standing at `now`. A finished attempt counts as submitted (late if
 * handed in after `dueAt`); with none finished, an assignment past its due
 * date is missing even if an attempt was started and left open.
 */
export function assignmentStanding(attempts: readonly AttemptSummary[], dueAt: Date, now: Date): Standing {
  const finished = attempts.filter(isFinished);
  if (finished.length > 0) {
    const best = finished.reduce((a, b) => (ratio(b) > ratio(a) || (ratio(b) === ratio(a) && b.startedAt < a.startedAt) ? b : a));
    const submittedAt = best.submittedAt ?? best.startedAt;
    const isLate = submittedAt.getTime() > dueAt.getTime();
    return { status: isLate ? "late" : "submitted", counted: best, submittedAt, isLate, attemptsUsed: attempts.length };
  }
  const open = attempts.find((attempt) => attempt.status === "in_progress") ?? null;
  if (now.getTime() > dueAt.getTime()) return { status: "missing", counted: open, submittedAt: null, isLate: false, attemptsUsed: attempts.length };
  return { status: open ? "in_progress" : "not_started", counted: open, submittedAt: null, isLate: false, attemptsUsed: attempts.length };
}
