/** The plain data the dashboard shows; the page maps the service's result onto it. */
export interface DashboardModule {
  slug: string;
  title: string;
  /** Facts answered at least once, right or wrong. */
  factsPractised: number;
  factsMastered: number;
  factsTotal: number;
}

/** Where "continue" leads: an unfinished quiz, or the next lesson. */
export interface ContinueTarget {
  /** The card's small heading: "Continue where you left off", "Start here", "Up next". */
  kicker: string;
  title: string;
  detail: string;
  href: string;
  actionLabel: string;
}

export interface ReviewDue {
  dueNow: number;
  /** "tomorrow", "in 3 days"…, or null when nothing is scheduled. */
  nextDueLabel: string | null;
}

export interface Streak {
  /** Consecutive days with an answer, up to today (or yesterday, until today ends). */
  days: number;
  answeredToday: boolean;
}
