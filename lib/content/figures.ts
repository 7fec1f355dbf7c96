/**
 * Every number, year and day a fact writes must come from its sources. This
 * finds the figures a learner-facing text writes that none of its evidence
 * gives: the cited paragraphs (in figures or in words), the fact's date and
 * the note on how that date was worked out, and the cited articles' dates.
 * A figure worked out from the article ("last year" in March 2012 is 2011)
 * passes once the note says so, as the sources' README asks.
 */
import type { FactDate } from "./schema";

const numberWords: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  twenty: "20",
  dozen: "12",
};

/** The figures in `text`, as numbers print ("1,000" and "1000" alike, "03" as "3", "2.50" as "2.5"). */
function figuresIn(text: string): string[] {
  return [...text.replace(/(\d),(?=\d{3}\b)/g, "$1").matchAll(/\d+(?:\.\d+)?/g)].map((match) => String(Number(match[0])));
}

/** The figures a source passage gives, written in figures or in words ("eight drone strikes"). */
function figuresGivenBy(passage: string): string[] {
  const inWords = [...passage.toLowerCase().matchAll(/\b[a-z]+\b/g)].flatMap((match) => numberWords[match[0]] ?? []);
  return [...figuresIn(passage), ...inWords];
}

/** The figures of a date: its year, month and day numbers, and any in its resolution note. */
export function figuresOfDate(date: FactDate): string[] {
  const parts = [date.value, date.from, date.to].flatMap((value) => (value === undefined ? [] : value.split("-")));
  return [...parts.flatMap(figuresIn), ...figuresIn(date.resolved ?? "")];
}

/**
 * The figures in `text` that no passage of `evidence` gives, each once, in order.
 *
 * @example
 * unsourcedFigures("the strike of November 2011", { passages: ["… on November 26, last year"], figures: ["2012", "3", "29"] }) // ["2011"]
 */
export function unsourcedFigures(text: string, evidence: { passages: readonly string[]; figures: readonly string[] }): string[] {
  const given = new Set([...evidence.passages.flatMap(figuresGivenBy), ...evidence.figures]);
  return [...new Set(figuresIn(text))].filter((figure) => !given.has(figure));
}
