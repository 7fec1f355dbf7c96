import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { DueDateForm } from "@/components/assignments/due-date-form";
import { SettingsList } from "@/components/assignments/settings-list";
import { itemTypeLabels } from "@/components/quiz/types";
import { ConfirmActionForm } from "@/components/teach/confirm-action-form";
import { dateLabel, dateTimeFieldValue } from "@/components/teach/date-label";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { itemTypes } from "@/lib/engine";
import { countLabel } from "@/lib/format/count-label";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getAssignment } from "@/lib/server/services/teach/assignments/get-assignment";
import { learnerTimeZone } from "../../../../../../(learn)/learner-time-zone";
import { changeDueDateAction, deleteAssignmentAction } from "./actions";

type Params = Promise<{ classId: string; assignmentId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Who heard of the change: with nobody in the class yet, the teacher learns that students who join will find it. */
function announcedTo(studentCount: number, verb: "notified" | "told"): string {
  return studentCount === 0
    ? "No student has joined the class yet: students who join will find it on their dashboard."
    : `Every student in the class has been ${verb}.`;
}

const linkClasses = "inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline";

/** The teacher's assignment, once per request (the title and the page share it); 404 when not theirs. */
const loadAssignment = cache(async (classId: string, assignmentId: string) => {
  const user = await requireRole("teacher", "admin");
  const assignment = await getAssignment(user, assignmentId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  // The class in the address must be the assignment's own: no second URL for the same page.
  if (assignment.classId !== classId) notFound();
  return assignment;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { classId, assignmentId } = await params;
  return { title: (await loadAssignment(classId, assignmentId)).title };
}

export default async function TeacherAssignmentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { classId, assignmentId } = await params;
  const assignment = await loadAssignment(classId, assignmentId);
  const [query, timeZone] = await Promise.all([searchParams, learnerTimeZone()]);
  const zoneNote = timeZone ? "" : " (UTC)";
  const types = assignment.types.length === itemTypes.length ? "All types" : assignment.types.map((type) => itemTypeLabels[type]).join(", ");

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${assignment.classId}`} className={linkClasses}>
          ← {assignment.className}
        </Link>
      </p>
      <PageHeader title={assignment.title} lead={`${assignment.mode === "assessment" ? "Assessment" : "Practice"} for ${assignment.className}.`} />
      {query.created ? <Alert tone="good">Assignment set. {announcedTo(assignment.studentCount, "notified")}</Alert> : null}
      {query["due-changed"] ? <Alert tone="good">Due date changed. {announcedTo(assignment.studentCount, "told")}</Alert> : null}
      <Card aria-labelledby="settings-heading" className="flex flex-col gap-4">
        <h2 id="settings-heading" className="text-xl font-bold">
          Settings
        </h2>
        <SettingsList
          rows={[
            { label: "Modules", value: assignment.modules.map((module) => module.title) },
            ...(assignment.factCount !== null ? [{ label: "Facts", value: countLabel(assignment.factCount, "chosen fact") }] : []),
            { label: "Questions", value: `${assignment.itemCount} per student, each student's own quiz` },
            { label: "Question types", value: types },
            { label: "Attempts", value: assignment.attemptsAllowed === 1 ? "1 attempt" : `${assignment.attemptsAllowed} attempts, the best counts` },
            { label: "Time limit", value: assignment.timeLimitMinutes ? `${countLabel(assignment.timeLimitMinutes, "minute")} from the start` : "None" },
            { label: "Opens", value: `${dateLabel(assignment.opensAt, timeZone, true)}${zoneNote}` },
            { label: "Due", value: `${dateLabel(assignment.dueAt, timeZone, true)}${zoneNote}` },
            {
              label: "Answers",
              value: assignment.mode === "practice" ? "Shown after each answer (practice)" : assignment.showAnswersAfterDue ? "Shown after the due date" : "Shown once a student submits",
            },
          ]}
        />
      </Card>
      <Card aria-labelledby="due-date-heading" className="flex flex-col gap-4">
        <h2 id="due-date-heading" className="text-xl font-bold">
          Due date
        </h2>
        {assignment.dueDateLockedReason ? (
          <p className="text-muted">{assignment.dueDateLockedReason}</p>
        ) : (
          <DueDateForm
            action={changeDueDateAction.bind(null, assignment.classId, assignment.id)}
            dueAt={dateTimeFieldValue(assignment.dueAt, timeZone)}
            timeZone={timeZone ?? "UTC"}
            zoneNote={zoneNote}
          />
        )}
      </Card>
      <p>
        <Link href={`/teach/classes/${assignment.classId}/gradebook`} className={linkClasses}>
          See results in the gradebook
        </Link>
      </p>
      {assignment.deleteLockedReason ? null : (
        <Card aria-labelledby="delete-heading" className="flex flex-col gap-3">
          <h2 id="delete-heading" className="text-xl font-bold">
            Delete this assignment
          </h2>
          <p className="text-muted">No student has started it yet. Set by mistake? Delete it, and it leaves your students&apos; lists and the gradebook.</p>
          <ConfirmActionForm
            id="delete-assignment"
            action={deleteAssignmentAction.bind(null, assignment.id)}
            fields={{}}
            openLabel="Delete assignment"
            question={<p>Delete {assignment.title}? Students who were told about it will no longer see it.</p>}
            confirmLabel="Yes, delete it"
          />
        </Card>
      )}
    </div>
  );
}
