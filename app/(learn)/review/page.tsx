import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { getReviewSummary } from "@/lib/server/services/review/get-review-summary";
import { MAX_REVIEW_FACTS } from "@/lib/server/services/review/review-queue";
import { learnerTimeZone } from "../learner-time-zone";
import { relativeDayLabel } from "../relative-day-label";
import { startReviewAction } from "./actions";

export const metadata: Metadata = { title: "Review" };

/** How soon the next facts must fall due for the page to offer to look again, rather than to come back another time. */
const DUE_SOON_MS = 15 * 60_000;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const status = (await searchParams).status;
  const timeZone = await learnerTimeZone();
  const now = new Date();
  const summary = await getReviewSummary(user, now, { timeZone });
  const hasSession = summary.dueNow > 0 || summary.newToday > 0;
  const nextDue = summary.nextDueAt ? relativeDayLabel(summary.nextDueAt, now, timeZone) : null;
  // A quiz's misses come back within minutes: "Open your daily review" on its result led here to "all caught up".
  const isDueSoon = summary.nextDueAt !== null && Date.parse(summary.nextDueAt) - now.getTime() <= DUE_SOON_MS;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Daily review" lead="Short sessions of the facts you are about to forget, spaced so they stick." />
      {status === "failed" ? <Alert tone="bad">The review could not start just now. Please try again in a moment.</Alert> : null}
      {status === "empty" ? <Alert tone="info">Nothing is due right now.</Alert> : null}
      <Card aria-labelledby="today-heading">
        <h2 id="today-heading" className="sr-only">
          Today
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          <div>
            <dt className="text-sm font-semibold text-muted">Due now</dt>
            <dd className="text-3xl font-bold tabular-nums" data-testid="review-due-now">
              {summary.dueNow}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-muted">New facts left today</dt>
            <dd className="text-3xl font-bold tabular-nums">{summary.newToday}</dd>
          </div>
          <div className="col-span-2 sm:col-span-1">
            {/* With facts due now, "Next due in 1 min" beside "Due now 8" read as a contradiction (UX review). */}
            <dt className="text-sm font-semibold text-muted">{summary.dueNow > 0 ? "After these, next due" : "Next due"}</dt>
            <dd className="text-xl font-bold">{nextDue ?? "nothing scheduled"}</dd>
            {summary.dueToday > summary.dueNow ? <dd className="text-sm text-muted">{summary.dueToday - summary.dueNow} more later today</dd> : null}
          </div>
        </dl>
      </Card>
      {hasSession ? (
        <form action={startReviewAction} className="flex flex-col gap-2">
          <SubmitButton pendingLabel="Starting…" className="w-full sm:w-auto">
            Start today&rsquo;s review
          </SubmitButton>
          {/* "Due now 26" opened "Question 1 of 14" without a word (UX review): facts of one passage give each other away, so a session may ask fewer. */}
          <p className="text-sm text-muted" data-testid="review-session-size">
            A session asks up to {MAX_REVIEW_FACTS} questions, and never two whose facts give each other away. What it leaves stays due for the next one.
          </p>
        </form>
      ) : (
        <div className="flex flex-col gap-3">
          <p>
            You are all caught up{nextDue ? `; the next facts fall due ${nextDue}` : ""}
            {summary.newRemaining > 0 ? ". New facts unlock again tomorrow." : "."}
          </p>
          <div className="flex flex-wrap gap-3">
            {isDueSoon ? <LinkButton href="/review">Check again</LinkButton> : null}
            <LinkButton href="/quiz/new" variant="secondary">
              Practise a module instead
            </LinkButton>
          </div>
        </div>
      )}
    </div>
  );
}
