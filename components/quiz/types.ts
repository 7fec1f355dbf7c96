/**
 * The plain data the quiz components render. Pages map service results onto
 * these shapes, so the components stay independent of the server layer and
 * never receive an answer key: only items as shown and, once an item has been
 * answered (and the mode allows it), its feedback.
 */
import type { AnswerPart, Citation, ClientItem, ItemResponse, ItemType } from "@/lib/engine";

export type { AnswerPart, Citation, ClientItem, ItemResponse, ItemType };

/** practice: feedback after every answer; assessment: only after submitting; review/check behave like practice. */
export type QuizMode = "practice" | "assessment" | "review" | "check";

/** The grade of one answered item, as shown to the learner after answering. */
export interface ItemFeedback {
  correct: boolean;
  /** The learner's answer as the server understood it. */
  yourAnswer: string;
  expected: string;
  explanation: string;
  citations: Citation[];
  partial?: { correct: number; total: number };
  /** Ordering and matching: each position or pair, as given and as it should be. */
  parts?: AnswerPart[];
}

/** One item of a running attempt: what to show, and what the server already holds for it. */
export interface RunnerItem {
  item: ClientItem;
  /** The learner's stored answer, when the server has one. */
  answer: ItemResponse | null;
  /** Present once answered in a mode that shows feedback. */
  feedback: ItemFeedback | null;
}

/** What a finish (submit) action returns when it could not finish; on success it redirects. */
export type FinishState = { ok: false; message: string } | { ok: true };

export const itemTypeLabels: Record<ItemType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  "short-answer": "Short answer",
  cloze: "Fill in the blank",
  ordering: "Put in order",
  matching: "Matching",
  "cause-effect": "Cause and effect",
  attribution: "Who said it",
};

/**
 * How much of an ordering or matching answer was right, as the feedback heading says it: an ordering
 * counts the events that stand in order among themselves (its rows say "In order"), a matching the
 * pairs that are right. Null when all of it is: "Correct (3 of 3 right)" said it twice.
 */
export function partialLabel(partial: { correct: number; total: number }, parts: readonly AnswerPart[] | null | undefined): string | null {
  if (partial.correct === partial.total) return null;
  return `${partial.correct} of ${partial.total} ${parts && isOrderingAnswer(parts) ? "in order" : "right"}`;
}

/** Whether an answer's parts are an ordering's events (each with the number it belongs at) rather than a matching's pairs. */
export function isOrderingAnswer(parts: readonly AnswerPart[]): boolean {
  return parts.some((part) => "belongsAt" in part);
}
