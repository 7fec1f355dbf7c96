import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { KeepQuizOffline } from "@/components/offline/keep-quiz-offline";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { requireUser } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { ANSWER_GRACE_MS } from "@/lib/server/services/learn/close-expired-attempts";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { authPageHref } from "@/lib/validation/auth";
import { learnerTimeZone } from "../../learner-time-zone";
import { finishAttemptAction } from "./actions";
import { shortQuizNote, submitNote } from "./quiz-notes";
import { toRunnerItems } from "./to-runner-items";

export const metadata: Metadata = { title: "Quiz" };

const modeTitles = { practice: "Practice quiz", assessment: "Assessment", review: "Review session", check: "Check yourself" } as const;
const modeLeads = {
  practice: "Each answer is checked as you go.",
  assessment: "Answer every question, then submit: your score and the answers come after.",
  review: "The facts due for review today. Each answer is checked as you go.",
  check: "A quick check on the lesson.",
} as const;

export default async function QuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { attemptId } = await params;
  const { asked } = await searchParams;
  const user = await requireUser();
  // Someone else's attempt and a missing one are the same 404 (not an error page).
  const view = await getAttemptView(user, attemptId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  // A finished attempt has nothing left to answer: show its result instead.
  if (view.status !== "in_progress") redirect(`/quiz/${view.id}/result`);
  // `asked`: set by the start action when the choice held fewer fair questions than the length asked for.
  const shortNote = shortQuizNote(view, asked);
  const timeZone = await learnerTimeZone();

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col">
      {/* Compact on phones: the question, not the page title, should fill the first screen. */}
      <header className="mb-3 flex flex-col gap-1 sm:mb-6">
        {/* An assignment is known by its teacher's title; the mode says how it runs. */}
        <h1 className="text-xl font-bold tracking-tight sm:text-3xl">{view.assignmentTitle ?? modeTitles[view.mode]}</h1>
        {view.assignmentTitle ? <p className="font-semibold text-muted">{modeTitles[view.mode]}</p> : null}
        <p className="hidden text-muted sm:block">{modeLeads[view.mode]}</p>
        {shortNote !== null ? (
          <p className="text-sm text-muted" data-testid="short-quiz">
            {shortNote}
          </p>
        ) : null}
      </header>
      {/* A timed quiz is not kept offline: its saved copy would start the clock from when it was saved, and answers given offline past the limit are refused. */}
      {view.deadlineAt ? null : <KeepQuizOffline />}
      <QuizRunner
        attemptId={view.id}
        mode={view.mode}
        items={toRunnerItems(view)}
        finishAction={finishAttemptAction.bind(null, view.id)}
        signInHref={authPageHref("/sign-in", `/quiz/${view.id}`)}
        submitNote={submitNote(view, timeZone)}
        timeLimit={
          view.deadlineAt
            ? { deadlineAt: view.deadlineAt, isDueDate: view.deadlineKind === "due_date", serverNow: new Date().toISOString(), graceMs: ANSWER_GRACE_MS, resultHref: `/quiz/${view.id}/result` }
            : undefined
        }
      />
    </div>
  );
}
