import "server-only";

/**
 * The kinds of in-app notification and the links they carry: one place, so
 * the services that create them and the page that lists them agree.
 */
export const NOTIFICATION_KINDS = {
  /** To each enrolled student when a teacher sets an assignment. */
  newAssignment: "assignment_new",
  /** To each enrolled student when a teacher moves an assignment's due date. */
  dueDateChanged: "assignment_due_changed",
  /** To a student, once per assignment, when it is due within a day and not handed in. */
  dueSoon: "assignment_due_soon",
  /** To a student who took an assessment that holds its answers back, once its due date has passed and they are shown. */
  answersShown: "assignment_answers_shown",
  /** To each teacher of the class when a student submits, or an attempt is closed at its time limit. */
  submitted: "assignment_submitted",
  /** To each teacher of the class when a student leaves it. */
  studentLeft: "class_student_left",
  /** To a co-teacher when the class's owner hands the class over to them. */
  classHandedOver: "class_handed_over",
  /** To the class's owner when a co-teacher stops teaching it. */
  coTeacherLeft: "class_co_teacher_left",
  /** To a student when a teacher takes them off the class's roster. */
  removedFromClass: "class_student_removed",
  /** To a co-teacher when the class's owner takes them off its teachers. */
  removedAsCoTeacher: "class_co_teacher_removed",
} as const;

export const studentAssignmentHref = (assignmentId: string) => `/assignments/${assignmentId}`;
export const teacherClassHref = (classId: string) => `/teach/classes/${classId}`;
/** Where-conditions (any one) for a link to the class's teacher pages: the class page and every page under it. */
export const linksIntoTeacherClass = (classId: string) => [{ href: teacherClassHref(classId) }, { href: { startsWith: `${teacherClassHref(classId)}/` } }];
export const teacherAssignmentHref = (classId: string, assignmentId: string) => `${teacherClassHref(classId)}/assignments/${assignmentId}`;

/** A "student left" notice for each of a class's teachers, leading to the class: on leaving it, and on deleting the account. */
export function studentLeftNotices(classroom: { id: string; teachers: readonly { userId: string }[] }, text: { title: string; body: string }, now: Date) {
  return classroom.teachers.map((teacher) => ({ userId: teacher.userId, kind: NOTIFICATION_KINDS.studentLeft, ...text, href: teacherClassHref(classroom.id), createdAt: now }));
}

/** "30 Nov 2026, 17:00 GMT+5": a due date that reads the same whoever's clock it is shown on. */
export function formatDueDate(date: Date, timeZone = "UTC"): string {
  const zone = isKnownZone(timeZone) ? timeZone : "UTC";
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }).format(date);
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}
