/**
 * How an assignment attempt gets its deadline, and, read back from the stored
 * deadline, what closed it: its time limit or the due date of an assessment
 * that closes then. Pure (no database), so every branch is unit-tested; the
 * pages, the teacher's notification, the gradebook and both CSVs read it here.
 */

type ClosingRules = { mode: string; showAnswersAfterDue: boolean };

/**
 * True for an assessment that shows its answers after the due date: it closes then. Late work taken
 * after the answers were out was answered from them (UX review: a student who joined late scored twice
 * a classmate who handed in on time, and the gradebook said only "late").
 */
export function closesAtDueDate(assignment: ClosingRules): boolean {
  return assignment.mode === "assessment" && assignment.showAnswersAfterDue;
}

/** When an attempt started at `startedAt` is handed in as it stands: at its time limit, and at the due date of an assessment that closes then. */
export function attemptDeadline(assignment: ClosingRules & { dueAt: Date; timeLimitSec: number | null }, startedAt: Date): Date | null {
  const limit = assignment.timeLimitSec === null ? null : new Date(startedAt.getTime() + assignment.timeLimitSec * 1000);
  if (!closesAtDueDate(assignment)) return limit;
  return limit && limit < assignment.dueAt ? limit : assignment.dueAt;
}

/** What an attempt's deadline is the end of. */
export type DeadlineKind = "time_limit" | "due_date";

/**
 * Which `attemptDeadline` chose, from the stored deadline: the due date of an
 * assessment that closes then when the deadline is that due date (a time limit
 * ending at the same instant included, as `attemptDeadline` picks the due date
 * then), else the time limit. Moving the due date moves the deadlines of the
 * attempts under way with it (changeDueDate), so the two stay equal; null
 * without a deadline.
 */
export function deadlineKind(attempt: { deadlineAt: Date | null }, assignment: (ClosingRules & { dueAt: Date }) | null): DeadlineKind | null {
  if (!attempt.deadlineAt) return null;
  if (assignment && closesAtDueDate(assignment) && attempt.deadlineAt.getTime() === assignment.dueAt.getTime()) return "due_date";
  return "time_limit";
}

/**
 * How an attempt stands or ended. Also the `attempt_status` values of the
 * gradebook's responses CSV: `expired` is closed at the time limit (the older
 * value, kept), `closed_at_due_date` closed at the due date.
 */
export type AttemptOutcome = "in_progress" | "submitted" | "expired" | "closed_at_due_date";

export const ATTEMPT_OUTCOME_LABELS: Record<AttemptOutcome, string> = {
  in_progress: "In progress",
  submitted: "Submitted",
  expired: "Closed at the time limit",
  closed_at_due_date: "Closed at the due date",
};

/** The attempt's stored status, with an expired one told apart by its deadline (`deadlineKind`). */
export function attemptOutcome(attempt: { status: string; deadlineAt: Date | null }, assignment: (ClosingRules & { dueAt: Date }) | null): AttemptOutcome {
  if (attempt.status === "in_progress" || attempt.status === "submitted") return attempt.status;
  return deadlineKind(attempt, assignment) === "due_date" ? "closed_at_due_date" : "expired";
}
