/** Plain data the assignment components receive; pages map service results onto these. */

export type AssignmentField =
  | "title"
  | "moduleSlugs"
  | "itemCount"
  | "types"
  | "mode"
  | "attemptsAllowed"
  | "timeLimitMinutes"
  | "opensAt"
  | "dueAt"
  | "showAnswersAfterDue";

/** What the new-assignment action returns to its form: errors by field, and the values to show again. */
export interface AssignmentFormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<AssignmentField, string>>;
  values?: {
    title?: string;
    moduleSlugs?: string[];
    itemCount?: string;
    types?: string[];
    mode?: string;
    attemptsAllowed?: string;
    timeLimitMinutes?: string;
    opensAt?: string;
    dueAt?: string;
    showAnswersAfterDue?: string;
  };
}

export type AssignmentStatusTone = "todo" | "progress" | "done" | "late" | "missing" | "upcoming";

/** One assignment on the student's dashboard or page. */
export interface StudentAssignmentCard {
  id: string;
  title: string;
  className: string;
  statusLabel: string;
  statusTone: AssignmentStatusTone;
  dueLabel: string;
  /** "Due in 3 days", "Overdue"… */
  dueHint: string;
  detail: string;
}
