import { Card } from "@/components/ui/card";
import { ConfirmActionForm } from "./confirm-action-form";
import type { FormAction, RosterStudent } from "./types";

/** The students in the class, each with a confirmed "Remove". */
export function RosterList({
  classId,
  students,
  joinCode,
  removeAction,
}: {
  classId: string;
  students: RosterStudent[];
  joinCode: string;
  removeAction: FormAction;
}) {
  return (
    <Card aria-labelledby="roster-heading" className="flex flex-col gap-3">
      <h2 id="roster-heading" className="text-xl font-bold">
        Students <span className="font-normal text-muted">({students.length})</span>
      </h2>
      {students.length === 0 ? (
        <p className="text-muted">
          No students yet. Share the code <span className="font-mono font-semibold text-ink">{joinCode}</span> or the join link; students appear here as
          they join.
        </p>
      ) : (
        <ul aria-labelledby="roster-heading" className="flex flex-col divide-y divide-line">
          {students.map((student) => (
            <li key={student.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold">{student.name}</p>
                <p className="break-all text-sm text-muted">{student.email}</p>
                <p className="text-sm text-muted">Joined {student.joinedLabel}</p>
              </div>
              <ConfirmActionForm
                id={`remove-${student.id}`}
                action={removeAction}
                fields={{ classId, studentId: student.id }}
                openLabel={`Remove ${student.name}`}
                question={
                  <p>
                    Remove {student.name} from this class? They stop seeing its assignments; their past work is kept. They can rejoin with the class code
                    unless you get a new code.
                  </p>
                }
                confirmLabel={`Yes, remove ${student.name}`}
              />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
