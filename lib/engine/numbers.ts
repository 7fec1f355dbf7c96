/**
 * Quantities: display ("$2 billion", "24"), typed-number parsing (digits,
 * words, scale suffixes) and plausible wrong values. Pure.
 */
import type { Quantity } from "./types";

const scaleFactors = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
type Scale = keyof typeof scaleFactors;

const currencySymbols: Record<string, string> = { USD: "$", GBP: "£", EUR: "€" };

function withThousandsSeparators(n: number): string {
  const [whole = "0", fraction] = String(n).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function roundTo(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}

/**
 * A quantity's number as a reader writes it, with currency symbol, scale word
 * or per cent sign but without a count unit: "$2 billion", "24", "45%".
 *
 * @example
 * formatQuantityValue({ value: 2e9, unit: "USD", scale: "billion", counts: "aid" }) // "$2 billion"
 */
export function formatQuantityValue(quantity: Pick<Quantity, "value" | "unit" | "scale">): string {
  const { value, unit, scale } = quantity;
  const number = scale ? `${withThousandsSeparators(roundTo(value / scaleFactors[scale], 2))} ${scale}` : withThousandsSeparators(roundTo(value, 2));
  const symbol = currencySymbols[unit];
  if (symbol) return `${symbol}${number}`;
  if (unit === "percent") return `${number}%`;
  return number;
}

/** True for an amount of money ("$2 billion"), as against a count. */
export function isMoney(quantity: Pick<Quantity, "unit"> | undefined): boolean {
  return quantity !== undefined && currencySymbols[quantity.unit] !== undefined;
}

/**
 * A quantity with its unit: "$2 billion", "24 soldiers", "1 strike".
 *
 * @example
 * formatQuantity({ value: 21, unit: "strikes", counts: "drone strikes" }) // "21 strikes"
 */
export function formatQuantity(quantity: Pick<Quantity, "value" | "unit" | "scale">): string {
  const value = formatQuantityValue(quantity);
  if (isMoney(quantity) || quantity.unit === "percent") return value;
  const unit = quantity.value === 1 && quantity.unit.endsWith("s") ? quantity.unit.slice(0, -1) : quantity.unit;
  return `${value} ${unit}`;
}

const smallNumbers: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The counts from 2 to 99 in words, built once: `spelledNumber` runs for every pair of items a quiz weighs. */
const spelledCounts: ReadonlyMap<number, string> = (() => {
  const names = Object.entries(smallNumbers);
  const byValue = new Map(names.map(([word, value]) => [value, word]));
  const counts = new Map<number, string>();
  for (let value = 2; value <= 99; value++) {
    const units = value % 10;
    const word = byValue.get(value) ?? (units === 0 ? undefined : `${byValue.get(value - units)}-${byValue.get(units)}`);
    if (word) counts.set(value, word);
  }
  return counts;
})();

/**
 * A whole number from 2 to 99 in words ("two", "twenty-four"), as a sentence may give a count; null
 * for others. Not "one", which most sentences use without counting anything ("one of the worst").
 */
export function spelledNumber(value: number): string | null {
  return spelledCounts.get(value) ?? null;
}

const scaleWords: Record<string, number> = {
  hundred: 100,
  thousand: 1e3, k: 1e3,
  million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12,
};

/** Words a learner may type around a number that do not change it. */
const ignorableWords = /\b(about|around|some|roughly|approximately|exactly|over|more|than|at|least|nearly|almost|us|usd|dollars?|a|year|per|annually|each|in|of|for)\b/g;

/**
 * Reads a typed number: "21", "twenty-one", "$2 billion", "2 billion",
 * "2bn", "2,000,000,000", "1.5m", "24 soldiers", "two and a half billion",
 * "two dozen". Returns null when no
 * number can be read.
 *
 * @example
 * parseTypedNumber("two billion dollars") // 2000000000
 */
export function parseTypedNumber(text: string, unitWords: readonly string[] = []): number | null {
  // A sentence's full stop is no decimal point: "8." is 8.
  let input = text
    .toLowerCase()
    .trim()
    .replace(/[.!?]+$/, "")
    // "2 billion U.S. dollars", "$2 billion/year".
    .replace(/\bu\.s\.?(?=\s|$)/g, " ")
    .replace(/\//g, " ")
    .replace(/[$£€]/g, " ").replace(/%/g, " ").replace(/(\d),(?=\d{3}\b)/g, "$1")
    // A decimal comma, as much of Europe writes it: "$2,5 billion" (quiz audit of 7 December: marked wrong).
    .replace(/(\d),(\d{1,2})\b/g, "$1.$2");
  // A scale written against its number: "2bn", "$2billion" (the ninth quiz audit of 7 December found the latter marked wrong).
  input = input.replace(/(\d)\s*(bn|bln|mn|mln|tn|k|m|b|thousand|million|billion|trillion)\b/g, "$1 $2").replace(/-/g, " ");
  // "2½ billion".
  input = input.replace(/(\d)\s*½/g, "$1.5").replace(/½/g, " half ");
  // A unit in the plural too: "21 drones" where the count is of "drone strikes".
  for (const unit of unitWords) {
    input = input.replace(new RegExp(`\\b${escapeRegExp(unit.toLowerCase())}s?\\b`, "g"), " ");
  }
  input = input.replace(/\bper ?cent\b|\bpercent\b/g, " ").replace(ignorableWords, " ").replace(/\band\b/g, " ");
  const words = input.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;

  let total = 0;
  let current: number | null = null;
  let lastFactor = 1;
  for (const word of words) {
    if (/^\d+(\.\d+)?$/.test(word)) {
      if (current !== null) return null;
      current = Number(word);
    } else if (word in smallNumbers) {
      current = (current ?? 0) + (smallNumbers[word] ?? 0);
    } else if (word === "half") {
      // "two and a half billion", "half a million" ("a" and "and" are gone by now).
      current = (current ?? 0) + 0.5;
    } else if (word === "dozen") {
      current = (current ?? 1) * 12;
    } else if (word in scaleWords) {
      const factor = scaleWords[word] ?? 1;
      if (factor === 100) current = (current ?? 1) * 100;
      // "three thousand million", the British way of saying three billion: a larger scale right after a smaller one multiplies it.
      else if (current === null && total > 0 && factor > lastFactor) total *= factor;
      else {
        total += (current ?? 1) * factor;
        current = null;
      }
      lastFactor = factor;
    } else {
      return null;
    }
  }
  const value = total + (current ?? 0);
  return Number.isFinite(value) ? value : null;
}

/** A currency other than the dollar, by sign or name. */
const otherCurrency = /[£€¥₹]|\b(pounds?|sterling|euros?|rupees?|yen|yuan)\b/i;

/** Words that make a figure a yearly rate: "a year", "per year", "annually". */
const yearlyRate = /\b(?:a|per|each|every)\s+year\b|\bannually\b|\byearly\b|\/\s*year\b/i;

/** Where a typed quantity ends and words on when or where begin: "8 in two weeks", "$3 billion since 2010". */
const trailingPhrase = /\s+(?:in|since|during|over|by|from|between|within|until|across|after|before)\s+\S.*$/i;

/**
 * Reads a typed answer to "how many …?": the number as `parseTypedNumber` reads it, less what the
 * learner adds on when or where ("eight strikes in two weeks", "21 in September", "$3 billion since
 * 2010": the sixth quiz audit of 7 December found the first read as 10, the last as 3,000,002,010), or a
 * number given twice in one answer, in figures and in words ("3 (three)").
 *
 * @example
 * readTypedQuantity("$3 billion since 2010") // 3000000000
 */
export function readTypedQuantity(text: string, unitWords: readonly string[] = []): number | null {
  // A sum in dollars is not one in another currency: "£2 billion" is wrong for $2 billion.
  if (unitWords.includes("USD") && otherCurrency.test(text)) return null;
  // A yearly rate is not a total: "$3 billion a year" is wrong for $3 billion withheld since 2010, right for annual aid
  // (eleventh quiz audit of 7 December: it passed).
  if (yearlyRate.test(text) && !unitWords.some((word) => /^annual|^year/i.test(word))) return null;
  const bracketed = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  if (bracketed?.[1] && bracketed[2]) {
    const [outside, inside] = [readTypedQuantity(bracketed[1], unitWords), readTypedQuantity(bracketed[2], unitWords)];
    if (outside !== null && inside !== null) return sameNumber(outside, inside) ? outside : null;
  }
  const leading = text.replace(trailingPhrase, "");
  return (leading !== text ? parseTypedNumber(leading, unitWords) : null) ?? parseTypedNumber(text, unitWords);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when two numbers are equal up to floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Rounds to two significant figures, so that wrong values look like real figures. */
function niceRound(n: number): number {
  if (n === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 1);
  return Math.round(n / magnitude) * magnitude;
}

/**
 * Plausible wrong values for a quantity, nearest first, in the same unit and
 * written at the same scale. Small counts move by a few; larger values by
 * factors, rounded; a value that is a small count at its scale ("$2 billion") moves by a few
 * at that scale. No factor is a whole multiple or fraction: with 42 and 63
 * beside 21, or 48 and 96 beside 24, the answer is the figure the others are
 * built from. The caller removes any value a fact gives.
 *
 * @example
 * candidateQuantityValues({ value: 24, unit: "soldiers", counts: "dead" }) // [19, 30, 17, 38, 13, 53, …]
 */
export function candidateQuantityValues(quantity: Pick<Quantity, "value" | "unit" | "scale">): number[] {
  const { value } = quantity;
  const isWhole = Number.isInteger(value);
  const unitStep = quantity.scale ? scaleFactors[quantity.scale as Scale] : 1;
  // A few at the written scale too: "$2 billion" among "$1.6 billion", "$2.5 billion" and "$1.4 billion"
  // is the one whole figure, so it moves to "$1 billion", "$4 billion".
  const countAtScale = value / unitStep;
  const values: number[] = [];
  if (Number.isInteger(countAtScale) && Math.abs(countAtScale) <= 12) {
    for (const offset of [1, -1, 2, -2, 3, -3, 4, -4, 5, 6]) values.push((countAtScale + offset) * unitStep);
  } else {
    // Unevenly spaced too: 30, 36 and 42 beside 24 make a series that the answer starts.
    for (const factor of [0.8, 1.25, 0.7, 1.6, 0.55, 2.2, 0.35, 3.1, 0.3, 4.2]) values.push(niceRound(value * factor));
  }
  return [...new Set(values)].filter(
    (candidate) =>
      candidate > 0 &&
      !sameNumber(candidate, value) &&
      (quantity.unit !== "percent" || candidate <= 100) &&
      // Keep the written form comparable: "$1.5 billion" beside "$2 billion", never "$0.75 billion" or "0.5 soldiers".
      (isWhole ? Number.isInteger(candidate / (quantity.scale && unitStep >= 1 ? unitStep / 10 : 1)) : true) &&
      candidate >= unitStep,
  );
}
