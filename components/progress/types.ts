import type { AccuracyPoint } from "./accuracy-chart";

export type { AccuracyPoint };

/** The plain data of the progress page; the page maps the service's result onto it. */
export interface ModuleMasteryView {
  slug: string;
  title: string;
  learningFacts: number;
  masteredFacts: number;
  factsTotal: number;
  /** 0–1, or null before any answer. */
  accuracy: number | null;
}

export interface FactMasteryView {
  factId: string;
  text: string;
  level: "new" | "learning" | "mastered";
  seen: number;
  correct: number;
  /** "today", "in 4 days"…, or null when not scheduled. */
  dueLabel: string | null;
}

/** A module's practised facts, those still being learnt first. */
export interface FactGroupView {
  slug: string;
  title: string;
  factsTotal: number;
  masteredFacts: number;
  facts: FactMasteryView[];
}

export interface TopicView {
  label: string;
  /** 0–1: right / answered. */
  accuracy: number;
  right: number;
  answered: number;
}

export interface AttemptHistoryEntry {
  id: string;
  title: string;
  modeLabel: string;
  /** Already formatted for the reader. */
  whenLabel: string;
  /** The score ("7/10") of a handed-in quiz; how far an open one has got ("3 of 10 answered"). */
  resultLabel: string;
  isOpen: boolean;
  href: string;
}
