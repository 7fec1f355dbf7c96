/**
 * Whether a cause or effect clause can stand alone in a stem or an option:
 * a clause that leans on a reference it does not resolve ("the programme
 * became a bone of contention", "trust between the two wore away") is
 * ambiguous without the rest of the fact, and as a distractor it could even
 * read as true of the stem. Also tells a clause from a bare noun phrase
 * ("the Abbottabad raid and its aftermath"), which needs another stem form.
 * Pure.
 */
import { memoiseForFact, type PackIndex } from "./pack-index";
import { namesParty } from "./plausibility";
import type { LoadedFact } from "./types";

/** Words that open a clause by pointing back at something said before. */
const anaphoricStart = /^(it|its|they|them|their|theirs|this|that|these|those|he|she|his|her|such|the latter|the former|the other|the same)\b/i;

/** Pronouns that, in a claim, can only mean the claimant. */
const personalPronoun = /^(it|its|they|them|their|he|his|she|her)\b/i;

/**
 * "the" + a noun that names something only the context can identify, when
 * nothing after it pins it down ("the programme became …", but "the
 * programme of aid to Pakistan …" is self-contained).
 */
const anaphoricThe =
  /^the (programme|program|deal|agreement|raid|strike|strikes|attack|attacks|move|decision|country|countries|government|governments|group|groups|organisation|alliance|partnership|relationship|plan|policy|operation|incident|episode|offensive|campaign|war|conflict|talks|meeting|two|pair|affair|issue|dispute|crisis|project|initiative|leader|leaders|official|officials|side|sides)\b(?!\s+(of|in|on|at|between|against|for|with|by|from|that|which|who|whose|led|launched|signed|known|called|named)\b)/i;

/** Phrases that need two parties named in the clause itself. */
const needsTwo = /\b(the two|both sides|both countries|both governments|each side|each country|neither side|neither country|neither government|either side|each other|one another|the other side|the other country)\b/i;

/**
 * True when the clause names (as any form or an adjective of it) at least
 * `count` of the fact's entities and parties.
 */
function namesAtLeast(index: PackIndex, fact: LoadedFact, clause: string, count: number): boolean {
  let named = 0;
  for (const id of new Set([...fact.entityIds, ...fact.parties])) {
    if (namesParty(index, clause, id) && ++named >= count) return true;
  }
  return false;
}

/**
 * True when the clause reads unambiguously on its own: it does not open with
 * a pronoun or a demonstrative, nor with "the <noun>" that points back when
 * it names none of the fact's entities, and it names both parties itself
 * when it speaks of "the two", "both sides" or "each other". A claim
 * (`options.claim`) may open with a personal pronoun: in "who argued that
 * its …" it can only mean the claimant.
 *
 * @example
 * isSelfContained(index, fact, "the programme became a bone of contention and trust between the two wore away") // false
 * isSelfContained(index, fact, "mistrust between Pakistan and the United States grew") // true
 */
export function isSelfContained(index: PackIndex, fact: LoadedFact, clause: string, options: { claim?: boolean } = {}): boolean {
  return memoiseForFact(index, fact, `self-contained|${options.claim ? "claim" : "clause"}|${clause}`, () => {
    const text = clause.trim();
    // In "who argued that its …" a personal pronoun points at the claimant the item asks for.
    const pronounStart = options.claim ? anaphoricStart.test(text) && !personalPronoun.test(text) : anaphoricStart.test(text);
    if (pronounStart) return false;
    // "the alliance is a necessity for both Pakistan and the United States" is pinned down by the names after it.
    if (anaphoricThe.test(text) && !namesAtLeast(index, fact, text, 1)) return false;
    return !needsTwo.test(text) || namesAtLeast(index, fact, text, 2);
  });
}

/** Finite verbs that do not end in -ed, and modal verbs. */
const finiteVerbs = new Set(
  // Only forms that are rarely nouns: "strikes", "talks" and "cuts" are left out.
  "is are was were has have had do does did made makes went goes took takes gave gives came comes began begins grew grows rose kept keeps held met saw sees became becomes left put sought seeks found finds got gets ran shut spent struck won lost felt told tells said says thought thinks brought brings bought built drew drove fought led meant paid sent stood wrote arose arises let broke spoke knew chose remains remained seems seemed could would should will must can may might".split(" "),
);

/** Words after which an -ed word is an adjective ("perceived meddling"), not a verb. */
const beforeAdjective = new Set("a an the plus and or of with its their his her this that these those".split(" "));

/**
 * True when the text has no finite verb, so it is a noun phrase ("the
 * Abbottabad raid and its aftermath") rather than a clause. A heuristic from
 * spelling: irregular and modal verbs by list, -ed words unless an article,
 * "and" or "plus" comes just before.
 */
export function isNounPhrase(text: string): boolean {
  const words = text.toLowerCase().replace(/[^a-z' -]+/g, " ").split(/[\s-]+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    if (finiteVerbs.has(word)) return false;
    if (word.length > 4 && word.endsWith("ed") && !beforeAdjective.has(words[i - 1] ?? "a")) return false;
  }
  return true;
}
