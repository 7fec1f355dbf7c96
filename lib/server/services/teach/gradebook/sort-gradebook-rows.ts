import { gradebookSortSchema } from "@/lib/validation/gradebook";
import type { Gradebook, GradebookRow } from "./types";

/** Missing values (no score yet) sort after every number, whichever the direction. */
function compareNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return sign * (a - b);
}

/**
 * The gradebook's rows in the order the page asked for (`?sort=…&dir=…`,
 * parsed here so a hand-edited link falls back to sorting by name). Ties are
 * broken by name so the order is stable. Students who left the class stay
 * below the current ones, sorted the same way among themselves.
 */
export function sortGradebookRows(gradebook: Pick<Gradebook, "rows" | "assignments">, query: unknown): GradebookRow[] {
  const { sort, dir } = gradebookSortSchema.parse(query ?? {});
  const sign = dir === "desc" ? -1 : 1;
  const byName = (a: GradebookRow, b: GradebookRow) => a.student.name.localeCompare(b.student.name) || a.student.email.localeCompare(b.student.email);
  const column = sort.startsWith("a:") ? gradebook.assignments.findIndex((assignment) => assignment.id === sort.slice(2)) : -1;
  const key = (row: GradebookRow): number | null => {
    if (sort === "average") return row.averagePercent;
    if (sort === "missing") return row.missing;
    return column >= 0 ? (row.cells[column]?.scorePercent ?? null) : null;
  };
  const hasLeft = (row: GradebookRow) => (row.leftAt === null ? 0 : 1);
  return [...gradebook.rows].sort(
    (a, b) => hasLeft(a) - hasLeft(b) || (sort === "name" ? sign * byName(a, b) : compareNullable(key(a), key(b), sign) || byName(a, b)),
  );
}
