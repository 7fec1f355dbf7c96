/**
 * True/false: the fact's sentence as written, or with one marked element
 * replaced by a same-class element the bank proves wrong for it, or the
 * author's false statement where no such swap is more than a guess.
 */
import { factDateText, formatDate, writesItsDate } from "../dates";
import { articlePlace, entitiesByText } from "../articles";
import { formatQuantity, formatQuantityValue } from "../numbers";
import { bylineEntityIds, memoiseForFact, tellingWords, type PackIndex } from "../pack-index";
import type { Rng } from "../random";
import { fitsSentence, isEverywhereSlot, markSlots, mostPlausibleTexts, slotAnswerText, type Slot } from "../slots";
import { believableSwapRank } from "../plausibility";
import { capitalise, contentWords, hasNormalisedPhrase, indefiniteArticle, paddedNormal } from "../text";
import type { Entity, LoadedFact, Mark, Quantity } from "../types";
import { finishItem, itemRng, precisionWeight, type GeneratedItem, type GenerationContext } from "./common";

/**
 * The first slot, in seed order, that can be swapped for a false statement:
 * an entity or exact quantity with a proven-wrong alternative.
 */
function firstSwappableSlot(index: PackIndex, fact: LoadedFact, rng: Rng): { slot: Slot & { mark: Mark }; alternatives: string[] } | null {
  const slots = markSlots(index, fact);
  const alternativesOf = swapAlternatives(index, fact);
  // Positions are shuffled as the slots themselves would be: the same draws from the item's seed.
  for (const i of rng.shuffle(slots.map((_, i) => i))) {
    const alternatives = alternativesOf[i];
    if (alternatives) return { slot: slots[i] as Slot & { mark: Mark }, alternatives };
  }
  return null;
}

/**
 * Per slot of `markSlots`, the texts it may be swapped for, or null when it may not be swapped. They
 * depend on the pack alone, so once per pack: a quiz on a pack of 10,000 facts that support no swap
 * looked for one on thousands of facts, each time anew (about 90 ms of its 195).
 */
function swapAlternatives(index: PackIndex, fact: LoadedFact): (string[] | null)[] {
  return memoiseForFact(index, fact, "swap-alternatives", () => {
    const bylineIds = bylineEntityIds(index, fact);
    const slots = markSlots(index, fact);
    return slots.map((slot) => {
      if (slot.kind === "date" || !slot.mark) return null;
      // One of the pack's own countries is never swapped out: in a course on Pakistan and the United
      // States, "Barack Obama was President of India" and "fury in Afghanistan after the Abbottabad
      // raid" are false to anyone, fact or no fact, and their true twins are guesses.
      if (isEverywhereSlot(index, slot)) return null;
      // Who wrote or published the fact's source is its citation, not its content: "a Deutsche Welle factbox
      // of October 2010" tests which outlet a learner read (and the pack writes "DW", so it read as false).
      if (slot.kind === "entity" && bylineIds.has(slot.entityId)) return null;
      if (slot.kind === "entity" && describesAnother(index, slot.entityId, slots)) return null;
      // The rest of the sentence is what the learner reads around the swap: it may name the answer's party.
      const context = `${fact.plainText.slice(0, slot.mark.start)} … ${fact.plainText.slice(slot.mark.end)}`;
      // Only the most plausible swaps, and only of the answer's own category, party and era: a false
      // statement should be believable, not absurd ("the coalition was headed by the ISI", "the Seoul
      // raid", a 2012 interviewee quoted from a 2024 analysis).
      const alternatives = mostPlausibleTexts(index, fact, slot, context, believableSwapRank).filter((text) => fitsSentence(fact, slot, text));
      return alternatives.length > 0 ? alternatives : null;
    });
  });
}

/**
 * True when the card of another entity the sentence names describes it by this one, in its description
 * or a role's title: swapped out, "the Tehrik-i-Taliban Pakistan leader Osama bin Laden", "the Haqqani
 * network was a faction of al-Qaeda" and "the US Central Command Press Secretary, George Little" are
 * false to anyone who read the cards of bin Laden ("al-Qaeda's leader"), the Haqqani network ("a faction
 * of the Afghan Taliban") and Little ("Pentagon Press Secretary"), fact or no fact (quiz audits of 7 December).
 */
function describesAnother(index: PackIndex, entityId: string, slots: readonly Slot[]): boolean {
  const forms = (index.normalisedFormsOf.get(entityId) ?? []).filter((form) => form.length > 1);
  return slots.some((other) => {
    if (other.kind !== "entity" || other.entityId === entityId) return false;
    const entity = index.entityById.get(other.entityId);
    const card = paddedNormal([entity?.description ?? "", ...(entity?.roles ?? []).map((role) => role.title)].join(" . "));
    return forms.some((form) => hasNormalisedPhrase(card, form));
  });
}

/**
 * Replaces a marked span, keeping the grammar around it right: "the" before
 * names that take it (and not before those that do not), "a"/"an" agreeing
 * with the new word, a capital at the start of the sentence.
 */
export function replaceMark(index: PackIndex, fact: LoadedFact, mark: Mark, replacement: string, replacementEntity?: Entity): string {
  let before = fact.plainText.slice(0, mark.start);
  const after = fact.plainText.slice(mark.end);
  let text = replacement;
  if (replacementEntity && mark.ref.type === "entity") {
    const { hadArticle, afterDeterminer } = articlePlace(before);
    const wantsArticle = index.takesArticle.get(replacementEntity.id) ?? false;
    // "the NATO border strike": the article belongs to "strike" when the replaced name never takes one,
    // and to a title after the name: "the Pentagon Press Secretary" keeps it for "US Central Command".
    const articleWasName = (index.takesArticle.get(mark.ref.id) ?? false) && !/^ \p{Lu}/u.test(after);
    if (hadArticle && !wantsArticle && articleWasName) before = before.replace(/the $/i, "");
    if (!hadArticle && wantsArticle && !afterDeterminer) text = `the ${text}`;
  }
  // A plural name takes the bare apostrophe: "the United States' interest".
  const possessive = /s$/.test(text) && /^'s\b/.test(after) ? `'${after.slice(2)}` : after;
  before = before.replace(/\b(a|an) $/i, (match, article: string) => {
    const wanted = indefiniteArticle(text);
    const cased = article[0] === "A" ? capitalise(wanted) : wanted;
    return `${cased} `;
  });
  const sentence = `${before}${text}${possessive}`;
  return capitalise(sentence);
}

const numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A whole number up to twelve in words, as a sentence spells it; undefined otherwise. */
function numberWord(value: number): string | undefined {
  return Number.isInteger(value) ? numberWords[value] : undefined;
}

/** The quantity with its unit, spelled when the sentence spells it: "three militants, not two", not "3 militants, not two". */
function rightFigure(quantity: Quantity, isSpelled: boolean): string {
  const withUnit = formatQuantity(quantity);
  const word = isSpelled ? numberWord(quantity.value) : undefined;
  return word === undefined ? withUnit : `${word}${withUnit.slice(formatQuantityValue(quantity).length)}`;
}

/**
 * The names (normalised) another item may show a person by: those of two words or more. "Little"
 * alone is a word many sentences use.
 */
function personNames(index: PackIndex, personId: string): string[] {
  return (index.normalisedFormsOf.get(personId) ?? []).filter((name) => name.includes(" "));
}

/** A true/false item; false only when the bank proves a swap wrong, and true or false by the seed. */
export function trueFalseItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const variants = trueFalseVariants(context, fact);
  return variants ? variants.build(variants.seeded) : null;
}

/**
 * The fact's true/false item as the seed picks it, and its twin with the other
 * answer (a quiz takes the item only when both fit) built on demand, from one search for a swap.
 */
export function trueFalseTwins(context: GenerationContext, fact: LoadedFact): { seeded: GeneratedItem; twin: () => GeneratedItem } | null {
  const variants = trueFalseVariants(context, fact);
  return variants ? { seeded: variants.build(variants.seeded), twin: () => variants.build(!variants.seeded) } : null;
}

/** The fact's exact figure and day: shown in another item, they would tell which statement is true. */
function specificTextsOf(fact: LoadedFact): string[] {
  return [...(fact.quantity ? [formatQuantityValue(fact.quantity)] : []), ...(fact.date.precision === "day" ? [formatDate(fact.date)] : [])];
}

/**
 * "True or false?", with the fact's date when a statement names none: one prompt for both twins, or a
 * date shown only beside the false one would answer it.
 */
function promptFor(fact: LoadedFact, statements: string[]): string {
  return statements.every((statement) => writesItsDate(statement, fact)) ? "True or false?" : `True or false (${factDateText(fact)})?`;
}

/**
 * One difficulty for a fact's true and false statement alike. Rated apart (a false one a notch harder),
 * every "medium" true/false item of a quiz was false: the difficulty the learner's page receives
 * with the item gave its answer away (quiz audit of 7 December, seeds 1041-1045: 37 of 37).
 */
function trueFalseScore(fact: LoadedFact): number {
  return 0.25 + precisionWeight(fact);
}

/** The fact as written, or the author's false statement with the fact as its correction. */
function authoredStatementItem(context: GenerationContext, fact: LoadedFact, falseStatement: string, isTrue: boolean): GeneratedItem {
  const statement = isTrue ? fact.plainText : falseStatement;
  return finishItem(
    context,
    { type: "true-false", prompt: promptFor(fact, [fact.plainText, falseStatement]), statement },
    {
      facts: [fact],
      answer: { kind: "boolean", value: isTrue },
      expected: isTrue ? "True" : "False",
      explanation: `${isTrue ? "True" : "False"}. ${fact.plainText}`,
      score: trueFalseScore(fact),
      answerTexts: specificTextsOf(fact),
      answerNames: [],
      isLastResort: false,
      claimWords: memoiseForFact(context.index, fact, "telling-words", () => tellingWords(context.index, fact.plainText)),
      ...(isTrue ? {} : { falseClaimWords: memoiseForFact(context.index, fact, "false-telling-words", () => falseTellingWords(context.index, fact, falseStatement)) }),
    },
  );
}

/** The telling words of an author's false statement that its fact does not use: what it claims instead. */
function falseTellingWords(index: PackIndex, fact: LoadedFact, falseStatement: string): ReadonlySet<string> {
  const factWords = contentWords(fact.plainText);
  return new Set([...tellingWords(index, falseStatement)].filter((word) => !factWords.has(word)));
}

function trueFalseVariants(context: GenerationContext, fact: LoadedFact): { seeded: boolean; build: (isTrue: boolean) => GeneratedItem } | null {
  const { index } = context;
  // A government's or an institution's stance is rarely its alone: with another country, group or
  // initiative swapped in ("the State Department regarded the Haqqani network as a terrorist
  // organisation"), the statement may be true outside our sources, so it cannot be marked false.
  // An author's false statement is vouched for by the author, not built by a swap, so it may stand for one.
  if (fact.kind === "position" && fact.falseStatement === undefined) return null;
  // Only facts that could be made false get an item, so "true" is never the only possible answer.
  if (fact.falseStatement === undefined && !swapAlternatives(index, fact).some(Boolean)) return null;
  const rng = itemRng(context, "true-false", [fact.id]);
  const seeded = rng.next() < 0.5;
  const swap = fact.kind === "position" ? null : firstSwappableSlot(index, fact, rng);
  // With nothing to swap (only the pack's own countries, or a position), the author's false statement is asked.
  if (fact.falseStatement !== undefined && swap === null) {
    const { falseStatement } = fact;
    return { seeded, build: (isTrue) => authoredStatementItem(context, fact, falseStatement, isTrue) };
  }
  if (!swap) return null;
  const prompt = promptFor(fact, [fact.plainText]);
  const answerNames = swap.slot.kind === "entity" ? (index.formsOf.get(swap.slot.entityId) ?? []) : [];
  // The right name beside another of the fact's names, in any item, tells whether the statement is true.
  const namesBeside = { answers: answerNames, except: swap.slot.kind === "entity" ? [swap.slot.entityId] : [] };
  const specificTexts = specificTextsOf(fact);

  const { slot, alternatives } = swap;
  // Picked whichever answer is built, so the false statement is the same whether it is the seeded one or the twin.
  const wrong = rng.pick(alternatives.slice(0, 4));

  const build = (isTrue: boolean): GeneratedItem => {
    if (isTrue) {
      return finishItem(
        context,
        { type: "true-false", prompt, statement: fact.plainText },
        {
          facts: [fact],
          answer: { kind: "boolean", value: true },
          expected: "True",
          explanation: `True. ${fact.plainText}`,
          score: trueFalseScore(fact),
          answerTexts: specificTexts,
          answerNames,
          namesBeside,
        },
      );
    }

    const wrongEntity = slot.kind === "entity" ? entitiesByText(index).get(wrong) : undefined;
    const quantity = fact.quantity;
    // "[24 soldiers](#quantity)" keeps its unit when swapped; "[24](#quantity) soldiers" already has it.
    // A number written alone ("three") is not followed by a unit word of its own.
    const writesUnit =
      slot.kind === "quantity" && quantity && /\S\s+[a-z]{3,}\s*$/i.test(slot.mark.text) && !/(million|billion|thousand|trillion)\s*$/i.test(slot.mark.text);
    // A number the sentence spells out ("three") is replaced by one spelled out too.
    const spelled = slot.kind === "quantity" && /^[a-z]+$/i.test(slot.mark.text.trim()) ? numberWord(Number(wrong)) : undefined;
    const shown = spelled ?? wrong;
    const replacement = writesUnit && quantity ? `${shown} ${quantity.unit}` : shown;
    const statement = replaceMark(index, fact, slot.mark, replacement, wrongEntity);
    const right = slot.kind === "quantity" && quantity ? rightFigure(quantity, spelled !== undefined) : slotAnswerText(index, fact, slot);
    // "the source gives the United States, not the Soviet Union": names that take "the" keep it here too.
    const named = (name: string, entityId: string | undefined) => (entityId && index.takesArticle.get(entityId) ? `the ${name}` : name);
    const gives = new Set(fact.sources.map((ref) => ref.source)).size > 1 ? "the sources give" : "the source gives";
    return finishItem(
      context,
      { type: "true-false", prompt, statement },
      {
        facts: [fact],
        answer: { kind: "boolean", value: false },
        expected: "False",
        explanation: `False: ${gives} ${named(right, slot.kind === "entity" ? slot.entityId : undefined)}, not ${named(shown, wrongEntity?.id)}. ${fact.plainText}`,
        score: trueFalseScore(fact),
        answerTexts: specificTexts,
        answerNames,
        namesBeside,
        ...(fact.kind === "person-role" && wrongEntity?.kind === "person" ? { swappedPerson: { id: wrongEntity.id, names: personNames(index, wrongEntity.id) } } : {}),
      },
    );
  };
  return { seeded, build };
}
