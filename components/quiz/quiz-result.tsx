import Link from "next/link";
import { Citations } from "@/components/lesson/citations";
import { countLabel } from "@/lib/format/count-label";
import { AnswerComparison } from "./answer-comparison";
import { restatesAnswer } from "./restates-answer";
import type { AnswerPart, Citation } from "./types";

export interface ResultItemView {
  position: number;
  prompt: string;
  /** The statement or the blank's sentence the prompt asks about (see `itemDetail`). */
  detail: string | null;
  typeLabel: string;
  isAnswered: boolean;
  yourAnswer: string;
  expected: string;
  /** Ordering and matching: each position or pair, as given and as it should be. */
  parts?: AnswerPart[];
  explanation: string;
  citations: Citation[];
  /** The lesson that covers the item. */
  lesson: { href: string; title: string } | null;
}

export interface QuizResultView {
  score: number;
  maxScore: number;
  /** "4 min 12 s". */
  durationLabel: string;
  /** False while an assignment holds its answers back until the due date. */
  isGradingVisible: boolean;
  /** When they are shown ("8 Dec 2026, 17:00"), while they are held back. */
  gradingShownLabel: string | null;
  modules: { title: string; correct: number; total: number }[];
  /** How many of the answered facts come back for spaced review when ("Tomorrow"), earliest first; empty while the grading is hidden. */
  reviewReturns: { when: string; factCount: number }[];
  /** Wrong or unanswered items, in quiz order. */
  toReview: ResultItemView[];
}

/** The end of an attempt: score, time, how each module went, and every item worth another look. */
export function QuizResult({ result }: { result: QuizResultView }) {
  const percent = result.maxScore === 0 ? 0 : Math.round((result.score / result.maxScore) * 100);
  const { toReview } = result;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="score-heading" className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <h2 id="score-heading" className="sr-only">
          Your score
        </h2>
        <div className="col-span-2 rounded-[var(--radius-card)] border-2 border-brand bg-brand-soft p-4 sm:col-span-1">
          <p className="text-sm font-semibold text-muted">Score</p>
          <p className="text-4xl font-bold tabular-nums" data-testid="quiz-score">
            {result.score}/{result.maxScore}
          </p>
          <p className="font-semibold">{percent}%</p>
        </div>
        <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <p className="text-sm font-semibold text-muted">Time</p>
          <p className="text-2xl font-bold">{result.durationLabel}</p>
        </div>
        <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
          {/* Questions, named so: beside "Back for review", which counts facts, a bare "To review" read as the same count (UX review). */}
          <p className="text-sm font-semibold text-muted">Questions to review</p>
          <p className="text-2xl font-bold tabular-nums">{result.isGradingVisible ? toReview.length : "—"}</p>
        </div>
      </section>

      {result.modules.length > 0 ? (
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading" className="mb-2 text-xl font-bold">
            By module
          </h2>
          <TallyList rows={result.modules.map((module) => ({ label: module.title, tally: `${module.correct}/${module.total}` }))} />
        </section>
      ) : null}

      {result.reviewReturns.length > 0 ? (
        <section aria-labelledby="review-returns-heading">
          <h2 id="review-returns-heading" className="mb-1 text-xl font-bold">
            Back for review
          </h2>
          <p className="mb-2 text-muted">Each fact you answered returns in your daily review as you are about to forget it: sooner when you missed it.</p>
          <TallyList
            testId="review-returns"
            rows={result.reviewReturns.map(({ when, factCount }) => ({ label: when, tally: countLabel(factCount, "fact") }))}
          />
          <Link href="/review" className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-2">
            Open your daily review
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="review-items-heading">
        <h2 id="review-items-heading" className="mb-2 text-xl font-bold">
          {!result.isGradingVisible ? "Answers appear after the due date" : toReview.length > 0 ? "Items to review" : "Every answer was right"}
        </h2>
        {/* When, in the learner's own time: "after the due date" alone sent them to find it (UX review). */}
        {!result.isGradingVisible && result.gradingShownLabel ? (
          <p data-testid="grading-shown-at">Which answers were right, and why, appears here on {result.gradingShownLabel}.</p>
        ) : null}
        {toReview.length === 0 ? null : (
          <ol className="flex flex-col gap-3">
            {toReview.map((item) => (
              <li key={item.position} className="flex flex-col gap-2 rounded-[var(--radius-card)] border border-line border-l-4 border-l-bad p-4">
                <p className="text-sm font-semibold text-muted">
                  Question {item.position} · {item.typeLabel}
                </p>
                <p className="font-semibold">{item.prompt}</p>
                {item.detail ? <p>{item.detail}</p> : null}
                <AnswerComparison yourAnswer={item.isAnswered ? item.yourAnswer || "—" : null} expected={item.expected} isCorrect={false} parts={item.parts} />
                {restatesAnswer(item.explanation, item.expected) ? null : <p>{item.explanation}</p>}
                <Citations citations={item.citations} />
                {item.lesson ? (
                  <Link href={item.lesson.href} className="font-semibold text-brand underline underline-offset-2">
                    Read the lesson: {item.lesson.title}
                  </Link>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** A bordered list of labels, each with its count on the right: the score per module, the facts due at each time. */
function TallyList({ rows, testId }: { rows: { label: string; tally: string }[]; testId?: string }) {
  return (
    <ul className="flex flex-col divide-y divide-line rounded-[var(--radius-card)] border border-line" data-testid={testId}>
      {rows.map(({ label, tally }) => (
        <li key={label} className="flex items-center justify-between gap-3 px-4 py-3">
          <span>{label}</span>
          <span className="shrink-0 font-bold tabular-nums">{tally}</span>
        </li>
      ))}
    </ul>
  );
}
