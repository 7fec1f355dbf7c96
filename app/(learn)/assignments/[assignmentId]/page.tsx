import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { SettingsList } from "@/components/assignments/settings-list";
import { StatusBadge } from "@/components/assignments/status-badge";
import { dateLabel } from "@/components/teach/date-label";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getMyAssignment, type MyAssignmentDetail } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { ATTEMPT_OUTCOME_LABELS } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { CLOSED_AT_DUE_MESSAGE } from "@/lib/server/services/learn/assignments/my-assignment-rows";
import { learnerTimeZone } from "../../learner-time-zone";
import { relativeDayLabel } from "../../relative-day-label";
import { statusOf } from "../to-assignment-card";
import { aboutRows, missedLessons } from "./about-rows";
import { startAssignmentAction, type StartAssignmentError } from "./actions";

type Params = Promise<{ assignmentId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const errorMessages: Record<StartAssignmentError, string> = {
  "signed-out": "Your session has ended. Sign in again to start.",
  refused: "This assignment cannot be started now: it may not be open yet, every attempt may be used, or it closed when its answers were shown.",
  unavailable: "We could not start the assignment just now. Please try again in a moment.",
};

/** The learner's assignment, once per request (the title and the page share it). Another class's and a missing one are the same 404. */
const loadAssignment = cache(async (assignmentId: string) => {
  const user = await requireUser();
  return getMyAssignment(user, assignmentId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadAssignment((await params).assignmentId)).title };
}

export default async function AssignmentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const assignment = await loadAssignment((await params).assignmentId);
  const [{ error }, timeZone] = await Promise.all([searchParams, learnerTimeZone()]);
  const now = new Date();
  const status = statusOf(assignment);
  const errorCode = typeof error === "string" && error in errorMessages ? (error as StartAssignmentError) : null;
  const attemptsLeft = assignment.attemptsAllowed - assignment.attemptsUsed;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <p>
        <Link href="/dashboard" className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          ← Dashboard
        </Link>
      </p>
      <PageHeader title={assignment.title} lead={assignment.className}>
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge label={status.label} tone={status.tone} />
          <span>
            Due {dateLabel(assignment.dueAt, timeZone, true)} ({dueNote(assignment, now, timeZone)})
          </span>
        </p>
      </PageHeader>
      {errorCode ? <Alert tone="bad">{errorMessages[errorCode]}</Alert> : null}

      <Card aria-labelledby="about-heading" className="flex flex-col gap-4">
        <h2 id="about-heading" className="text-xl font-bold">
          About this assignment
        </h2>
        <SettingsList rows={aboutRows(assignment, now, timeZone)} />
        <StartPanel assignment={assignment} attemptsLeft={attemptsLeft} opensLabel={dateLabel(assignment.opensAt, timeZone, true)} />
      </Card>

      {assignment.attempts.length > 0 ? (
        <Card aria-labelledby="attempts-heading" className="flex flex-col gap-3">
          <h2 id="attempts-heading" className="text-xl font-bold">
            Your attempts
          </h2>
          <ul className="flex flex-col divide-y divide-line">
            {assignment.attempts.map((attempt) => (
              <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  Attempt {attempt.attemptNumber}: {ATTEMPT_OUTCOME_LABELS[attempt.outcome]}
                  {attempt.score !== null ? `, ${attempt.score}/${attempt.maxScore}` : ""}
                  {attempt.submittedAt ? ` on ${dateLabel(attempt.submittedAt, timeZone, true)}` : ""}
                </span>
                {/* The attempt under way is resumed by the button above: a second way in beside it only made two choices of one. */}
                {attempt.status === "in_progress" ? null : (
                  <Link
                    href={`/quiz/${attempt.id}/result`}
                    className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline"
                  >
                    See result<span className="sr-only"> of attempt {attempt.attemptNumber}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}

/** "in 3 days", "past due", or, for work due before the student joined the class, not a reproach. */
function dueNote(assignment: MyAssignmentDetail, now: Date, timeZone: string | undefined): string {
  if (assignment.isDueBeforeJoining) return "before you joined the class";
  const dueIn = relativeDayLabel(assignment.dueAt, now, timeZone);
  return dueIn === "now" ? "past due" : dueIn;
}

function StartPanel({ assignment, attemptsLeft, opensLabel }: { assignment: MyAssignmentDetail; attemptsLeft: number; opensLabel: string }) {
  if (!assignment.isOpen) return <Alert tone="info">This assignment opens {opensLabel}.</Alert>;
  const lessons = missedLessons(assignment);
  if (lessons) {
    return (
      <Alert tone="info">
        You did not hand this in before it closed at its due date. Next, go over the {lessons.length === 1 ? "lesson" : "lessons"}:{" "}
        {lessons.map((lesson, index) => (
          <span key={lesson.href}>
            {index > 0 ? ", " : ""}
            <Link href={lesson.href} className="font-semibold text-brand underline underline-offset-4">
              {lesson.title}
            </Link>
          </span>
        ))}
        .
      </Alert>
    );
  }
  if (!assignment.canStart) {
    return <Alert tone="info">{assignment.isClosed ? CLOSED_AT_DUE_MESSAGE : "You have used every attempt at this assignment."}</Alert>;
  }
  const isResume = assignment.openAttemptId !== null;
  const label = isResume ? "Resume" : assignment.attemptsUsed > 0 ? "Start another attempt" : "Start";
  return (
    <form action={startAssignmentAction.bind(null, assignment.id)} className="flex flex-col gap-2">
      {assignment.status === "missing" || assignment.status === "in_progress_late" ? (
        <p className="text-muted">The due date has passed: you can still {isResume ? "finish and hand in your attempt" : "hand it in"}, and it will count as late.</p>
      ) : null}
      {assignment.isDueBeforeJoining ? (
        <p className="text-muted">It was due before you joined the class, so it is not counted as missing. You can still take it if you like; it will not count as late.</p>
      ) : null}
      {!isResume && assignment.timeLimitMinutes ? <p className="text-muted">The {assignment.timeLimitMinutes}-minute clock starts when you press {label}.</p> : null}
      <SubmitButton pendingLabel={isResume ? "Opening…" : "Starting…"} className="w-full sm:w-auto sm:self-start">
        {label}
      </SubmitButton>
      {!isResume ? (
        <p className="text-sm text-muted">
          {attemptsLeft === 1 ? (assignment.attemptsAllowed === 1 ? "You have one attempt." : "This is your last attempt.") : `${attemptsLeft} attempts left.`}
        </p>
      ) : null}
    </form>
  );
}
