import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { closeExpiredAttempts } from "@/lib/server/services/learn/close-expired-attempts";
import { findTaughtClass } from "../class-access";

export interface ClassAssignmentSummary {
  id: string;
  title: string;
  /** ISO timestamps. */
  dueAt: string;
  opensAt: string;
  mode: "practice" | "assessment";
  /** Students still in the class who have handed in at least one attempt (submitted, or closed at its time limit). */
  submittedCount: number;
  /** Students enrolled and not removed. */
  studentCount: number;
}

/**
 * The assignments of a class the actor teaches, latest due date first, with
 * how many of the current students have handed each in. Attempts past their
 * time limit are closed first, so the counts match what a timer would leave.
 *
 * @throws AppError 404 (no such class, or not the actor's)
 * @example
 * const assignments = await listClassAssignments(teacher, classId);
 */
export async function listClassAssignments(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<ClassAssignmentSummary[]> {
  const { db, now } = resolveOptions(options);
  const taughtClass = await findTaughtClass(db, actor, classId);
  const [assignments, students] = await Promise.all([
    db.assignment.findMany({
      where: { classId: taughtClass.id },
      orderBy: [{ dueAt: "desc" }, { createdAt: "desc" }],
      select: { id: true, title: true, dueAt: true, opensAt: true, mode: true },
    }),
    db.enrollment.findMany({ where: { classId: taughtClass.id, removedAt: null }, select: { userId: true } }),
  ]);
  if (assignments.length === 0) return [];
  const assignmentIds = assignments.map((assignment) => assignment.id);
  await closeExpiredAttempts(db, { assignmentId: { in: assignmentIds } }, now);

  const studentIds = students.map((student) => student.userId);
  const handedIn = await db.attempt.findMany({
    where: { assignmentId: { in: assignmentIds }, userId: { in: studentIds }, status: { in: ["submitted", "expired"] } },
    distinct: ["assignmentId", "userId"],
    select: { assignmentId: true },
  });
  const submittedBy = new Map<string, number>();
  for (const row of handedIn) if (row.assignmentId) submittedBy.set(row.assignmentId, (submittedBy.get(row.assignmentId) ?? 0) + 1);

  return assignments.map((assignment) => ({
    id: assignment.id,
    title: assignment.title,
    dueAt: assignment.dueAt.toISOString(),
    opensAt: assignment.opensAt.toISOString(),
    mode: assignment.mode === "assessment" ? "assessment" : "practice",
    submittedCount: submittedBy.get(assignment.id) ?? 0,
    studentCount: studentIds.length,
  }));
}
