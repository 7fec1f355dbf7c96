/**
 * Fact dates as intervals of days: formatting in British English, overlap
 * tests (two dates are only in a certain order when their intervals do not
 * overlap), distractor dates and typed-date parsing. Pure: calendar maths
 * uses Date.UTC only, never the clock.
 */
import { parseTypedNumber } from "./numbers";
import type { FactDate, LoadedFact } from "./types";

/** A closed interval of days since 1970-01-01 (UTC). */
export interface DayInterval {
  start: number;
  end: number;
}

const monthNames = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const dayMs = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / dayMs;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split("-").map(Number);
  return { year: year ?? 0, month, day };
}

function boundInterval(value: string): DayInterval {
  if (/^\d{3}0s$/.test(value)) {
    const decade = Number(value.slice(0, 4));
    return { start: dayNumber(decade, 1, 1), end: dayNumber(decade + 9, 12, 31) };
  }
  const { year, month, day } = parts(value);
  if (month === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  if (day === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
  const at = dayNumber(year, month, day);
  return { start: at, end: at };
}

/**
 * The days a fact date may refer to: a day is one day, a month every day of it, a range from the start of `from` to the end of `to`.
 *
 * @example
 * dateInterval({ precision: "month", value: "2011-11" }) // { start: 15279, end: 15308 }
 */
export function dateInterval(date: FactDate): DayInterval {
  if (date.precision === "range") {
    return { start: boundInterval(date.from ?? "0000").start, end: boundInterval(date.to ?? date.from ?? "0000").end };
  }
  return boundInterval(date.value ?? "0000");
}

/** True when two intervals share at least one day, so their order is uncertain. */
export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function formatBound(value: string): string {
  if (/^\d{3}0s$/.test(value)) return `the ${value}`;
  const { year, month, day } = parts(value);
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthNames[month - 1]} ${year}`;
  return `${day} ${monthNames[month - 1]} ${year}`;
}

/**
 * A date as a reader writes it: "26 November 2011", "November 2011", "2011", "the 1980s", "November to December 2014".
 *
 * @example
 * formatDate({ precision: "day", value: "2011-05-02" }) // "2 May 2011"
 */
export function formatDate(date: FactDate): string {
  if (date.precision === "range") return rangeBounds(date).join(" to ");
  return formatBound(date.value ?? "");
}

/**
 * A role's date as a reader sees it after the title, or undefined when the
 * title gives it already ("2014 Nobel Peace Prize laureate").
 */
export function roleDateAfterTitle(role: { title: string; date: FactDate }): string | undefined {
  const date = formatDate(role.date);
  return role.title.includes(date) ? undefined : date;
}

/** A range's two bounds as written, with a year or month they share written once: "26" and "28 March 2012", "November" and "December 2014". */
function rangeBounds(date: FactDate): [string, string] {
  const [from, to] = [date.from ?? "", date.to ?? ""];
  const end = formatBound(to);
  const a = parts(from);
  const b = parts(to);
  const sharesYear = !/s$/.test(from) && !/s$/.test(to) && a.year === b.year && a.month !== undefined && b.month !== undefined;
  if (sharesYear && a.month === b.month && a.day !== undefined && b.day !== undefined) return [String(a.day), end];
  if (sharesYear && a.day === undefined && b.day === undefined) return [monthNames[(a.month ?? 1) - 1] ?? "", end];
  return [formatBound(from), end];
}

/**
 * A date as an adverbial phrase that can open or end a sentence: "on 2 May 2011", "in 2011", "between November and December 2014".
 *
 * @example
 * datePhrase({ precision: "month", value: "2012-03" }) // "in March 2012"
 */
export function datePhrase(date: FactDate): string {
  if (date.precision === "range") return `between ${rangeBounds(date).join(" and ")}`;
  return `${date.precision === "day" ? "on" : "in"} ${formatBound(date.value ?? "")}`;
}

/**
 * The fact's date as its sentence words it when the sentence dates a period
 * from it or a standing situation at it: "after 2001" for "After 2001, the
 * United States wanted …", "as of 2024" for "… (as of 2024)"; "in 2001" would
 * pin a standing view to one year. Otherwise `datePhrase`.
 */
export function factDatePhrase(fact: Pick<LoadedFact, "date" | "marks" | "plainText">): string {
  const worded = wordedRange(fact);
  if (worded) return worded.phrase;
  const opened = openedPeriod(fact);
  return opened ? `${opened.opener} ${opened.mark.text}` : datePhrase(fact.date);
}

/**
 * The fact's date as a question or a lesson shows it: as its sentence words it when that is a range
 * the source leaves unbounded ("during the Cold War") or only approximate ("late 2014"), see
 * `wordedRange`; else `formatDate`.
 */
export function factDateText(fact: Pick<LoadedFact, "date" | "marks" | "plainText">): string {
  return wordedRange(fact)?.text ?? formatDate(fact.date);
}

/**
 * True when the text dates itself: it names a year or decade, or names the fact's era as `factDateText`
 * words it, with any preposition ("in the Cold War" for "during the Cold War").
 */
export function writesItsDate(text: string, fact: Pick<LoadedFact, "date" | "marks" | "plainText">): boolean {
  return namesADate(text) || wordsItsEra(text, fact);
}

/** True when the text words the fact's date as `factDateText` does, with any preposition ("in the Cold War" for "during the Cold War"). */
export function wordsItsEra(text: string, fact: Pick<LoadedFact, "date" | "marks" | "plainText">): boolean {
  return text.toLowerCase().includes(factDateText(fact).toLowerCase().replace(/^(during|from|since|in)\s+/, ""));
}

/** A range date as its fact's sentence words it: `text` shows it, `phrase` sets it in a sentence. */
interface WordedRange {
  text: string;
  phrase: string;
}

/**
 * A range date as the fact's sentence words it, when the range's bounds are our reading, not the
 * source's: "between 1947 and 1991, Pakistan sided with the United States" would state them as the
 * source's (the alliance began in 1954), and "November to December 2014" would do so for "late 2014".
 * That is when the sentence names an era ("during the Cold War"), opens a period with its own
 * preposition ("from 1989", "since the Cold War"), gives only a rough time ("late 2014", "autumn
 * 2010", "late September or early October 2010"), a window the date falls in ("some time between 2011
 * and June 2012", "in the last week of March 2012") or gives years ("1979-1989"). Undefined for other dates.
 */
function wordedRange(fact: Pick<LoadedFact, "date" | "marks" | "plainText">): WordedRange | undefined {
  if (fact.date.precision !== "range") return undefined;
  const mark = fact.marks.find((candidate) => candidate.ref.type === "date");
  if (!mark) return undefined;
  if (/^(from|since|during)\s/i.test(mark.text)) {
    const own = `${mark.text[0]?.toLowerCase()}${mark.text.slice(1)}`;
    return { text: own, phrase: own };
  }
  const years = /^(\d{4})[-–](\d{4})$/.exec(mark.text);
  if (years) return { text: `${years[1]} to ${years[2]}`, phrase: `from ${years[1]} to ${years[2]}` };
  if (/^(late|early|mid|the end of|the start of|spring|summer|autumn|winter)\b/i.test(mark.text)) {
    const preposition = /\bto\b/.test(mark.text) ? "from" : /^the\b/i.test(mark.text) ? "at" : "in";
    return { text: mark.text, phrase: `${preposition} ${mark.text}` };
  }
  // A window the date falls in, not a period it lasted: "2011 to June 2012" read as an aid suspension that
  // ended in June 2012, and "26 to 28 March 2012" as a three-day meeting (lesson audit of 6 December).
  if (/^between\s/i.test(mark.text)) return { text: mark.text, phrase: mark.text };
  const opener = /\b(between|the (?:first|last) week of)\s+$/i.exec(fact.plainText.slice(0, mark.start))?.[1]?.toLowerCase();
  if (opener) {
    const text = `${opener} ${mark.text}`;
    return { text, phrase: opener === "between" ? text : `in ${text}` };
  }
  if (/\d/.test(mark.text)) return undefined;
  const era = /\bthe\s+$/i.test(fact.plainText.slice(0, mark.start)) ? `during the ${mark.text}` : `during ${mark.text}`;
  return { text: era, phrase: era };
}

type PeriodOpener = "after" | "since" | "as of";

/**
 * "after" or "since" when the fact's sentence dates a period from its date ("After 2001, …"), "as of"
 * when it dates a standing situation at it ("… (as of 2024)"), else undefined.
 */
export function periodOpener(fact: Pick<LoadedFact, "marks" | "plainText">): PeriodOpener | undefined {
  return openedPeriod(fact)?.opener;
}

/** The date mark and the word before it that opens a period, when there is one. */
function openedPeriod(fact: Pick<LoadedFact, "marks" | "plainText">): { opener: PeriodOpener; mark: LoadedFact["marks"][number] } | undefined {
  const mark = fact.marks.find((candidate) => candidate.ref.type === "date");
  const word = mark ? /\b(after|since|as of)\s+$/i.exec(fact.plainText.slice(0, mark.start))?.[1] : undefined;
  return mark && word ? { opener: word.toLowerCase() as PeriodOpener, mark } : undefined;
}

/**
 * Words before a date that make it a moment at which something held or was reported, not when it
 * happened: "By 2014 the TTP had killed thousands", "Pakistan repeated its demand, as reported in
 * March 2012". After "after" or "since" it opens a period, which any earlier date opens as well:
 * "After 1997, the United States wanted insurgent networks wiped out" is true too.
 */
const heldAtOpener = /\b(by|as of|until|throughout|after|since|as (described|named|reported) in)\s+((late|early|mid|the end of)\s+)?$/i;
/** A date note saying the fact stands beyond its date: "a standing judgement, dated to the article". */
const standingNote = /\b(standing|state of affairs|under way|in force|continuing|ongoing|dated to (its year|the article))\b/i;
/** A date note saying the fact was seen at its date ("the state of relations at the date of the factbox"). */
const seenAtNote = /\b(at (the (date|time) of|its date)|as (it|they) stood|current at)\b/i;
/** A date note saying someone judged or claimed something then: a moment, whatever it is about. */
const actNote = /\b(judgement|view|observation|characterisation|forecast|claim)\b/i;

/**
 * True when the fact's date is a moment at which a state of affairs held (a
 * role, a name, a policy as it stood, a count "by" a date) or a report saw it,
 * not when something happened or was said. Another moment fits the sentence
 * as well ("In _____ Barack Obama was President"), so the date cannot be
 * asked for.
 */
export function datesAState(fact: Pick<LoadedFact, "kind" | "date" | "marks" | "plainText">): boolean {
  if (fact.kind === "person-role" || fact.kind === "definition") return true;
  const mark = fact.marks.find((candidate) => candidate.ref.type === "date");
  if (mark && heldAtOpener.test(fact.plainText.slice(0, mark.start))) return true;
  const note = fact.date.resolved ?? "";
  // An expert's view is dated by when they gave it; a situation stated as fact ("Pakistan could not
  // afford to press its leverage in 2010") held at other times too, whoever judged it.
  const isDatedAct = fact.kind === "expert-view" && actNote.test(note);
  return standingNote.test(note) || (seenAtNote.test(note) && !isDatedAct);
}

/** The single calendar year a date falls in, or undefined when it spans several. */
export function singleYear(date: FactDate): number | undefined {
  const interval = dateInterval(date);
  const startYear = yearOfDay(interval.start);
  return startYear === yearOfDay(interval.end) ? startYear : undefined;
}

/** The calendar year of a day counted from 1970-01-01. */
export function yearOfDay(day: number): number {
  return new Date(day * dayMs).getUTCFullYear();
}

/** True when a text names a year or a decade ("in 2011", "the 1990s"): it needs no date added. */
export function namesADate(text: string): boolean {
  return yearsMentioned(text).length > 0 || /\b\d{3}0s\b/.test(text);
}

/** Every four-digit year written in a text, for checking that a stem's dates agree with its options. */
export function yearsMentioned(text: string): number[] {
  return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((match) => Number(match[1]));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Plausible wrong dates of the same precision as `date`, nearest first: other
 * days of the same month, other months of the same year, nearby years or
 * decades. The caller removes any that a fact shows to be true.
 *
 * @example
 * candidateDates({ precision: "year", value: "2011" })[0] // { precision: "year", value: "2010" }
 */
export function candidateDates(date: FactDate): FactDate[] {
  const value = date.value ?? "";
  switch (date.precision) {
    case "day": {
      const { year, month = 1, day = 1 } = parts(value);
      const length = daysInMonth(year, month);
      const offsets = [2, -2, 5, -5, 9, -9, 13, -13, 1, -1, 17, -17];
      return offsets
        .map((offset) => day + offset)
        .filter((d) => d >= 1 && d <= length)
        .map((d) => ({ precision: "day", value: `${year}-${pad(month)}-${pad(d)}` }));
    }
    case "month": {
      const { year, month = 1 } = parts(value);
      const offsets = [2, -2, 4, -4, 6, -6, 3, -3, 8, -8, 1, -1];
      return offsets
        .map((offset) => month + offset)
        .filter((m) => m >= 1 && m <= 12)
        .map((m) => ({ precision: "month", value: `${year}-${pad(m)}` }));
    }
    case "year": {
      const year = Number(value);
      return [2, -2, 4, -4, 1, -1, 6, -6, 3, -3].map((offset) => ({ precision: "year", value: String(year + offset) }));
    }
    case "decade": {
      const decade = Number(value.slice(0, 4));
      return [10, -10, 20, -20, 30, -30].map((offset) => ({ precision: "decade", value: `${decade + offset}s` }));
    }
    case "range":
      return [];
  }
}

/** The year, and for a day the month, that a question writes of the date it asks for. */
export interface AskedDateParts {
  year?: number;
  month?: number;
}

/**
 * What `question` writes of `expected`: its year, and its month with the year ("in March 2012"), so
 * that a learner need not type them again. Nothing for a date asked to the month or coarser.
 */
export function askedDateParts(question: string, expected: FactDate): AskedDateParts {
  if (expected.precision !== "day" || expected.value === undefined) return {};
  const { year, month } = parts(expected.value);
  if (!new RegExp(`\\b${year}\\b`).test(question)) return {};
  const monthName = month === undefined ? undefined : monthNames[month - 1];
  return monthName !== undefined && new RegExp(`\\b${monthName},? ${year}\\b`, "i").test(question) ? { year, month } : { year };
}

/** A date typed by a learner, as far as it was given. */
export interface TypedDate {
  year?: number;
  month?: number;
  day?: number;
  decade?: number;
}

const decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

const monthByPrefix = new Map(monthNames.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1]));

/**
 * Reads a typed date in the usual forms: "2011", "May 2011", "2 May 2011",
 * "May 2, 2011", "2nd of May 2011", "2011-05-02", "02/05/2011", "26/11/11", "twenty fourteen", "1980s",
 * "the 80s", "9/11"; a weekday may lead a full date ("Saturday 26 November
 * 2011") when it is that date's. Every reading, the likelier first: digits
 * that make a date either way round ("9/11/2001") are read day first, as in
 * Britain, and month first, as in the United States. Empty when nothing
 * date-like is found.
 *
 * @example
 * readTypedDate("May 2nd, 2011") // [{ year: 2011, month: 5, day: 2 }]
 * readTypedDate("9/11/2001") // [{ day: 9, month: 11, year: 2001 }, { day: 11, month: 9, year: 2001 }]
 * readTypedDate("the 28th", { year: 2012, month: 3 }) // [{ year: 2012, month: 3, day: 28 }]
 */
export function readTypedDate(text: string, asked: AskedDateParts = {}): TypedDate[] {
  const reading = (date: TypedDate | null): TypedDate[] => (date ? [date] : []);
  // "By the end of 2014", "in May 2011": the preposition is the learner's, not part of the date.
  // "In the year 2009" is 2009 (eleventh quiz audit of 7 December: "year 2009" was marked wrong).
  const bare = text
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(/^(?:(?:by|in|at|on|around|during|from|since)\s+)+/i, "")
    .replace(/^(?:the\s+)?year\s+(?=\d{4}$)/i, "");
  // "26.11.2011" is a date with dots, not three numbers: read before dots become spaces.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(bare);
  const input = (dotted ? `${dotted[1]}/${dotted[2]}/${dotted[3]}` : bare)
    .toLowerCase()
    .replace(/[,.!?]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    // "Late November 2011", "early 2014" name the month or year all the same.
    .replace(/^(?:late|early|mid) ?-?(?=[a-z]+ \d{4}$|\d{4}$)/, "")
    .trim();
  let match = /^(?:the )?['’]?(\d{2}|\d{4})['’]?s$/.exec(input);
  if (match?.[1]) {
    const digits = match[1];
    const decade = digits.length === 4 ? Number(digits) : 1900 + Number(digits);
    return decade % 10 === 0 ? [{ decade }] : [];
  }
  // A decade as its first and last years: "1980-1989", "1980 to 1989".
  match = /^(\d{3})0 ?(?:-|–|to) ?(\d{3})9$/.exec(input);
  if (match?.[1] && match[1] === match[2]) return [{ decade: Number(match[1]) * 10 }];
  // "The eighties", or spelled out in full: "the nineteen eighties".
  const decadeWord = decadeWords.indexOf(input.replace(/^the /, "").replace(/^nineteen[ -]?/, ""));
  if (decadeWord >= 0) return [{ decade: 1920 + 10 * decadeWord }];
  // The name the attacks of 11 September 2001 go by, which a learner may well type for their date.
  if (input === "9/11") return [{ year: 2001, month: 9, day: 11 }];
  match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(input);
  if (match) return reading(checked({ year: Number(match[1]), month: Number(match[2]), day: match[3] ? Number(match[3]) : undefined }));
  // "7/2011": a month and year, written as on a form.
  match = /^(\d{1,2})[/-](\d{4})$/.exec(input);
  if (match) return reading(checked({ year: Number(match[2]), month: Number(match[1]) }));
  match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/.exec(input);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), fullYear(match[3] ?? "")];
    const readings = [...reading(checked({ day: first, month: second, year })), ...reading(checked({ day: second, month: first, year }))];
    return first === second ? readings.slice(0, 1) : readings;
  }
  match = /^(\d{4})$/.exec(input);
  if (match) return [{ year: Number(match[1]) }];
  const spoken = spokenYear(input);
  if (spoken !== undefined) return [{ year: spoken }];
  // "The end of 2014" is its last month, as the sources write a planned date.
  match = /^(?:the )?end(?: of |-)(\d{4})$/.exec(input);
  if (match) return [{ year: Number(match[1]), month: 12 }];
  // "The end of March 2012" is in March 2012.
  match = /^(?:the )?(?:end|beginning|start|middle) of ([a-z]+ \d{4})$/.exec(input);
  if (match?.[1]) return readTypedDate(match[1], asked);

  const words = input.replace(/\b(\d{1,2})(st|nd|rd|th)\b/g, "$1").replace(/\b(of|the|on|in)\b/g, " ").split(/\s+/).filter(Boolean);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let weekday: number | undefined;
  for (const word of words) {
    if (/^\d{4}$/.test(word)) year = Number(word);
    else if (weekday === undefined && weekdayOf(word) !== undefined) weekday = weekdayOf(word);
    else if (/^\d{1,2}$/.test(word)) day = Number(word);
    else if (monthByPrefix.has(word.slice(0, 3)) && monthNames.some((name) => name.toLowerCase().startsWith(word))) {
      month = monthByPrefix.get(word.slice(0, 3));
    } else return [];
  }
  // "28 March" or "the 28th" for "On what date in March 2012 …?": the question gave the rest.
  year ??= asked.year;
  if (day !== undefined) month ??= asked.month;
  if (year === undefined) return [];
  if (day !== undefined && month === undefined) return [];
  const date = checked({ year, month, day });
  // A weekday belongs to one day: with no day, or another day's weekday, the learner named some other date.
  if (weekday !== undefined && (date?.day === undefined || new Date(Date.UTC(year, (month ?? 1) - 1, day)).getUTCDay() !== weekday)) return [];
  return reading(date);
}

/** A year written with two digits, as on a form ("26/11/11"): this century up to 2049, the last one after. */
function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length === 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
}

/**
 * A year in words, as a learner may type or dictate it: "two thousand and nine", "twenty fourteen",
 * "nineteen eighty" (tenth quiz audit of 7 December: a year in words was marked wrong where a count in
 * words passed). Undefined for anything else.
 */
function spokenYear(input: string): number | undefined {
  if (!/^[a-z -]+$/.test(input)) return undefined;
  const words = input.replace(/-/g, " ").split(" ").filter(Boolean);
  const century = { nineteen: 19, twenty: 20 }[words[0] ?? ""];
  const rest = words.length > 1 ? parseTypedNumber(words.slice(1).join(" ")) : null;
  if (century !== undefined && rest !== null && rest >= 10 && rest <= 99 && Number.isInteger(rest)) return century * 100 + rest;
  const whole = parseTypedNumber(input);
  return whole !== null && Number.isInteger(whole) && whole >= 1000 && whole <= 2100 ? whole : undefined;
}

const weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** 0 for Sunday to 6 for Saturday, from the name or an abbreviation of at least three letters ("sat", "thurs"). */
function weekdayOf(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const found = weekdayNames.findIndex((name) => name.startsWith(word));
  return found >= 0 ? found : undefined;
}

function checked(date: TypedDate): TypedDate | null {
  const { year = 0, month, day } = date;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month))) return null;
  return date;
}

/**
 * True when a typed date names the expected date at the expected precision:
 * a day needs day, month and year; a month needs month and year (a day within
 * it is accepted); a year needs the year; a decade the decade.
 *
 * @example
 * typedDateMatches({ year: 2011, month: 5 }, { precision: "month", value: "2011-05" }) // true
 */
export function typedDateMatches(typed: TypedDate, expected: FactDate): boolean {
  const value = expected.value ?? "";
  switch (expected.precision) {
    case "decade":
      return typed.decade === Number(value.slice(0, 4));
    case "year":
      return typed.year === Number(value) && typed.decade === undefined;
    case "month": {
      const { year, month } = parts(value);
      return typed.year === year && typed.month === month;
    }
    case "day": {
      const { year, month, day } = parts(value);
      return typed.year === year && typed.month === month && typed.day === day;
    }
    case "range":
      return false;
  }
}

/** Formats a typed date back to the reader's form, for showing what was understood. */
export function formatTypedDate(typed: TypedDate): string {
  if (typed.decade !== undefined) return `the ${typed.decade}s`;
  if (typed.year === undefined) return "";
  if (typed.month === undefined) return String(typed.year);
  const month = monthNames[typed.month - 1] ?? "";
  return typed.day === undefined ? `${month} ${typed.year}` : `${typed.day} ${month} ${typed.year}`;
}
