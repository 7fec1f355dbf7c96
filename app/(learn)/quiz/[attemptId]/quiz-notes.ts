import { dateLabel } from "@/components/teach/date-label";
import { countLabel } from "@/lib/format/count-label";
import { FAIR_QUESTIONS_RUN_OUT } from "@/lib/format/fewer-questions";
import type { AttemptView } from "@/lib/server/services/learn/types";

/**
 * Why the quiz holds fewer questions than asked for, or null: the learner's own
 * choice (`asked`, set by the start action) or the count the teacher set.
 */
export function shortQuizNote(view: Pick<AttemptView, "total" | "assignmentItemCount">, asked: unknown): string | null {
  if (view.assignmentItemCount !== null) {
    return view.assignmentItemCount > view.total ? `${countLabel(view.total, "question")}, not the ${view.assignmentItemCount} your teacher set: there are ${FAIR_QUESTIONS_RUN_OUT}.` : null;
  }
  const askedCount = Number(asked);
  if (!Number.isInteger(askedCount) || askedCount <= view.total) return null;
  return `${countLabel(view.total, "question")}, not the ${askedCount} you asked for: this choice has ${FAIR_QUESTIONS_RUN_OUT}.`;
}

/** Beside Submit on an assessment: when the score and the answers show, dated when the answers wait for the due date. */
export function submitNote(view: Pick<AttemptView, "answersAt">, timeZone: string | undefined): string {
  return view.answersAt
    ? `Your score appears when you submit; the answers on ${dateLabel(view.answersAt, timeZone, true)}.`
    : "Your score and the answers appear after you submit.";
}
