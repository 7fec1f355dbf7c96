/**
 * Text helpers: answer normalisation, typo distance, word overlap and small
 * pieces of English grammar. Pure.
 */

/**
 * Reduces a typed or stored answer to a comparable form: lower case, no
 * accents, punctuation as spaces, single spaces, no leading "the".
 *
 * @example
 * normaliseAnswer("  The Inter-Services  Intelligence! ") // "inter services intelligence"
 */
export function normaliseAnswer(text: string): string {
  const cached = normalCache.get(text);
  if (cached !== undefined) return cached;
  // Bounded so that arbitrary typed answers cannot grow it without limit.
  if (normalCache.size >= 20_000) normalCache.clear();
  const normal = computeNormal(text);
  normalCache.set(text, normal);
  return normal;
}

/** Pack texts (names, options, stems) are normalised again and again; the result depends on the text alone. */
const normalCache = new Map<string, string>();

function computeNormal(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // "Pakistan's sovereignty" names Pakistan: drop the possessive before other apostrophes.
    .replace(/['’]s\b/g, "")
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    // "U.S.A." and "N.A.T.O." as "usa" and "nato", which their undotted forms are.
    .replace(/\b[a-z](?: [a-z]\b)+/g, (letters) => letters.replace(/ /g, ""))
    .replace(/^the /, "");
}

/**
 * Optimal-string-alignment edit distance (insertions, deletions,
 * substitutions and swaps of neighbouring letters each cost 1).
 *
 * @example
 * editDistance("pakistna", "pakistan") // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
    }
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How many typos a typed answer may contain for an expected answer of this
 * (normalised) length: none for very short answers, where one letter can
 * make another word.
 *
 * @example
 * typoAllowance("isi") // 0
 * typoAllowance("pakistan") // 2
 */
export function typoAllowance(expected: string): number {
  const length = expected.replace(/ /g, "").length;
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 10) return 2;
  return 3;
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The indefinite article for a word, by its sound as far as spelling shows
 * ("an ISI officer", "a US base", "an hour" is not attempted).
 *
 * @example
 * indefiniteArticle("air strike") // "an"
 */
export function indefiniteArticle(word: string): "a" | "an" {
  const trimmed = word.trim();
  // Acronyms read letter by letter: "an NSC", "a NATO" (NATO is read as a word).
  if (/^[A-Z]{2,}\b/.test(trimmed) && !/^(NATO|NASA|SAARC|CENTCOM|CPEC)\b/.test(trimmed)) {
    return /^[AEFHILMNORSX]/.test(trimmed) ? "an" : "a";
  }
  if (/^(uni|use|usu|eu|one\b|once)/i.test(trimmed)) return "a";
  // Figures as they are read: "an 8 June meeting", "an 11-year", "an 80-strong", "an 18,000".
  if (/^\d/.test(trimmed)) return /^(8|11(?!\d)|18(?!\d))/.test(trimmed) ? "an" : "a";
  return /^[aeiou]/i.test(trimmed) ? "an" : "a";
}

/**
 * True when `phrase` occurs in `text` as whole words, after normalising both.
 *
 * @example
 * containsPhrase("Pakistani soldiers died", "Pakistan") // false
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normaliseAnswer(phrase);
  if (needle === "") return false;
  return ` ${normaliseAnswer(text)} `.includes(` ${needle} `);
}

/**
 * `containsPhrase` for hot paths: `paddedText` is `" " + normaliseAnswer(text) + " "`
 * and `normalisedPhrase` is already normalised, so nothing is normalised twice.
 */
export function hasNormalisedPhrase(paddedText: string, normalisedPhrase: string): boolean {
  return normalisedPhrase !== "" && paddedText.includes(` ${normalisedPhrase} `);
}

/** The padded normal form `hasNormalisedPhrase` expects. */
export function paddedNormal(text: string): string {
  return ` ${normaliseAnswer(text)} `;
}

const stopWords = new Set(
  "a an and the of to in on at for by with from as that this these those is are was were be been its it their his her has had have not no into over than then which who whom what when where while after before during".split(
    " ",
  ),
);

/**
 * The content words of a text (normalised, without stop words), for overlap
 * measures. Cached like `normaliseAnswer`; callers must not modify the set.
 */
export function contentWords(text: string): ReadonlySet<string> {
  const cached = wordsCache.get(text);
  if (cached) return cached;
  if (wordsCache.size >= 20_000) wordsCache.clear();
  const words = new Set(
    normaliseAnswer(text)
      .split(" ")
      .filter((word) => word.length > 1 && !stopWords.has(word)),
  );
  wordsCache.set(text, words);
  return words;
}

const wordsCache = new Map<string, ReadonlySet<string>>();

/**
 * One word of a normalised phrase that `contentWords` keeps, or null when it keeps none ("a", "of the").
 * A text without that word among its content words cannot hold the phrase: a set lookup rules out
 * most texts before `hasNormalisedPhrase` searches them.
 */
export function telltaleWord(normalisedPhrase: string): string | null {
  for (const word of contentWords(normalisedPhrase)) return word;
  return null;
}

/**
 * Jaccard similarity of two word sets: 1 for the same words, 0 for none shared.
 *
 * @example
 * wordOverlap(contentWords("US aid rose"), contentWords("US aid fell")) // 0.5
 */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Joins names as English prose.
 *
 * @example
 * joinList(["NATO", "the Pentagon", "the CIA"]) // "NATO, the Pentagon and the CIA"
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Ends a clause with a full stop unless it already ends with punctuation. */
export function asSentence(clause: string): string {
  const trimmed = capitalise(clause.trim());
  return /[.!?]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
