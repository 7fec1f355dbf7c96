import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizResult } from "@/components/quiz/quiz-result";
import { itemTypeLabels } from "@/components/quiz/types";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getAttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { getReviewSummary } from "@/lib/server/services/review/get-review-summary";
import { countLabel } from "@/lib/format/count-label";
import { learnerTimeZone } from "../../../learner-time-zone";
import { practiseAgainHref } from "./practise-again-href";
import { toResultView } from "./to-result-view";

export const metadata: Metadata = { title: "Quiz result" };

const modeLeads = { practice: "Practice finished.", assessment: "Assessment submitted.", review: "Review session finished.", check: "Lesson check finished." } as const;
// Handed in without the learner: at the time limit, or when an assessment closed at its due date.
const closedLeads = {
  expired: "Time ran out: the answers you saved in time were handed in.",
  closed_at_due_date: "The assessment closed at its due date: the answers you saved by then were handed in.",
} as const;

export default async function QuizResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser();
  // Someone else's attempt and a missing one are the same 404 (not an error page).
  const breakdown = await getAttemptBreakdown(user, attemptId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const { view } = breakdown;
  // The assignment's page, while the learner may still open it (not after leaving its class): the attempt stays theirs.
  const assignmentId = breakdown.canOpenAssignment ? view.assignmentId : null;
  if (view.status === "in_progress") redirect(`/quiz/${view.id}`);
  const now = new Date();
  const timeZone = await learnerTimeZone();
  const result = toResultView(breakdown, itemTypeLabels, now, timeZone);
  const { dueNow } = await getReviewSummary(user, now, { timeZone });
  // Facts due now are the best next step outside an assignment: the review becomes the solid button (UX review).
  const isReviewNext = dueNow > 0 && !assignmentId;
  // While an assessment holds its answers back, practice on its module at once would mark the very facts it asked (UX review).
  const isPractiseAgainOffered = breakdown.gradingShownAt === null;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Your result" lead={`${view.assignmentTitle ? `${view.assignmentTitle}. ` : ""}${view.outcome === "expired" || view.outcome === "closed_at_due_date" ? closedLeads[view.outcome] : modeLeads[view.mode]}`} />
      <QuizResult result={result} />
      <div className="flex flex-col gap-2 sm:flex-row">
        {/* An assignment's next step (another attempt, or its standing) is on its page; free practice would not count for it. */}
        {assignmentId ? <LinkButton href={`/assignments/${assignmentId}`}>Back to the assignment</LinkButton> : null}
        {isReviewNext ? <LinkButton href="/review">Review {countLabel(dueNow, "due fact")}</LinkButton> : null}
        {isPractiseAgainOffered ? (
          <LinkButton href={practiseAgainHref(view)} variant={assignmentId || isReviewNext ? "secondary" : "primary"}>
            Practise again
          </LinkButton>
        ) : null}
        <LinkButton href="/progress" variant="secondary">
          See your progress
        </LinkButton>
        <LinkButton href="/dashboard" variant="quiet">
          Back to the dashboard
        </LinkButton>
      </div>
    </div>
  );
}
