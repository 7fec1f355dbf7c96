import { Card } from "@/components/ui/card";
import { ConfirmActionForm } from "./confirm-action-form";
import { CoTeacherForm } from "./co-teacher-form";
import type { ClassTeacherRow, FormAction } from "./types";

/** The class's teachers; the owner may add co-teachers by email, remove them, or hand the class over to one. */
export function TeacherList({
  classId,
  teachers,
  canManage,
  addAction,
  removeAction,
  handOverAction,
}: {
  classId: string;
  teachers: ClassTeacherRow[];
  /** Only the owner (or an admin) changes who teaches the class. */
  canManage: boolean;
  addAction: FormAction;
  removeAction: FormAction;
  handOverAction: FormAction;
}) {
  return (
    <Card aria-labelledby="teachers-heading" className="flex flex-col gap-3">
      <h2 id="teachers-heading" className="text-xl font-bold">
        Teachers
      </h2>
      <ul aria-labelledby="teachers-heading" className="flex flex-col divide-y divide-line">
        {teachers.map((teacher) => (
          <li key={teacher.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <p className="font-semibold">
                {teacher.name} <span className="font-normal text-muted">· {teacher.role === "owner" ? "owner" : "co-teacher"}</span>
              </p>
              <p className="break-all text-sm text-muted">{teacher.email}</p>
            </div>
            {canManage && teacher.role === "co" ? (
              <div className="flex flex-col gap-2 sm:max-w-sm sm:items-end">
                <ConfirmActionForm
                  id={`hand-over-${teacher.id}`}
                  action={handOverAction}
                  fields={{ classId, teacherId: teacher.id }}
                  openLabel={`Make ${teacher.name} the owner`}
                  question={
                    <p>
                      Hand this class over to {teacher.name}? They will manage its co-teachers and archive it; you stay on as a co-teacher, and
                      only they can undo this.
                    </p>
                  }
                  confirmLabel={`Yes, hand it to ${teacher.name}`}
                  tone="secondary"
                />
                <ConfirmActionForm
                  id={`remove-teacher-${teacher.id}`}
                  action={removeAction}
                  fields={{ classId, teacherId: teacher.id }}
                  openLabel={`Remove ${teacher.name}`}
                  question={<p>Stop {teacher.name} teaching this class? They lose access to its roster, assignments and results.</p>}
                  confirmLabel={`Yes, remove ${teacher.name}`}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage ? (
        <CoTeacherForm classId={classId} action={addAction} />
      ) : (
        <p className="text-sm text-muted">Only the class owner can add or remove co-teachers, or hand the class over.</p>
      )}
    </Card>
  );
}
