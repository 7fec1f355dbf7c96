import { Citations } from "@/components/lesson/citations";
import { AnswerComparison } from "./answer-comparison";
import { restatesAnswer } from "./restates-answer";
import { partialLabel, type ItemFeedback } from "./types";

/** Right or wrong, the correct answer, why, and where the fact comes from. Words carry the verdict, colour only repeats it. */
export function FeedbackPanel({ feedback, headingId }: { feedback: ItemFeedback; headingId?: string }) {
  const partLabel = feedback.partial ? partialLabel(feedback.partial, feedback.parts) : null;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col gap-2 rounded-lg border-l-4 px-4 py-3 ${feedback.correct ? "border-good bg-good-soft" : "border-bad bg-bad-soft"}`}
    >
      <h3 id={headingId} className="text-lg font-bold">
        <span aria-hidden="true">{feedback.correct ? "✓ " : "✗ "}</span>
        {/* Not "Partly right": an ordering or matching counts only when all of it is right (UX review). */}
        {feedback.correct ? "Correct" : "Not quite"}
        {/* A space in the text, not only a margin: the heading's name read "Not quite(1 of 3 in order)" (UX review). */}
        {partLabel ? (
          <>
            {" "}
            <span className="ml-1 text-base font-medium">({partLabel})</span>
          </>
        ) : null}
      </h3>
      <AnswerComparison yourAnswer={feedback.yourAnswer} expected={feedback.expected} isCorrect={feedback.correct} parts={feedback.parts} />
      {restatesAnswer(feedback.explanation, feedback.expected) ? null : <p>{feedback.explanation}</p>}
      <Citations citations={feedback.citations} />
    </section>
  );
}
