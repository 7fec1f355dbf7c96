import { dateLabel } from "@/components/teach/date-label";
import type { GradebookColumnView, GradebookRowView, GradebookSummaryView, SortLink } from "@/components/gradebook/types";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/server/services/teach/assignment-status";
import type { Gradebook, GradebookRow } from "@/lib/server/services/teach/gradebook/types";
import { gradebookSortSchema } from "@/lib/validation/gradebook";

const percent = (value: number | null) => (value === null ? "—" : `${value}%`);

/** The gradebook as the table shows it: labels formatted in the teacher's time zone, links to the drill-in and analysis. */
export function toGradebookView(
  gradebook: Gradebook,
  rows: GradebookRow[],
  timeZone: string | undefined,
): { columns: GradebookColumnView[]; rows: GradebookRowView[]; summary: GradebookSummaryView } {
  return {
    summary: { averageLabel: percent(gradebook.averagePercent), missing: gradebook.missing },
    columns: gradebook.assignments.map((assignment) => ({
      id: assignment.id,
      title: assignment.title,
      dueLabel: dateLabel(assignment.dueAt.toISOString(), timeZone, true),
      averageLabel: percent(assignment.averagePercent),
      // Of the current students; work from students who left is counted apart (it is in the average).
      countsLabel: [
        `${assignment.handedIn} of ${gradebook.studentCount} handed in`,
        assignment.late ? `${assignment.late} late` : "",
        assignment.missing ? `${assignment.missing} missing` : "",
        assignment.handedInByLeavers ? `${assignment.handedInByLeavers} from ${assignment.handedInByLeavers === 1 ? "a student" : "students"} who left` : "",
      ]
        .filter(Boolean)
        .join(" · "),
      analysisHref: `/teach/assignments/${assignment.id}/analysis`,
    })),
    rows: rows.map((row) => ({
      studentId: row.student.id,
      name: row.student.name,
      leftLabel: row.leftAt ? `Left the class on ${dateLabel(row.leftAt.toISOString(), timeZone)}` : null,
      averageLabel: percent(row.averagePercent),
      missing: row.missing,
      cells: row.cells.map((cell) => ({
        status: cell.status,
        statusLabel: ASSIGNMENT_STATUS_LABELS[cell.status],
        scoreLabel: cell.scorePercent === null ? null : `${cell.scorePercent}%`,
        pointsLabel: cell.score === null ? null : `${cell.score}/${cell.maxScore ?? "?"}`,
        submittedLabel: cell.submittedAt ? dateLabel(cell.submittedAt.toISOString(), timeZone, true) : null,
        href: cell.attemptId ? `/teach/attempts/${cell.attemptId}` : null,
      })),
    })),
  };
}

/** For each sortable column, the link that sorts by it (the current column's link flips the direction). */
export function sortLinksFor(gradebook: Gradebook, query: unknown): Record<string, SortLink> {
  const { sort, dir } = gradebookSortSchema.parse(query ?? {});
  const keys = ["name", "average", "missing", ...gradebook.assignments.map((assignment) => `a:${assignment.id}`)];
  return Object.fromEntries(
    keys.map((key) => {
      const isCurrent = key === sort;
      // Scores read best-first by default; names A–Z.
      const nextDir = isCurrent ? (dir === "asc" ? "desc" : "asc") : key === "name" ? "asc" : "desc";
      const link: SortLink = {
        href: `?sort=${encodeURIComponent(key)}&dir=${nextDir}`,
        current: isCurrent ? (dir === "asc" ? "ascending" : "descending") : null,
        next: nextDir === "asc" ? "ascending" : "descending",
      };
      return [key, link];
    }),
  );
}
