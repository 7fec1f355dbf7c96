/**
 * What the analysis services return: plain data for pages and components
 * (types only, so components may `import type` them).
 */
import type { ItemType } from "@/lib/engine";
import type { ItemFlag, OptionRate } from "./statistics";

export type { ItemFlag, OptionRate } from "./statistics";

/**
 * One item across the class. Every student gets their own quiz, so an item is
 * identified by what it tests: its type and the fact(s) it asks about. The
 * same fact asked as multiple choice and as a typed answer are two items.
 */
export interface ItemStats {
  /** `${type}|${fact slugs}`: stable across students and quizzes. */
  key: string;
  type: ItemType;
  factSlugs: string[];
  /** The most common wording the students saw. */
  prompt: string;
  responses: number;
  /** Times it was left unanswered in a handed-in attempt (not among `responses`). */
  unanswered: number;
  correct: number;
  /** Share correct (0–1); null with no answers. */
  facility: number | null;
  /** Corrected point-biserial; null with too few answers or no spread. */
  discrimination: number | null;
  /** Upper–lower 27% index; null with too few answers. */
  upperLower: number | null;
  /** Choice items only: every option seen, with its choice rate. */
  options: OptionRate[];
  flags: ItemFlag[];
}

export interface ItemAnalysisGroup {
  /** The module of the items' (first) fact; null for facts no live module holds. */
  moduleSlug: string | null;
  title: string;
  /** Weakest first (lowest facility), items with too few answers last. */
  items: ItemStats[];
}

export interface ItemAnalysis {
  classId: string;
  className: string;
  /** Set for the per-assignment analysis. */
  assignment: { id: string; title: string; dueAt: Date } | null;
  /** Handed-in attempts analysed (one per student and assignment: the one that counts). */
  attemptsAnalysed: number;
  groups: ItemAnalysisGroup[];
}

export interface FactMasteryRow {
  slug: string;
  text: string;
  /** The first module that groups it (see `FactMastery.modules`), named where a list mixes modules. */
  moduleTitle: string;
  /** Students by mastery level (the learner's rule: `masteryOf`). */
  mastered: number;
  learning: number;
  notStarted: number;
  /** mastered / enrolled students (0–1). */
  masteredShare: number;
  /** Answers the enrolled students have given on the fact, and how many were right. */
  answers: number;
  correct: number;
  /** correct / answers; null before anyone answered. */
  accuracy: number | null;
}

export interface FactMasteryModule {
  slug: string;
  title: string;
  /** Slugs of the covered facts grouped under the module, in teaching order. */
  factSlugs: string[];
}

export interface FactMastery {
  classId: string;
  className: string;
  students: number;
  /** The facts the class's assignments cover, in module order, each once. */
  facts: FactMasteryRow[];
  /** The modules that group `facts` for reading, in pack order: a fact of two assigned modules is in both. */
  modules: FactMasteryModule[];
  /** Practised facts with the lowest accuracy (then lowest mastery) first. */
  weakest: FactMasteryRow[];
}
