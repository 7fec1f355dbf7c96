import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassAssignments } from "@/components/teach/class-assignments";
import { ClassNotice } from "@/components/teach/class-notice";
import { ConfirmActionForm } from "@/components/teach/confirm-action-form";
import { dateLabel } from "@/components/teach/date-label";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RosterList } from "@/components/teach/roster-list";
import { TeacherList } from "@/components/teach/teacher-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { isHttpsRequest } from "@/lib/server/auth/environment";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { listClassAssignments } from "@/lib/server/services/teach/assignments/list-class-assignments";
import { getClassRoster } from "@/lib/server/services/teach/classes/get-class-roster";
import { learnerTimeZone } from "@/app/(learn)/learner-time-zone";
import {
  addCoTeacherAction,
  archiveClassAction,
  deleteClassAction,
  handOverClassAction,
  removeCoTeacherAction,
  removeStudentAction,
  restoreClassAction,
  rotateJoinCodeAction,
  stopCoTeachingAction,
} from "./actions";

type Params = Promise<{ classId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const modeLabels = { practice: "Practice", assessment: "Assessment" } as const;

/** The class for the signed-in teacher, once per request (the title and the page share it); 404 when not theirs. */
const loadRoster = cache(async (classId: string) => {
  const user = await requireRole("teacher", "admin");
  try {
    return { user, roster: await getClassRoster(user, classId) };
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { roster } = await loadRoster((await params).classId);
  return { title: roster.name };
}

/** Where this request was addressed, for the full join link the teacher shares. */
async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers();
  return `${isHttpsRequest(requestHeaders) ? "https" : "http"}://${requestHeaders.get("host") ?? "localhost"}`;
}

export default async function ClassPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  // Someone else's class and a missing one are the same 404 (loadRoster).
  const { user, roster } = await loadRoster((await params).classId);
  const [assignments, { notice }, timeZone, origin] = await Promise.all([
    listClassAssignments(user, roster.id),
    searchParams,
    learnerTimeZone(),
    requestOrigin(),
  ]);
  const isArchived = roster.archivedAt !== null;
  const isOwner = roster.access !== "co";
  const ownerName = roster.teachers.find((teacher) => teacher.role === "owner")?.name ?? "its owner";

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/teach" className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          ← Your classes
        </Link>
      </p>
      <PageHeader title={roster.name} lead={roster.description ?? undefined} />
      <ClassNotice notice={notice} />
      {isArchived ? (
        <Alert tone="warn">
          <p>This class is archived{roster.archivedAt ? ` (since ${dateLabel(roster.archivedAt, timeZone)})` : ""}. Nobody can join it; its roster and results are kept.</p>
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <JoinCodePanel
          classId={roster.id}
          joinCode={roster.joinCode}
          joinUrl={`${origin}${roster.joinPath}`}
          isArchived={isArchived}
          rotateAction={rotateJoinCodeAction}
        />
        <ClassAssignments
          classId={roster.id}
          isArchived={isArchived}
          assignments={assignments.map((assignment) => ({
            id: assignment.id,
            title: assignment.title,
            dueLabel: dateLabel(assignment.dueAt, timeZone, true),
            modeLabel: modeLabels[assignment.mode],
            submittedCount: assignment.submittedCount,
            studentCount: assignment.studentCount,
          }))}
        />
      </div>

      <RosterList
        classId={roster.id}
        joinCode={roster.joinCode}
        students={roster.students.map((student) => ({ ...student, joinedLabel: dateLabel(student.joinedAt, timeZone) }))}
        removeAction={removeStudentAction}
      />

      <TeacherList
        classId={roster.id}
        teachers={roster.teachers}
        canManage={isOwner}
        addAction={addCoTeacherAction}
        removeAction={removeCoTeacherAction}
        handOverAction={handOverClassAction}
      />

      {isOwner ? (
        <Card aria-labelledby="archive-heading" className="flex flex-col gap-3">
          <h2 id="archive-heading" className="text-xl font-bold">
            {isArchived ? "Restore this class" : "Archive this class"}
          </h2>
          <p className="text-muted">
            {isArchived
              ? "Restoring brings the class back to your current classes, and its code works again."
              : "At the end of the course, archive the class: nobody can join it, it leaves your students' class lists, and its roster and results are kept. You can restore it later."}
          </p>
          {isArchived ? (
            <>
              <ConfirmActionForm
                id="restore-class"
                action={restoreClassAction}
                fields={{ classId: roster.id }}
                openLabel="Restore class"
                question={<p>Restore {roster.name}? Students can join with its code again.</p>}
                confirmLabel="Yes, restore it"
                tone="secondary"
              />
              <p className="text-muted">
                Or delete it for good: its roster, assignments and gradebook go. Students keep their own quizzes and progress.
              </p>
              <ConfirmActionForm
                id="delete-class"
                action={deleteClassAction}
                fields={{ classId: roster.id }}
                openLabel="Delete class"
                question={<p>Delete {roster.name} for good? This cannot be undone.</p>}
                confirmLabel="Yes, delete it"
              />
            </>
          ) : (
            <ConfirmActionForm
              id="archive-class"
              action={archiveClassAction}
              fields={{ classId: roster.id }}
              openLabel="Archive class"
              question={<p>Archive {roster.name}? Its code stops working and students no longer see it.</p>}
              confirmLabel="Yes, archive it"
            />
          )}
        </Card>
      ) : (
        <Card aria-labelledby="stop-teaching-heading" className="flex flex-col gap-3">
          <h2 id="stop-teaching-heading" className="text-xl font-bold">
            No longer teaching this class?
          </h2>
          <p className="text-muted">
            Leave it: {roster.name} goes from your classes, and {ownerName}, who owns it, is told and can add you again.
          </p>
          <ConfirmActionForm
            id="stop-co-teaching"
            action={stopCoTeachingAction}
            fields={{ classId: roster.id }}
            openLabel="Stop teaching this class"
            question={<p>Stop teaching {roster.name}? You lose access to its roster, assignments and results.</p>}
            confirmLabel="Yes, stop teaching it"
          />
        </Card>
      )}
    </div>
  );
}
