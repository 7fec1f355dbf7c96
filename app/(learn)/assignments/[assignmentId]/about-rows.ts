import type { SettingsRow } from "@/components/assignments/settings-list";
import { dateLabel } from "@/components/teach/date-label";
import { countLabel } from "@/lib/format/count-label";
import { FAIR_QUESTIONS_RUN_OUT } from "@/lib/format/fewer-questions";
import type { MyAssignmentDetail } from "@/lib/server/services/learn/assignments/get-my-assignment";

/** The settings of the student's assignment, in words, with dates in their time zone. */
export function aboutRows(assignment: MyAssignmentDetail, now: Date, timeZone: string | undefined): SettingsRow[] {
  const isAssessment = assignment.mode === "assessment";
  return [
    { label: "Modules", value: assignment.modules.map((module) => module.title) },
    { label: "Questions", value: questionsNote(assignment) },
    {
      label: "Mode",
      value: isAssessment ? "Assessment: answer everything, then submit. Your score comes after." : "Practice: each answer is checked as you go.",
    },
    { label: "Time limit", value: timeLimitNote(assignment) },
    {
      label: "Attempts",
      value: `${assignment.attemptsUsed} of ${assignment.attemptsAllowed} used${assignment.attemptsAllowed > 1 ? "; your best attempt counts" : ""}.`,
    },
    ...(isAssessment ? [{ label: "Answers", value: answersShown(assignment, now, timeZone) }] : []),
  ];
}

/** The count the student got once they have started: the engine draws fewer than were set rather than ask a fact twice (UX review). */
export function questionsNote(assignment: Pick<MyAssignmentDetail, "itemCount" | "drawnCount">): string {
  const drawn = assignment.drawnCount ?? assignment.itemCount;
  if (drawn >= assignment.itemCount) return `${drawn}, drawn just for you`;
  return `${drawn}, drawn just for you (not the ${assignment.itemCount} set: there were ${FAIR_QUESTIONS_RUN_OUT})`;
}

/** An assessment that closes at its due date counts down to it even without a time limit: say so, not "take your time" (UX review). */
export function timeLimitNote(assignment: Pick<MyAssignmentDetail, "timeLimitMinutes" | "closesAtDueDate">): string {
  if (assignment.timeLimitMinutes) {
    const handIn = assignment.closesAtDueDate ? "when time is up, or at the due date if that comes first" : "when time is up";
    return `${countLabel(assignment.timeLimitMinutes, "minute")} from when you press Start. The clock keeps running if you leave the page; ${handIn}, the answers you saved are handed in.`;
  }
  return assignment.closesAtDueDate ? "None, but it closes at the due date: the quiz counts down to it, and the answers you saved are handed in then." : "None. Take your time.";
}

/** When the answers show: said with the date, and as "now" once it has passed, when they are on each result (UX review). */
export function answersShown(assignment: Pick<MyAssignmentDetail, "showAnswersAfterDue" | "dueAt" | "attempts">, now: Date, timeZone: string | undefined): string {
  if (!assignment.showAnswersAfterDue) return "Shown as soon as you submit.";
  if (Date.parse(assignment.dueAt) > now.getTime()) {
    return `Shown after the due date, ${dateLabel(assignment.dueAt, timeZone, true)}, when the assessment closes: work under way is handed in then, as it stands.`;
  }
  // No attempt, no result to open (UX review): the page offers the lesson instead.
  return assignment.attempts.length === 0 ? "You did not hand this in before it closed, so there is no result to show them." : "Shown now that the due date has passed: open a result to see them.";
}

/** After an assessment closed with nothing handed in: the modules' lessons, as the next step; null otherwise. */
export function missedLessons(assignment: Pick<MyAssignmentDetail, "isClosed" | "attempts" | "modules">): { title: string; href: string }[] | null {
  if (!assignment.isClosed || assignment.attempts.length > 0) return null;
  return assignment.modules.map((module) => ({ title: module.title, href: `/lessons/${module.slug}` }));
}
