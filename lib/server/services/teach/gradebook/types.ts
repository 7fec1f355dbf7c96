/**
 * What the gradebook services return: plain data for pages and components
 * (types only, so components may `import type` them).
 */
import type { AssignmentStatus } from "@/lib/server/services/teach/assignment-status";

export type { AssignmentStatus } from "@/lib/server/services/teach/assignment-status";

export interface GradebookStudent {
  id: string;
  name: string;
  email: string;
}

export interface GradebookAssignment {
  id: string;
  title: string;
  mode: string;
  opensAt: Date;
  dueAt: Date;
  /** Mean score (0–100) of the handed-in work (students who left included); null while nothing is handed in. */
  averagePercent: number | null;
  /** Current students who handed it in (of `Gradebook.studentCount`). */
  handedIn: number;
  /** Students who left the class after handing it in (their work is in the average, not in `handedIn`). */
  handedInByLeavers: number;
  late: number;
  missing: number;
}

/** One student's standing on one assignment. */
export interface GradebookCell {
  assignmentId: string;
  status: AssignmentStatus;
  /** The counted attempt (best finished, else the open one; for a student who left, only a handed-in one), for the drill-in; null when none. */
  attemptId: string | null;
  score: number | null;
  maxScore: number | null;
  /** 0–100, rounded; null until an attempt is handed in. */
  scorePercent: number | null;
  submittedAt: Date | null;
  isLate: boolean;
  attemptsUsed: number;
}

export interface GradebookRow {
  student: GradebookStudent;
  /** When the student left the class (or was removed); null for a current student. Only their handed-in work shows. */
  leftAt: Date | null;
  /** In the order of `Gradebook.assignments`. */
  cells: GradebookCell[];
  /** Mean of the handed-in scores (0–100); missing work is counted separately, not as zero. */
  averagePercent: number | null;
  missing: number;
  late: number;
}

export interface Gradebook {
  classId: string;
  className: string;
  /** Ordered by due date, earliest first. */
  assignments: GradebookAssignment[];
  /** Enrolled students (not removed), ordered by name; then students who left after handing work in, by name. */
  rows: GradebookRow[];
  /** Current students: the rows with `leftAt` null. */
  studentCount: number;
  /** Mean of the students' averages (0–100), over students with handed-in work; null while there is none. */
  averagePercent: number | null;
  /** Missing work across the class. */
  missing: number;
  /** The moment the standings were computed (missing = past due at this time). */
  asOf: Date;
}
