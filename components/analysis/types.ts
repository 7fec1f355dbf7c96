/** Plain, display-ready data for the analysis components (the pages map service results to these). */

export interface OptionView {
  text: string;
  isKey: boolean;
  /** 0–1, null when never shown. */
  rate: number | null;
  rateLabel: string;
  /** "3 of 40". */
  countLabel: string;
  isNonFunctioning: boolean;
}

export interface ItemRowView {
  /** 1-based number, the same on the chart's axis and in the table. */
  number: number;
  key: string;
  typeLabel: string;
  prompt: string;
  responses: number;
  /** Times it was left unanswered in a handed-in attempt. */
  unanswered: number;
  facility: number | null;
  facilityLabel: string;
  discriminationLabel: string;
  upperLowerLabel: string;
  /** Sentences a teacher can act on ("Stronger students got this wrong more often: check the key and wording."). */
  flags: string[];
  isFlagged: boolean;
  hasTooFewAnswers: boolean;
  options: OptionView[];
}

export interface ItemGroupView {
  id: string;
  title: string;
  items: ItemRowView[];
}

export interface FactRowView {
  slug: string;
  text: string;
  /** Null in a list of one module's facts. */
  moduleTitle: string | null;
  mastered: number;
  learning: number;
  notStarted: number;
  accuracyLabel: string;
  /** "12 answers". */
  answersLabel: string;
}

/** One module's practised facts, with what its disclosure says when closed. */
export interface FactGroupRowsView {
  key: string;
  title: string;
  /** "3 of 11 facts practised · accuracy 67% (12 answers)". */
  counts: string;
  facts: FactRowView[];
}
