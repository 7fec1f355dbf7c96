import "server-only";
import type { Db } from "@/lib/server/db";
import { closeExpiredAttempts } from "@/lib/server/services/learn/close-expired-attempts";
import { attemptOutcome } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { assignmentStanding, firstJoinOf, type Membership, type Standing } from "@/lib/server/services/teach/assignment-status";
import type { GradebookStudent } from "./types";

/**
 * The set-based read behind the gradebook, its CSV export and the item
 * analysis: the class's students, the class's assignments and every attempt
 * on them, whatever the class size; attempts past their time limit are
 * closed first (`closeExpiredAttempts`), so those count as handed in.
 * Standings are computed in memory with `assignmentStanding`, with each
 * student's membership (work due before they first joined is not expected of
 * them). Four queries when nothing needed closing. Internal: callers have
 * already checked that the actor teaches the class.
 *
 * The students are those enrolled now and, after them, those who left the
 * class (or were removed) having handed in work on these assignments: that
 * work stays on the class's record (`leftAt` set; only handed-in work counts
 * for them). A student who left with nothing handed in is not among them.
 */

export interface AttemptRow {
  id: string;
  userId: string;
  assignmentId: string;
  attemptNumber: number;
  /** An AttemptOutcome: an expired attempt reads `expired` (its time limit) or `closed_at_due_date`. */
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
}

export interface AssignmentRow {
  id: string;
  title: string;
  mode: string;
  showAnswersAfterDue: boolean;
  packId: string;
  moduleSlugs: string;
  factSlugs: string | null;
  opensAt: Date;
  dueAt: Date;
}

export interface RecordStudent extends GradebookStudent {
  /** When they first joined the class. */
  joinedAt: Date;
  /** When they left the class or were removed; null while enrolled. */
  leftAt: Date | null;
}

export interface ClassRecords {
  /** Enrolled students by name, then students who left with handed-in work, by name. */
  students: RecordStudent[];
  assignments: AssignmentRow[];
  /** Every attempt on these assignments, by `${userId}:${assignmentId}` (read it for `students` only). */
  attemptsByCell: Map<string, AttemptRow[]>;
  standing(userId: string, assignmentId: string): Standing & { countedAttempt: AttemptRow | null };
}

export function cellKey(userId: string, assignmentId: string): string {
  return `${userId}:${assignmentId}`;
}

/**
 * @param only restricts the read to one assignment (the per-assignment analysis)
 */
export async function loadClassRecords(db: Db, classId: string, now: Date, only?: { assignmentId: string }): Promise<ClassRecords> {
  const assignmentWhere = only ? { classId, id: only.assignmentId } : { classId };
  const [enrollments, assignments] = await Promise.all([
    db.enrollment.findMany({
      where: { classId },
      select: { joinedAt: true, firstJoinedAt: true, removedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.assignment.findMany({
      where: assignmentWhere,
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, mode: true, showAnswersAfterDue: true, packId: true, moduleSlugs: true, factSlugs: true, opensAt: true, dueAt: true },
    }),
  ]);
  const assignmentIds = assignments.map((assignment) => assignment.id);
  if (assignmentIds.length > 0) await closeExpiredAttempts(db, { assignmentId: { in: assignmentIds } }, now);
  const attempts =
    assignmentIds.length === 0
      ? []
      : await db.attempt.findMany({
          where: { assignmentId: { in: assignmentIds } },
          select: { id: true, userId: true, assignmentId: true, attemptNumber: true, status: true, startedAt: true, deadlineAt: true, submittedAt: true, score: true, maxScore: true },
        });

  // Handed in: submitted, or closed at its time limit (closed just above when it was due to be).
  const handedInBy = new Set(attempts.flatMap((attempt) => (attempt.status === "in_progress" ? [] : [attempt.userId])));
  const byName = (a: GradebookStudent, b: GradebookStudent) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email);
  const toStudent = (enrollment: (typeof enrollments)[number]): RecordStudent => ({ ...enrollment.user, joinedAt: firstJoinOf(enrollment), leftAt: enrollment.removedAt });
  const students = [
    ...enrollments.filter((enrollment) => !enrollment.removedAt).map(toStudent).sort(byName),
    ...enrollments.filter((enrollment) => enrollment.removedAt && handedInBy.has(enrollment.user.id)).map(toStudent).sort(byName),
  ];
  const membershipOf = new Map<string, Membership>(students.map((student) => [student.id, { joinedAt: student.joinedAt, leftAt: student.leftAt }]));
  const assignmentById = new Map(assignments.map((assignment) => [assignment.id, assignment]));
  const attemptsByCell = new Map<string, AttemptRow[]>();
  for (const attempt of attempts) {
    if (!attempt.assignmentId) continue;
    const key = cellKey(attempt.userId, attempt.assignmentId);
    const list = attemptsByCell.get(key) ?? [];
    const { deadlineAt, ...row } = attempt;
    list.push({ ...row, assignmentId: attempt.assignmentId, status: attemptOutcome({ status: attempt.status, deadlineAt }, assignmentById.get(attempt.assignmentId) ?? null) });
    attemptsByCell.set(key, list);
  }

  return {
    students,
    assignments,
    attemptsByCell,
    standing(userId, assignmentId) {
      const rows = attemptsByCell.get(cellKey(userId, assignmentId)) ?? [];
      const dueAt = assignmentById.get(assignmentId)?.dueAt;
      if (!dueAt) throw new Error(`assignment ${assignmentId} is not in these records`);
      const standing = assignmentStanding(rows, dueAt, now, membershipOf.get(userId));
      // assignmentStanding returns one of the objects it was given: find its row again for the id.
      const countedAttempt = rows.find((row) => row === standing.counted) ?? null;
      return { ...standing, countedAttempt };
    },
  };
}
