import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AssignmentRow } from "./types";

const linkClasses = "inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline";

/** The class's assignments with hand-in counts, and the ways into assignments (none new while archived), gradebook and analysis. */
export function ClassAssignments({ classId, assignments, isArchived }: { classId: string; assignments: AssignmentRow[]; isArchived: boolean }) {
  const base = `/teach/classes/${classId}`;
  return (
    <Card aria-labelledby="assignments-heading" className="flex flex-col gap-3">
      <h2 id="assignments-heading" className="text-xl font-bold">
        Assignments
      </h2>
      {assignments.length === 0 ? (
        <p className="text-muted">
          No assignments yet. Set one on one or more modules, with a due date. Once students have answered, the class analysis can set
          them a review of the facts they find hardest.
        </p>
      ) : (
        <ul aria-labelledby="assignments-heading" className="flex flex-col divide-y divide-line">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="flex flex-col gap-1 py-3">
              <Link href={`${base}/assignments/${assignment.id}`} className={linkClasses}>
                {assignment.title}
              </Link>
              <p className="text-sm text-muted">
                {assignment.modeLabel} · due {assignment.dueLabel} · {assignment.submittedCount} of {assignment.studentCount} handed in
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center sm:gap-4">
        {isArchived ? null : (
          <LinkButton href={`${base}/assignments/new`} className="w-full sm:w-auto">
            New assignment
          </LinkButton>
        )}
        <Link href={`${base}/gradebook`} className={linkClasses}>
          Gradebook
        </Link>
        {/* Named as the page it opens: "Item analysis" is one assignment's, from the gradebook. */}
        <Link href={`${base}/analysis`} className={linkClasses}>
          Class analysis
        </Link>
      </div>
    </Card>
  );
}
