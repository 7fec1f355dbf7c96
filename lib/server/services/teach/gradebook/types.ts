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
  /** Mean score (0–100) of the handed-in work; null while nothing is handed in. */
  averagePercent: number | null;
  handedIn: number;
  late: number;
  missing: number;
}

/** One student's standing on one assignment. */
export interface GradebookCell {
  assignmentId: string;
  status: AssignmentStatus;
  /** The counted attempt (best finished, else the open one), for the drill-in; null when none. */
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
  /** Enrolled students (not removed), ordered by name. */
  rows: GradebookRow[];
  /** Mean of the students' averages (0–100), over students with handed-in work; null while there is none. */
  averagePercent: number | null;
  /** Missing work across the class. */
  missing: number;
  /** The moment the standings were computed (missing = past due at this time). */
  asOf: Date;
}
