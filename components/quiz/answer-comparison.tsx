import { isOrderingAnswer, type AnswerPart } from "./types";

/**
 * The learner's answer beside the correct one. An ordering or a matching
 * answer is a list, one row per event or pair marked, with where it belongs
 * under each wrong row: two long "a; b; c" lines made the learner compare
 * them piece by piece.
 */
export function AnswerComparison({
  yourAnswer,
  expected,
  isCorrect,
  parts,
}: {
  /** null when the item was not answered. */
  yourAnswer: string | null;
  expected: string;
  isCorrect: boolean;
  parts?: readonly AnswerPart[];
}) {
  if (yourAnswer !== null && parts && parts.length > 0) return <AnswerPartList parts={parts} />;
  return (
    <>
      {yourAnswer === null ? (
        <p>
          <span className="font-semibold">Your answer:</span> not answered
        </p>
      ) : yourAnswer ? (
        <p>
          <span className="font-semibold">Your answer:</span> {yourAnswer}
        </p>
      ) : null}
      {isCorrect ? null : (
        <p>
          <span className="font-semibold">Correct answer:</span> {expected}
        </p>
      )}
    </>
  );
}

/**
 * An ordering or matching answer as the learner gave it, one row per event or pair. An ordering marks
 * the events that stand in the right order among themselves (moving the others puts the whole right)
 * and says, under every event not at its own number, where it belongs. A matching marks each pair, with
 * the right match under a wrong one.
 */
export function AnswerPartList({ parts }: { parts: readonly AnswerPart[] }) {
  const isOrdering = isOrderingAnswer(parts);
  const List = isOrdering ? "ol" : "ul";
  return (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">{isOrdering ? "Event by event:" : "Pair by pair:"}</p>
      <List className={`flex flex-col gap-2 ${isOrdering ? "list-decimal pl-6" : ""}`}>
        {parts.map((part, i) => (
          <li key={i} className="pl-1">
            {"belongsAt" in part ? (
              <>
                <Mark correct={part.correct} right="In order" wrong="Out of place" />
                {part.given}
                {/* An event in order among the others may still stand at the wrong number ("✓" at 1 for the 2nd): said as
                    such, since "✓" beside a bare "Belongs at number 2" read as a contradiction (UX review). */}
                {part.belongsAt === i + 1 ? null : (
                  <span className="block text-sm font-semibold">
                    {part.correct ? `In order with the others, but belongs at number ${part.belongsAt}` : `Belongs at number ${part.belongsAt}`}
                  </span>
                )}
              </>
            ) : (
              <>
                <Mark correct={part.correct} right="Right" wrong="Wrong" />
                <span className="font-semibold">{part.label} – </span>
                {part.given || "no match"}
                {part.correct ? null : (
                  <span className="block text-sm">
                    <span className="font-semibold">Should be:</span> {part.expected}
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </List>
    </div>
  );
}

/** Right or wrong in words for screen readers; the sign and its colour only repeat them. */
function Mark({ correct, right, wrong }: { correct: boolean; right: string; wrong: string }) {
  return (
    <>
      <span className="sr-only">{correct ? `${right}: ` : `${wrong}: `}</span>
      <span aria-hidden="true" className={`mr-1 font-bold ${correct ? "text-good" : "text-bad"}`}>
        {correct ? "✓" : "✗"}
      </span>
    </>
  );
}
