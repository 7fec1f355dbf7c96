import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { isHandedInStatus } from "@/lib/server/services/teach/assignment-status";
import { findTaughtClass } from "@/lib/server/services/teach/class-access";
import { loadClassRecords } from "./class-records";
import type { Gradebook, GradebookAssignment, GradebookCell, GradebookRow } from "./types";

function percentOf(score: number | null, maxScore: number | null): number | null {
  return score === null || !maxScore ? null : (100 * score) / maxScore;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/**
 * The class's gradebook: every enrolled student × every assignment, each cell
 * with the status, the counted attempt's score, when it was handed in and
 * whether late (the rules of `assignmentStanding`), plus averages per
 * assignment, per student and for the class over handed-in work. A constant number of
 * queries whatever the class size.
 *
 * Students who left the class (or were removed) after handing work in keep a
 * row after the others, with `leftAt`: their handed-in work shows and counts
 * in the averages (it is the class's record), the rest of their row reads
 * "left", and nothing of theirs is missing. They are not among the class's
 * current students: `handedIn` and `studentCount` ("n of m handed in") count
 * current students only, and `handedInByLeavers` says how much work came from
 * those who left.
 *
 * @throws AppError 404 when the class does not exist or the actor does not teach it
 *
 * @example
 * const gradebook = await getGradebook(teacher, classId);
 */
export async function getGradebook(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<Gradebook> {
  const { db, now } = resolveOptions(options);
  const taughtClass = await findTaughtClass(db, actor, classId);
  const records = await loadClassRecords(db, taughtClass.id, now);

  const studentMeans: number[] = [];
  const rows: GradebookRow[] = records.students.map((student) => {
    const cells = records.assignments.map((assignment): GradebookCell => {
      const standing = records.standing(student.id, assignment.id);
      const isHandedIn = isHandedInStatus(standing.status);
      const counted = standing.countedAttempt;
      return {
        assignmentId: assignment.id,
        status: standing.status,
        attemptId: counted?.id ?? null,
        score: isHandedIn ? (counted?.score ?? 0) : null,
        maxScore: counted?.maxScore ?? null,
        scorePercent: isHandedIn ? rounded(percentOf(counted?.score ?? 0, counted?.maxScore ?? null)) : null,
        submittedAt: standing.submittedAt,
        isLate: standing.isLate,
        attemptsUsed: standing.attemptsUsed,
      };
    });
    const average = mean(cells.flatMap((cell) => (cell.scorePercent === null ? [] : [percentOf(cell.score, cell.maxScore) ?? 0])));
    if (average !== null) studentMeans.push(average);
    return {
      student: { id: student.id, name: student.name, email: student.email },
      leftAt: student.leftAt,
      cells,
      averagePercent: rounded(average),
      missing: cells.filter((cell) => cell.status === "missing").length,
      late: cells.filter((cell) => cell.status === "late").length,
    };
  });

  const assignments = records.assignments.map((assignment, index): GradebookAssignment => {
    const cells = rows.map((row) => row.cells[index] as GradebookCell);
    const handedIn = cells.filter((cell) => cell.scorePercent !== null);
    // The counts are of the current students; the average is of all the handed-in work on record.
    const current = cells.filter((_, rowIndex) => rows[rowIndex]?.leftAt === null);
    const currentHandedIn = current.filter((cell) => cell.scorePercent !== null).length;
    return {
      id: assignment.id,
      title: assignment.title,
      mode: assignment.mode,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      averagePercent: rounded(mean(handedIn.map((cell) => percentOf(cell.score, cell.maxScore) ?? 0))),
      handedIn: currentHandedIn,
      handedInByLeavers: handedIn.length - currentHandedIn,
      late: current.filter((cell) => cell.status === "late").length,
      missing: current.filter((cell) => cell.status === "missing").length,
    };
  });

  return {
    classId: taughtClass.id,
    className: taughtClass.name,
    assignments,
    rows,
    studentCount: rows.filter((row) => row.leftAt === null).length,
    averagePercent: rounded(mean(studentMeans)),
    missing: rows.reduce((sum, row) => sum + row.missing, 0),
    asOf: now,
  };
}
