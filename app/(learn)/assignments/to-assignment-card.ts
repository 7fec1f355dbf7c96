import type { AssignmentStatusTone, StudentAssignmentCard } from "@/components/assignments/types";
import { dateLabel } from "@/components/teach/date-label";
import { countLabel } from "@/lib/format/count-label";
import type { MyAssignment } from "@/lib/server/services/learn/assignments/list-my-assignments";
import { ASSIGNMENT_STATUS_LABELS, isHandedInStatus, type AssignmentStatus } from "@/lib/server/services/teach/assignment-status";
import { relativeDayLabel } from "../relative-day-label";

const tones: Record<AssignmentStatus, AssignmentStatusTone> = {
  not_started: "todo",
  in_progress: "progress",
  in_progress_late: "late",
  submitted: "done",
  closed_at_due_date: "done",
  late: "late",
  missing: "missing",
  // Not expected of the student: no warning colour.
  before_joining: "upcoming",
  // A student who left no longer sees the class's assignments; here for completeness.
  left: "upcoming",
};

export const isHandedIn = (assignment: MyAssignment) => isHandedInStatus(assignment.status);

/** Work the student is expected to do now: open, not handed in, and not due before they joined the class. */
export const isToDo = (assignment: MyAssignment) => assignment.isOpen && !isHandedIn(assignment) && !assignment.isDueBeforeJoining;

/** "Assessment · 10 questions · 15-minute limit · 1 of 2 attempts used · best 8/10" */
export function assignmentDetail(assignment: MyAssignment): string {
  return [
    assignment.mode === "assessment" ? "Assessment" : "Practice",
    `${assignment.drawnCount ?? assignment.itemCount} questions`,
    assignment.timeLimitMinutes ? `${assignment.timeLimitMinutes}-minute limit` : null,
    `${assignment.attemptsUsed} of ${countLabel(assignment.attemptsAllowed, "attempt")} used`,
    assignment.best ? `best ${assignment.best.score}/${assignment.best.maxScore}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The status words and colour of a student's assignment ("Not open yet" before it opens). */
export function statusOf(assignment: MyAssignment): { label: string; tone: AssignmentStatusTone } {
  if (!assignment.isOpen) return { label: "Not open yet", tone: "upcoming" };
  return { label: ASSIGNMENT_STATUS_LABELS[assignment.status], tone: tones[assignment.status] };
}

/** The student's assignment as a dashboard card, with dates in their time zone. */
export function toAssignmentCard(assignment: MyAssignment, now: Date, timeZone: string | undefined): StudentAssignmentCard {
  const status = statusOf(assignment);
  const dueIn = relativeDayLabel(assignment.dueAt, now, timeZone);
  return {
    id: assignment.id,
    title: assignment.title,
    className: assignment.className,
    statusLabel: status.label,
    statusTone: status.tone,
    dueLabel: `due ${dateLabel(assignment.dueAt, timeZone, true)}`,
    dueHint: !assignment.isOpen
      ? `Opens ${relativeDayLabel(assignment.opensAt, now, timeZone)}`
      : isHandedIn(assignment) || assignment.isDueBeforeJoining
        ? ""
        : dueIn === "now"
          ? "Past due"
          : `Due ${dueIn}`,
    detail: assignmentDetail(assignment),
  };
}
