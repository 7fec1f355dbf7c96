/**
 * What the learner's-loop services return: plain, JSON-safe data for pages,
 * components and the JSON API. Nothing here ever carries an answer key; the
 * only answers and explanations are in `ItemFeedback`, which is filled in
 * only once the learner may see it (see `isGradingVisible`).
 *
 * Types only, so components may import them (`import type`).
 */
import type { AnswerPart, Citation, ClientItem, ItemResponse, ItemType } from "@/lib/engine";
import type { AttemptMode } from "@/lib/validation/learn";
import type { AttemptOutcome, DeadlineKind } from "./assignments/attempt-deadline";

export type { AttemptMode } from "@/lib/validation/learn";
export type { Citation, ClientItem, ItemResponse } from "@/lib/engine";

export type AttemptStatus = "in_progress" | "submitted" | "expired";

/**
 * The grading of one answered item, shown after the answer (practice) or after
 * submission (assessment); for an item left unanswered, once the attempt is
 * closed: counted wrong, with the key.
 */
export interface ItemFeedback {
  correct: boolean;
  /** The learner's answer as understood ("2 billion" → "$2 billion"). */
  yourAnswer: string;
  /** The correct answer. */
  expected: string;
  explanation: string;
  citations: Citation[];
  /** Ordering and matching: positions or pairs right. */
  partial?: { correct: number; total: number };
  /** Ordering and matching: each position or pair, as given and as it should be. */
  parts?: AnswerPart[];
}

/** One item of an attempt as the learner may see it now. */
export interface AttemptItemView {
  position: number;
  /** The item's id (also `item.id`); answer with it or with `position`. */
  itemId: string;
  item: ClientItem;
  isAnswered: boolean;
  /** The learner's own stored answer (so a reload shows their choice); null when unanswered. */
  response: ItemResponse | null;
  /** Null until the learner may see the grading. */
  feedback: ItemFeedback | null;
}

/** An attempt as the learner may see it now: the only shape pages and the API send to the browser. */
export interface AttemptView {
  id: string;
  mode: AttemptMode;
  status: AttemptStatus;
  packId: string;
  moduleSlugs: string[];
  /** The question types the quiz was limited to; null when it could use every type. */
  itemTypes: ItemType[] | null;
  /** ISO timestamps. */
  startedAt: string;
  submittedAt: string | null;
  deadlineAt: string | null;
  /** What `deadlineAt` is the end of: the time limit, or the due date of an assessment that closes then; null without one. */
  deadlineKind: DeadlineKind | null;
  /** The status, with an expired attempt told apart: `expired` (its time limit) or `closed_at_due_date`. */
  outcome: AttemptOutcome;
  /** When an assessment holding its answers back until the due date shows them (ISO); null when they show on submitting. */
  answersAt: string | null;
  /** The questions the teacher set, for an assignment (the quiz may hold fewer); null for the learner's own quiz. */
  assignmentItemCount: number | null;
  /** The assignment the attempt answers, with its teacher's title; null for the learner's own quiz. */
  assignmentId: string | null;
  assignmentTitle: string | null;
  /** True for practice, review and check: feedback follows each answer. */
  isFeedbackPerItem: boolean;
  total: number;
  answeredCount: number;
  /** The first unanswered position, where a reload resumes; null when every item is answered. */
  nextPosition: number | null;
  /** Set once submitted: correct answers, unanswered counted wrong. */
  score: number | null;
  maxScore: number | null;
  items: AttemptItemView[];
}

/** What answering one item returns. */
export interface SubmitAnswerResult {
  attemptId: string;
  position: number;
  itemId: string;
  /** True when this request repeated an answer already stored (same idempotency key, or the same answer again). */
  isDuplicate: boolean;
  answeredCount: number;
  total: number;
  /** Practice/review/check: the grading; assessment: null until the attempt is submitted. */
  feedback: ItemFeedback | null;
}
