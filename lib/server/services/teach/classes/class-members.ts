import "server-only";
import type { Tx } from "@/lib/server/services/review/fsrs-memory";

export interface ClassMembers {
  /** Students on the roster now (not those who left or were removed). */
  studentIds: string[];
  /** The owner and co-teachers. */
  teacherIds: string[];
}

/** What the students and the teachers of a class are each told of a change to the whole class. */
export interface ClassNoticeText {
  title: string;
  students: { body: string; href: string | null };
  teachers: { body: string; href: string | null };
}

/**
 * The people told of a change to the whole class (archived, restored,
 * deleted): its current students and teachers, all but `exceptUserId`, who
 * made the change. Read inside the caller's transaction, with the change.
 */
export async function findClassMembers(tx: Tx, classId: string, exceptUserId: string): Promise<ClassMembers> {
  // One after the other: a transaction's queries share one connection.
  const students = await tx.enrollment.findMany({ where: { classId, removedAt: null, userId: { not: exceptUserId } }, select: { userId: true } });
  const teachers = await tx.classTeacher.findMany({ where: { classId, userId: { not: exceptUserId } }, select: { userId: true } });
  return { studentIds: students.map((row) => row.userId), teacherIds: teachers.map((row) => row.userId) };
}

/** Notification rows of `kind` for each of `members`: the students' text to the students, the teachers' to the teachers. */
export function classNotices(members: ClassMembers, kind: string, text: ClassNoticeText, now: Date) {
  return [
    ...members.studentIds.map((userId) => ({ userId, kind, title: text.title, ...text.students, createdAt: now })),
    ...members.teacherIds.map((userId) => ({ userId, kind, title: text.title, ...text.teachers, createdAt: now })),
  ];
}
