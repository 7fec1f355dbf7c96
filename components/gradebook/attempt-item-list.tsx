import { AnswerPartList } from "@/components/quiz/answer-comparison";
import type { DrillInItemView, Verdict } from "./types";

const verdicts: Record<Verdict, { label: string; className: string }> = {
  right: { label: "Right", className: "border-good bg-good-soft" },
  wrong: { label: "Wrong", className: "border-bad bg-bad-soft" },
  unanswered: { label: "Not answered", className: "border-line bg-surface" },
};

/** A student's attempt item by item: the question as shown, their answer, the correct answer, right or wrong, and the time taken. */
export function AttemptItemList({ items }: { items: DrillInItemView[] }) {
  return (
    <ol className="flex flex-col gap-4">
      {items.map((item) => {
        const verdict = verdicts[item.verdict];
        return (
          <li key={item.position} className={`rounded-[var(--radius-card)] border-l-4 border-y border-r p-4 ${verdict.className}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="text-sm font-semibold uppercase tracking-wide text-muted">
                Question {item.position} · {item.typeLabel}
              </p>
              <p className="font-bold">
                {verdict.label}
                {item.partialLabel ? <span className="font-normal"> ({item.partialLabel})</span> : null}
                {item.timeLabel ? <span className="font-normal text-muted"> · {item.timeLabel}</span> : null}
              </p>
            </div>
            <h2 className="mt-1 text-lg font-semibold leading-snug">{item.prompt}</h2>
            {item.detail ? <p className="mt-1">{item.detail}</p> : null}
            {item.options.length > 0 ? (
              <ul className="mt-3 flex flex-col gap-1" aria-label="Options shown">
                {item.options.map((option) => (
                  <li key={option.text} className="flex flex-wrap gap-x-2">
                    <span>{option.text}</span>
                    {option.isChosen ? <span className="font-semibold">← their choice</span> : null}
                    {option.isCorrect ? <span className="font-semibold text-good">(correct answer)</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">Their answer</dt>
              <dd>{item.parts ? <AnswerPartList parts={item.parts} /> : (item.yourAnswer ?? "—")}</dd>
              {/* Each wrong part already says what should be there. */}
              {item.parts ? null : (
                <>
                  <dt className="font-semibold">Correct answer</dt>
                  <dd>{item.expected}</dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
