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
  /** To a teacher when the class's owner adds them as a co-teacher. */
  coTeacherAdded: "class_co_teacher_added",
  /** To each current student and teacher (but the one who did it) when the class is archived. */
  classArchived: "class_archived",
  /** To each current student and teacher (but the one who did it) when an archived class is restored. */
  classRestored: "class_restored",
  /** To each current student and teacher (but the one who did it) when the class is deleted. */
  classDeleted: "class_deleted",
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

/**
 * A date written into a notification's text: an ISO instant in a marker,
 * stored as such and written out in the reader's zone when the notification
 * is shown (renderNotificationText). Formatting it when the notification was
 * created used the zone of whoever caused it (the teacher's, or UTC), so one
 * student read one due date in three zones (UX review).
 *
 * @example
 * `${className} · due ${dateToken(dueAt)}` // "Year 10 · due {{at:2026-12-07T23:31:00.000Z}}"
 */
export function dateToken(date: Date): string {
  return `{{at:${date.toISOString()}}}`;
}

const DATE_TOKEN = /\{\{at:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\}\}/g;

/**
 * A notification's text with each dateToken written out in the reader's
 * `timeZone`: "8 Dec 2026, 04:31", as the dashboard shows dates. With no
 * known zone (the browser has not told us yet), or with `nameZone` (a file
 * read away from the app), the zone is named: "7 Dec 2026, 23:31 UTC".
 * Text without tokens (notifications from before them) comes back as it was.
 *
 * @example
 * renderNotificationText("Year 10 · due {{at:2026-12-07T23:31:00.000Z}}", "Asia/Karachi") // "Year 10 · due 8 Dec 2026, 04:31"
 */
export function renderNotificationText(text: string, timeZone: string | undefined, { nameZone = false } = {}): string {
  const isKnown = timeZone !== undefined && isKnownZone(timeZone);
  return text.replace(DATE_TOKEN, (token, iso: string) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return token;
    if (!isKnown || nameZone) return formatDueDate(date, timeZone);
    return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(date);
  });
}

/** "30 Nov 2026, 17:00 GMT+5": a date that reads the same whoever's clock it is shown on (in messages to the person who typed it, and in files). */
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
