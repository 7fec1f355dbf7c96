/** Plain, display-ready data for the gradebook components (the page maps service results to these). */

import type { AnswerPart } from "@/components/quiz/types";

export type CellStatus = "not_started" | "in_progress" | "in_progress_late" | "submitted" | "closed_at_due_date" | "late" | "missing" | "before_joining" | "left";

export interface GradebookCellView {
  status: CellStatus;
  statusLabel: string;
  /** "80%" when handed in, else null. */
  scoreLabel: string | null;
  /** "4/5". */
  pointsLabel: string | null;
  submittedLabel: string | null;
  /** The drill-in link, when there is an attempt to show. */
  href: string | null;
}

export interface GradebookColumnView {
  id: string;
  title: string;
  dueLabel: string;
  averageLabel: string;
  /** "12 of 30 handed in · 2 late · 3 missing · 1 from a student who left" (counts of the current students, then of those who left). */
  countsLabel: string;
  analysisHref: string;
}

export interface GradebookRowView {
  studentId: string;
  name: string;
  /** "Left the class on 3 Dec 2026" for a student who left after handing work in; null for a current student. */
  leftLabel: string | null;
  averageLabel: string;
  missing: number;
  cells: GradebookCellView[];
}

/** The class-average row under the Average and Missing columns. */
export interface GradebookSummaryView {
  /** Mean of the students' averages, "—" while nothing is handed in. */
  averageLabel: string;
  /** Missing work across the class. */
  missing: number;
}

/** A sortable column header: the link that sorts by it, and whether it is the current sort. */
export interface SortLink {
  href: string;
  /** "ascending" | "descending" when the table is sorted by this column. */
  current: "ascending" | "descending" | null;
  /** The order the link sorts in, for its label. */
  next: "ascending" | "descending";
}

export type Verdict = "right" | "wrong" | "unanswered";

/** One item of a student's attempt, as the teacher's drill-in shows it. */
export interface DrillInItemView {
  position: number;
  typeLabel: string;
  prompt: string;
  /** The statement (true or false) or the sentence with its blank, when the prompt alone does not show the question. */
  detail: string | null;
  /** Choice items: every option shown, marked. */
  options: { text: string; isChosen: boolean; isCorrect: boolean }[];
  verdict: Verdict;
  yourAnswer: string | null;
  expected: string;
  /** "2 of 4 in the right place". */
  partialLabel: string | null;
  /** Ordering and matching: each position or pair, as given and as it should be. */
  parts: AnswerPart[] | null;
  /** "12 s" or "about 12 s" (estimated from answer times). */
  timeLabel: string | null;
}
