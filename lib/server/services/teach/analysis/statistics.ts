/**
 * Classical item statistics for the teacher's item analysis. Pure (no
 * database, no server-only), so every figure is unit-tested with values
 * computed by hand in statistics.test.ts.
 *
 * Vocabulary: an "observation" is one student's answer to one item: whether
 * it was right, and that student's score on the rest of the quiz (the share
 * of the attempt's other items answered correctly, so attempts of different
 * lengths compare).
 */

/** Below this many answers an item's figures are noise: shown as "not enough answers yet". */
export const MIN_RESPONSES = 5;
/**
 * Answers before a negative discrimination is flagged: on five, one strong student's slip reads as −0.7, and
 * teachers were told to check a key that was right (UX review).
 */
export const MIN_RESPONSES_TO_DOUBT_KEY = 10;
/** A distractor chosen by fewer than this share of the students who saw it does no work. */
export const NON_FUNCTIONING_SHARE = 0.05;
/** Kelley's 27%: the share of students in each of the upper and lower groups. */
export const EXTREME_GROUP_SHARE = 0.27;

export interface Observation {
  isCorrect: boolean;
  /** The student's score on the other items of the same attempt, 0–1 (or any scale, as long as it is the same for all). */
  restScore: number;
}

/** Share of answers that were correct (0–1); null with no answers. */
export function facility(observations: readonly Pick<Observation, "isCorrect">[]): number | null {
  if (observations.length === 0) return null;
  return observations.filter((observation) => observation.isCorrect).length / observations.length;
}

/**
 * The (corrected) point-biserial correlation between getting the item right
 * and the rest score: Pearson's r of a 0/1 variable with a continuous one,
 * r = (M1 − M0) / s · √(p·q), with s the population standard deviation of
 * the rest scores. Null when it is undefined (everyone right, everyone wrong,
 * or all rest scores equal) or with fewer than `minResponses` answers.
 */
export function pointBiserial(observations: readonly Observation[], minResponses = MIN_RESPONSES): number | null {
  const n = observations.length;
  if (n < minResponses || n === 0) return null;
  const right = observations.filter((observation) => observation.isCorrect);
  const wrong = observations.filter((observation) => !observation.isCorrect);
  if (right.length === 0 || wrong.length === 0) return null;
  const mean = (values: readonly Observation[]) => values.reduce((sum, observation) => sum + observation.restScore, 0) / values.length;
  const all = mean(observations);
  const variance = observations.reduce((sum, observation) => sum + (observation.restScore - all) ** 2, 0) / n;
  if (variance <= 1e-12) return null;
  const p = right.length / n;
  return ((mean(right) - mean(wrong)) / Math.sqrt(variance)) * Math.sqrt(p * (1 - p));
}

/**
 * The upper–lower discrimination index D = p(upper) − p(lower): the students
 * are ranked by rest score, and the top and bottom `share` (27%, at least one
 * student each) are compared. Ties at the cut are broken by the input order,
 * so callers pass observations in a stable order. Null with fewer than
 * `minResponses` answers.
 */
export function upperLowerIndex(observations: readonly Observation[], minResponses = MIN_RESPONSES, share = EXTREME_GROUP_SHARE): number | null {
  const n = observations.length;
  if (n < minResponses || n < 2) return null;
  const size = Math.max(1, Math.round(n * share));
  const ranked = observations.map((observation, index) => ({ observation, index })).sort((a, b) => b.observation.restScore - a.observation.restScore || a.index - b.index);
  const shareRight = (group: readonly { observation: Observation }[]) => group.filter((entry) => entry.observation.isCorrect).length / group.length;
  return shareRight(ranked.slice(0, size)) - shareRight(ranked.slice(n - size));
}

/** One option as it was shown in some answers of an item, and how often it was chosen. */
export interface OptionTally {
  /** The option's text: option ids are reshuffled per quiz, so texts identify options across students. */
  text: string;
  isKey: boolean;
  /** Answers in which the option was shown. */
  shown: number;
  /** Answers that chose it. */
  chosen: number;
}

export interface OptionRate extends OptionTally {
  /** chosen / shown (0–1); null when never shown. */
  rate: number | null;
  /** A distractor chosen by under 5% of those who saw it (with enough answers to tell). */
  isNonFunctioning: boolean;
}

/**
 * Choice rate of every option, and which distractors do no work: chosen by
 * fewer than `NON_FUNCTIONING_SHARE` of the students who were shown them.
 * Only judged once the option was shown at least `minResponses` times.
 */
export function optionRates(tallies: readonly OptionTally[], minResponses = MIN_RESPONSES): OptionRate[] {
  return tallies.map((tally) => {
    const rate = tally.shown === 0 ? null : tally.chosen / tally.shown;
    return { ...tally, rate, isNonFunctioning: !tally.isKey && rate !== null && tally.shown >= minResponses && rate < NON_FUNCTIONING_SHARE };
  });
}

export type ItemFlag = "too_few_answers" | "negative_discrimination" | "non_functioning_distractor";

/** The flags a teacher should act on for one item. */
export function itemFlags(responses: number, discrimination: number | null, options: readonly OptionRate[], minResponses = MIN_RESPONSES): ItemFlag[] {
  if (responses < minResponses) return ["too_few_answers"];
  const flags: ItemFlag[] = [];
  if (discrimination !== null && discrimination < 0 && responses >= MIN_RESPONSES_TO_DOUBT_KEY) flags.push("negative_discrimination");
  if (options.some((option) => option.isNonFunctioning)) flags.push("non_functioning_distractor");
  return flags;
}
