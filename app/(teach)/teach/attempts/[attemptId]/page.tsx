import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptItemList } from "@/components/gradebook/attempt-item-list";
import { dateLabel } from "@/components/teach/date-label";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { learnerTimeZone } from "@/app/(learn)/learner-time-zone";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { ATTEMPT_OUTCOME_LABELS } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { getAttemptForTeacher } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";
import { toDrillInItems } from "./to-drill-in-view";

export const metadata: Metadata = { title: "Student attempt" };

export default async function TeacherAttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireRole("teacher", "admin");
  const [{ attemptId }, timeZone] = await Promise.all([params, learnerTimeZone()]);
  const attempt = await getAttemptForTeacher(user, attemptId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const answered = attempt.items.filter((item) => item.isAnswered).length;

  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <p>
        <Link
          href={`/teach/classes/${attempt.assignment.classId}/gradebook`}
          className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline"
        >
          ← Gradebook of {attempt.assignment.className}
        </Link>
      </p>
      <PageHeader title={`${attempt.student.name}: ${attempt.assignment.title}`} lead={`Attempt ${attempt.attemptNumber}`} />
      <Card aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Status</dt>
          <dd>
            {ATTEMPT_OUTCOME_LABELS[attempt.outcome]}
            {attempt.isLate ? <span className="font-semibold text-warn"> · late</span> : null}
          </dd>
          <dt className="font-semibold">Score</dt>
          <dd className="tabular-nums">{attempt.score === null ? `${answered} of ${attempt.items.length} answered so far` : `${attempt.score} / ${attempt.maxScore}`}</dd>
          <dt className="font-semibold">Started</dt>
          <dd>{dateLabel(attempt.startedAt.toISOString(), timeZone, true)}</dd>
          <dt className="font-semibold">Handed in</dt>
          <dd>{attempt.submittedAt ? dateLabel(attempt.submittedAt.toISOString(), timeZone, true) : "—"}</dd>
          <dt className="font-semibold">Due</dt>
          <dd>{dateLabel(attempt.assignment.dueAt.toISOString(), timeZone, true)}</dd>
          {attempt.studentLeftAt ? (
            <>
              <dt className="font-semibold">Student</dt>
              <dd>Left the class on {dateLabel(attempt.studentLeftAt.toISOString(), timeZone)}: their handed-in work stays on record.</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <AttemptItemList items={toDrillInItems(attempt.items)} />
    </div>
  );
}
