import type { AnswerPart } from "./types";

/**
 * The learner's answer beside the correct one. An ordering or a matching
 * answer is a list, one row per position or pair marked right or wrong, with
 * what belongs there under each wrong row: two long "a; b; c" lines made the
 * learner compare them piece by piece.
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

/** An ordering or matching answer, one row per position or pair, marked right or wrong, with what belongs there under each wrong one. */
export function AnswerPartList({ parts }: { parts: readonly AnswerPart[] }) {
  // Matching parts carry the left-hand item; ordering parts are numbered by position.
  const isMatching = parts.some((part) => part.label !== undefined);
  const List = isMatching ? "ul" : "ol";
  return (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">{isMatching ? "Pair by pair:" : "Position by position:"}</p>
      <List className={`flex flex-col gap-2 ${isMatching ? "" : "list-decimal pl-6"}`}>
        {parts.map((part, i) => (
          <li key={i} className="pl-1">
            <Mark correct={part.correct} />
            {part.label ? <span className="font-semibold">{part.label} – </span> : null}
            {part.given || "no match"}
            {part.correct ? null : (
              <span className="block text-sm">
                <span className="font-semibold">Should be:</span> {part.expected}
              </span>
            )}
          </li>
        ))}
      </List>
    </div>
  );
}

/** Right or wrong in words for screen readers; the sign and its colour only repeat them. */
function Mark({ correct }: { correct: boolean }) {
  return (
    <>
      <span className="sr-only">{correct ? "Right: " : "Wrong: "}</span>
      <span aria-hidden="true" className={`mr-1 font-bold ${correct ? "text-good" : "text-bad"}`}>
        {correct ? "✓" : "✗"}
      </span>
    </>
  );
}
