/**
 * Tells: words that mark an option as wrong. A false statement or a wrong
 * effect is only ever shown as the wrong answer, so a word that several of
 * them use and no true sentence of the pack does ("Washington came to …",
 * "the United Nations", "for the first time") teaches a test-wise learner to
 * rule an option out unread.
 */
import { wordsOf } from "./entity-names";
import type { Fact } from "./schema";

/** Wrong options of this many facts make a word a tell: two can be chance. */
const minFactsForTell = 3;

const stopWords = new Set(
  ("a an and the of to in on at for by with from as that this these those is are was were be been being its it their his her " +
    "has had have not no into over than then which who whom what when where while after before during or but so own " +
    "would could should will can may might did do does any some all more most each other such only also just out up")
    .split(" "),
);

/** A rough stem, so "stopped", "stops" and "stopping" count as one word, as do "troops" and "troop". */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ing|ed|es|s|e)$/, "").replace(/([b-df-hj-np-tv-z])\1$/, "$1");
}

/** The text's content words and each pair of neighbours among them, by stem ("stopp"), as first written ("stopped"). */
function termsOf(text: string): Map<string, string> {
  const words = wordsOf(text).filter((word) => !stopWords.has(word) && !/^\d+$/.test(word));
  const terms = new Map(words.map((word) => [stem(word), word]));
  for (let i = 1; i < words.length; i++) {
    const [before, word] = [words[i - 1] as string, words[i] as string];
    terms.set(`${stem(before)} ${stem(word)}`, `${before} ${word}`);
  }
  return terms;
}

export interface Tell {
  /** The word or pair of words, as a wrong option first writes it. */
  term: string;
  /** The facts whose false statement or wrong effects use it, in pack order. */
  factIds: string[];
}

/**
 * The tells of a pack: terms that the false statements and wrong effects of
 * at least `minFactsForTell` facts use and that no sentence a learner reads
 * as true (a fact's text, cause, claim or right effect) does. A pair is
 * left out when one of its words is itself a tell.
 *
 * @param facts the pack's facts, with `plainText` (the text without markup)
 */
export function wrongOptionTells(facts: readonly (Fact & { plainText: string })[]): Tell[] {
  const trueTerms = new Set<string>();
  const wrongBy = new Map<string, { written: string; factIds: string[] }>();
  for (const fact of facts) {
    for (const text of [fact.plainText, fact.cause, fact.claim, fact.effect]) if (text) for (const term of termsOf(text).keys()) trueTerms.add(term);
    const wrongTerms = new Map<string, string>();
    for (const text of [fact.falseStatement, ...(fact.wrongEffects ?? [])]) if (text) for (const [term, written] of termsOf(text)) if (!wrongTerms.has(term)) wrongTerms.set(term, written);
    for (const [term, written] of wrongTerms) {
      const seen = wrongBy.get(term);
      if (seen) seen.factIds.push(fact.id);
      else wrongBy.set(term, { written, factIds: [fact.id] });
    }
  }
  const tells = [...wrongBy].filter(([term, { factIds }]) => factIds.length >= minFactsForTell && !trueTerms.has(term));
  const tellWords = new Set(tells.map(([term]) => term).filter((term) => !term.includes(" ")));
  return tells
    .filter(([term]) => !term.includes(" ") || !term.split(" ").some((word) => tellWords.has(word)))
    .map(([, { written, factIds }]) => ({ term: written, factIds }));
}
