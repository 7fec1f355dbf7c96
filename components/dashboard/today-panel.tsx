import { LinkButton } from "@/components/ui/button";
import { ContinueCard } from "./continue-card";
import type { ContinueTarget, ReviewDue, Streak } from "./types";

// A streak counted up to yesterday is still alive, but only an answer today keeps it.
function streakAdvice({ days, answeredToday }: Streak): string {
  if (days === 0) return "Answer a question to start one.";
  // "Kept", not "Done for today": reviews may still be waiting beside it (UX review).
  return answeredToday ? "Kept for today." : "Answer today to keep it.";
}

/**
 * The first thing a learner sees: what to do next. On a phone these stack,
 * with the single most useful action (continue, start the next module, or review) at the top.
 */
export function TodayPanel({ nextStep, review, streak }: { nextStep: ContinueTarget | null; review: ReviewDue; streak: Streak }) {
  return (
    <section aria-labelledby="today-heading">
      <h2 id="today-heading" className="sr-only">
        Today
      </h2>
      {/* The gap lives on this inner box so the visually hidden heading adds no space. */}
      <div className="flex flex-col gap-3">
        {nextStep ? <ContinueCard target={nextStep} /> : null}
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col justify-between gap-2 rounded-[var(--radius-card)] border border-line bg-surface p-4">
            <div>
              <p className="text-sm font-semibold text-muted">Reviews due</p>
              <p className="text-3xl font-bold tabular-nums">{review.dueNow}</p>
              <p className="text-sm text-muted">
                {review.dueNow > 0 ? "ready now" : review.nextDueLabel ? `next ${review.nextDueLabel}` : "none scheduled yet"}
              </p>
            </div>
            {review.dueNow > 0 ? (
              // One word: "Review now" wrapped onto two lines in its half-width tile at 360 px (UX review).
              <LinkButton href="/review" variant="secondary" className="w-full">
                Review
              </LinkButton>
            ) : null}
          </div>
          {/* Laid out as the reviews card, so the two figures sit level. */}
          <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
            <p className="text-sm font-semibold text-muted">Streak</p>
            <p className="text-3xl font-bold tabular-nums">
              {streak.days}{" "}
              <span className="text-base font-semibold">{streak.days === 1 ? "day" : "days"}</span>
            </p>
            <p className="text-sm text-muted">{streakAdvice(streak)}</p>
          </div>
        </div>
      </div>
    </section>
  );
}
