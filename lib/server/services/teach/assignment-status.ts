/**
 * One student's standing on one assignment, from their attempts: the single
 * definition the student's dashboard, the gradebook and the CSV export share.
 * Pure (no database), so every branch is unit-tested.
 */

/**
 * before_joining: due before the student first joined the class, so not expected of them (never missing, never late).
 * left: the student left the class (or was removed) without handing this in; only the teacher's records show it.
 * in_progress_late: past the due date with an attempt under way (late work is still taken): not missing.
 * closed_at_due_date: handed in by an assessment closing at its due date with the answers saved (on time).
 */
export type AssignmentStatus =
  | "not_started"
  | "in_progress"
  | "in_progress_late"
  | "submitted"
  | "closed_at_due_date"
  | "late"
  | "missing"
  | "before_joining"
  | "left";

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  in_progress_late: "In progress (late)",
  submitted: "Submitted",
  closed_at_due_date: "Closed at the due date",
  late: "Late",
  missing: "Missing",
  before_joining: "Due before joining",
  left: "Left the class",
};

/** Handed in: the statuses with a score that counts. */
export function isHandedInStatus(status: AssignmentStatus): boolean {
  return status === "submitted" || status === "closed_at_due_date" || status === "late";
}

/** The student's place in the class, as far as their standing goes. */
export interface Membership {
  /** When they first joined the class (`firstJoinedAt ?? joinedAt`, see `firstJoinOf`): work due by then is not expected of them. */
  joinedAt: Date;
  /** When they left the class or were taken off its roster; null while they are in it. */
  leftAt: Date | null;
}

/**
 * When a student first joined: `Enrollment.firstJoinedAt` is set only once they have left and joined
 * again (`joinedAt` is then their return), so leaving and coming back does not excuse earlier work.
 */
export function firstJoinOf(enrollment: { joinedAt: Date; firstJoinedAt: Date | null }): Date {
  return enrollment.firstJoinedAt ?? enrollment.joinedAt;
}

/** True when the assignment fell due before the student joined the class: they could not have handed it in on time. */
export function isDueBeforeJoining(dueAt: Date, membership: Membership | null | undefined): boolean {
  return membership !== null && membership !== undefined && dueAt.getTime() <= membership.joinedAt.getTime();
}

export type AttemptSummary = {
  /** An AttemptOutcome (learn/assignments/attempt-deadline): in_progress | submitted | expired (closed at its time limit) | closed_at_due_date. */
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
  return attempt.status === "submitted" || attempt.status === "expired" || attempt.status === "closed_at_due_date";
}

function ratio(attempt: AttemptSummary): number {
  return attempt.maxScore ? (attempt.score ?? 0) / attempt.maxScore : 0;
}

/**
 * The standing at `now`. A finished attempt counts as submitted (late if
 * handed in after `dueAt`; "closed_at_due_date" when its assessment closed
 * it then); with none finished, an assignment past its due date is missing,
 * or "in_progress_late" while an attempt is under way.
 *
 * With the student's `membership`: work due before they joined is never late
 * nor missing ("before_joining" until they hand it in, "in_progress" while an
 * attempt is open); once they have left the class, only handed-in work counts
 * and anything else is "left" (never missing; an open attempt is not shown).
 */
export function assignmentStanding(attempts: readonly AttemptSummary[], dueAt: Date, now: Date, membership?: Membership | null): Standing {
  const isExcused = isDueBeforeJoining(dueAt, membership);
  const finished = attempts.filter(isFinished);
  if (finished.length > 0) {
    const best = finished.reduce((a, b) => (ratio(b) > ratio(a) || (ratio(b) === ratio(a) && b.startedAt < a.startedAt) ? b : a));
    const submittedAt = best.submittedAt ?? best.startedAt;
    const isLate = !isExcused && submittedAt.getTime() > dueAt.getTime();
    const status = isLate ? "late" : best.status === "closed_at_due_date" ? "closed_at_due_date" : "submitted";
    return { status, counted: best, submittedAt, isLate, attemptsUsed: attempts.length };
  }
  if (membership?.leftAt) return { status: "left", counted: null, submittedAt: null, isLate: false, attemptsUsed: attempts.length };
  const open = attempts.find((attempt) => attempt.status === "in_progress") ?? null;
  if (isExcused) return { status: open ? "in_progress" : "before_joining", counted: open, submittedAt: null, isLate: false, attemptsUsed: attempts.length };
  if (now.getTime() > dueAt.getTime()) return { status: open ? "in_progress_late" : "missing", counted: open, submittedAt: null, isLate: false, attemptsUsed: attempts.length };
  return { status: open ? "in_progress" : "not_started", counted: open, submittedAt: null, isLate: false, attemptsUsed: attempts.length };
}
