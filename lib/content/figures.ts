/**
 * Every number, year, month and day a fact writes must come from its sources.
 * This finds the figures (and month names) a learner-facing text writes that
 * none of its evidence gives: the cited paragraphs (in figures or in words),
 * the fact's date and the note on how that date was worked out, and the cited
 * articles' dates; and what a date says that its sources do not. A figure
 * worked out from the article ("last year" in March 2012 is 2011) passes once
 * the note says so, as the sources' README asks.
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

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Capitalised, so "may" and "a march" are not months (a sentence opening with
 * the verb "May" would be: our facts open with their subject); an
 * abbreviation needs its full stop ("Nov.", "Sept."), so "Jan Smit" is not one.
 */
const monthPattern = new RegExp(`\\b(?:(${monthNames.join("|")})\\b|(${monthNames.map((name) => name.slice(0, 3)).join("|")}|Sept)\\.)`, "g");

/** The month names in `text`, spelt out ("Nov." as "November"). */
function monthsIn(text: string): string[] {
  return [...text.matchAll(monthPattern)].flatMap((match) => monthNames.find((name) => name === match[1] || name.startsWith(match[2] ?? "\0")) ?? []);
}

/** The figures in `text`, as numbers print ("1,000" and "1000" alike, "03" as "3", "2.50" as "2.5"), and its month names. */
function figuresIn(text: string): string[] {
  const numbers = [...text.replace(/(\d),(?=\d{3}\b)/g, "$1").matchAll(/\d+(?:\.\d+)?/g)].map((match) => String(Number(match[0])));
  return [...numbers, ...monthsIn(text)];
}

/** The figures a source passage gives, written in figures or in words ("eight drone strikes"). */
function figuresGivenBy(passage: string): string[] {
  const inWords = [...passage.toLowerCase().matchAll(/\b[a-z]+\b/g)].flatMap((match) => numberWords[match[0]] ?? []);
  return [...figuresIn(passage), ...inWords];
}

/** A date's ISO values: its one value, or a range's bounds. */
function valuesOf(date: FactDate): string[] {
  return [date.value, date.from, date.to].flatMap((value) => value ?? []);
}

/** The month of an ISO date value by name ("2011-11-26" gives "November"); undefined for a year or a decade. */
function monthNameOf(value: string): string | undefined {
  const month = value.split("-")[1];
  return month === undefined ? undefined : monthNames[Number(month) - 1];
}

/** The figures of a date: its year, month and day numbers, its months' names, and any in its resolution note. */
export function figuresOfDate(date: FactDate): string[] {
  const values = valuesOf(date);
  const parts = values.flatMap((value) => value.split("-"));
  const months = values.flatMap((value) => monthNameOf(value) ?? []);
  return [...parts.flatMap(figuresIn), ...months, ...figuresIn(date.resolved ?? "")];
}

/**
 * The figures in `text` that no passage of `evidence` gives, each once, in order.
 *
 * @example
 * unsourcedFigures("the strike of November 2011", { passages: ["… on November 26, last year"], figures: ["2012", "3", "29"] }) // ["2011"]
 */
export function unsourcedFigures(text: string, evidence: Evidence): string[] {
  return notGiven(figuresIn(text), evidence);
}

/**
 * What a date says (its years, months by name and days) that no passage of
 * `evidence` gives: the date the figures of a fact are checked against must
 * itself come from the sources.
 */
export function unsourcedDateFigures(date: FactDate, evidence: Evidence): string[] {
  const said = valuesOf(date).flatMap((value) => {
    const [year = "", , day] = value.split("-");
    const monthName = monthNameOf(value);
    return [...figuresIn(year), ...(monthName === undefined ? [] : [monthName]), ...(day === undefined ? [] : figuresIn(day))];
  });
  return notGiven(said, evidence);
}

interface Evidence {
  passages: readonly string[];
  figures: readonly string[];
}

function notGiven(figures: string[], evidence: Evidence): string[] {
  const given = new Set([...evidence.passages.flatMap(figuresGivenBy), ...evidence.figures]);
  return [...new Set(figures)].filter((figure) => !given.has(figure));
}
