/**
 * Cloze: the fact's sentence with one marked span blanked, answered by typing
 * or, when the bank proves three alternatives wrong, by choosing.
 */
import { optionsWithArticles } from "../articles";
import { dateInterval, factDateText, intervalsOverlap, writesItsDate, type DayInterval } from "../dates";
import { isHedgedQuantity } from "../distractors";
import { bylineEntityIds, claimedDuring, memoise, memoiseForFact, type PackIndex } from "../pack-index";
import { fitsSentence, isGuessedBlank, markSlots, rankedEntries, slotAccepted, slotAnswerText, slotDistractorTexts, slotForms, slotFormat, slotHint, typedAccepted, typedAnswerNames, type Slot } from "../slots";
import { indefiniteArticle, normaliseAnswer } from "../text";
import type { AcceptedAnswer, AnswerFormat, ItemOption, LoadedFact } from "../types";
import { finishItem, itemRng, pickSimilar, precisionWeight, revealsAnswer, shuffleOptions, type DistractorEntry, type GeneratedItem, type GenerationContext } from "./common";

/** "a" or "an" right before the blank, as the sentence writes it. */
const articleBeforeBlank = /\b([Aa])n? $/;

/**
 * The blank as shown; "a"/"an" before it becomes "a(n)" so the article cannot
 * give the answer away, unless every option takes the same article.
 */
function splitAtBlank(text: string, start: number, end: number, keepArticle: boolean): { before: string; after: string } {
  const before = text.slice(0, start);
  return { before: keepArticle ? before : before.replace(articleBeforeBlank, (_, a: string) => `${a}(n) `), after: text.slice(end) };
}

/** True when the entity is the one voice of every claim the fact's sources carry (an analysis of 2024 by one author). */
function isSourceVoice(index: PackIndex, fact: LoadedFact, entityId: string): boolean {
  const voices = memoise(index, "cloze-source-voices", () => {
    const claimants = new Map<string, Set<string>>();
    for (const other of index.pack.facts) {
      for (const ref of other.sources) {
        const set = claimants.get(ref.source) ?? new Set<string>();
        if (other.kind !== "position") for (const id of other.claimedBy ?? []) set.add(id);
        claimants.set(ref.source, set);
      }
    }
    return claimants;
  });
  return fact.sources.every((ref) => {
    const claimants = voices.get(ref.source);
    return claimants?.size === 1 && claimants.has(entityId);
  });
}

/**
 * True when the source, not the fact, answers the blank: its one voice ("_____ writes (2024) that …",
 * named by the date), its publisher ("_____ reported in March 2012 that experts …", which the
 * citation under the answer names), or the date of a claim when it is the source's own ("Minahil
 * Changez writes (_____) that …", "In _____ Masood Akhter argued …" from a DW article of March 2012).
 * That date says when the article came out, not anything about the claim, and every claim of the
 * article shows it: the one item would also keep them all out of its quiz.
 */
function asksTheSource(index: PackIndex, fact: LoadedFact, slot: Slot): boolean {
  if (slot.kind === "entity") {
    const slotEntityId = slot.entityId;
    return bylineEntityIds(index, fact).has(slotEntityId) || (fact.claimedBy ?? []).some((id) => id === slotEntityId && isSourceVoice(index, fact, id));
  }
  if (slot.kind !== "date" || (fact.claimedBy ?? []).length === 0) return false;
  const interval = index.intervalOf.get(fact.id) as DayInterval;
  return fact.sources.every((ref) => {
    const source = index.sourceById.get(ref.source);
    return source !== undefined && intervalsOverlap(interval, dateInterval(source.date));
  });
}

/**
 * What a typed blank's hint starts from: the words the blank held ("bin Laden", "Islamabad"), as the
 * feedback shows them, unless they only put a title before the name ("General John Allen").
 */
function hintedText(slot: Slot, blanked: string, name: string): string {
  return slot.kind === "entity" && !normaliseAnswer(blanked).includes(normaliseAnswer(name)) ? blanked.replace(/^the\s+/i, "") : name;
}

/** What a blank with options asks for: "the missing words" read oddly over four amounts or four dates (item audit). */
const chosenHints: Record<AnswerFormat, string> = {
  name: "Choose the missing words.",
  number: "Choose the missing figure.",
  date: "Choose the missing date.",
};

/** A cloze item on one marked span chosen by the seed, or null when no span can be blanked fairly. */
export function clozeItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  const { slots, isLastResort } = memoiseForFact(index, fact, "cloze-slots", () => clozeSlots(index, fact));
  if (slots.length === 0) return null;
  const rng = itemRng(context, "cloze", [fact.id]);
  const slotIndex = rng.int(slots.length);
  const blank = memoiseForFact(index, fact, `cloze-blank|${slotIndex}`, () => clozeBlank(index, fact, slots[slotIndex] as Slot));
  if (!blank) return null;
  const { slot, before, after, optionAnswer } = blank;

  // Typed, a date or a number after "a"/"an" would show "a(n)", or its article would narrow the months
  // ("an" for April, August or October): it is offered as a choice, in options that take the article, or not at all.
  const typedWouldShowArticle = blank.hasArticle && slot.kind !== "entity";
  const candidates = blank.canChoose && (typedWouldShowArticle || rng.next() < 0.5) ? blank.candidates() : null;
  // After "a"/"an", options that take the answer's article first: then the sentence can keep its own ("an 8 June meeting").
  const agreeing = blank.hasArticle && candidates ? candidates.filter(({ text }) => indefiniteArticle(text) === indefiniteArticle(optionAnswer)) : null;
  const agreeingDistractors = agreeing ? pickSimilar(rng, optionAnswer, agreeing, 3) : null;
  // Two voices of the claim's time make three options, as in an attribution item.
  const optionCount = isClaimant(fact, slot) && candidates?.length === 2 ? 2 : 3;
  const distractors = agreeingDistractors ?? (candidates ? pickSimilar(rng, optionAnswer, candidates, optionCount) : null);
  const shuffled = distractors ? shuffleOptions(rng, optionAnswer, distractors, { candidates: candidates ?? [] }) : null;
  if (typedWouldShowArticle && !shuffled) return null;
  // Typed, a name's hint gives its first letter, which tells "a" from "an" anyway: "a(n) _____ factbox" only jars.
  const keepsArticle = shuffled ? agreeingDistractors !== null : slot.kind === "entity";
  const split = keepsArticle ? blank.withArticle : { before, after };
  const shown: { before: string; after: string; options?: ItemOption[] } = shuffled
    ? { ...optionsWithArticles(index, split.before, slot.kind === "entity" ? slot.entityId : undefined, shuffled.options), after: split.after }
    : split;

  const answerBy = shuffled ? blank.chosen() : blank.typed();
  const base = 0.35 + precisionWeight(fact) + (shuffled ? 0 : 0.25);
  return finishItem(
    context,
    {
      type: "cloze",
      prompt: blank.prompt,
      before: shown.before,
      after: shown.after,
      answerFormat: slotFormat(slot),
      hint: shuffled ? chosenHints[slotFormat(slot)] : blank.typedHint,
      ...(shown.options ? { options: shown.options } : {}),
    },
    {
      facts: [fact],
      answer: { kind: "text", accepted: answerBy.accepted, ...(shuffled ? { optionId: shuffled.correctId } : {}) },
      // Chosen, the answer reads as its option does: "the" may have moved from the sentence into the options.
      expected: shown.options?.find((option) => option.id === shuffled?.correctId)?.text ?? blank.answer,
      explanation: fact.plainText,
      score: base,
      answerTexts: slot.kind === "entity" ? [] : blank.forms,
      answerNames: answerBy.answerNames,
      isLastResort,
    },
  );
}

/**
 * The spans a cloze on the fact may blank. The countries a pack is about (and the course's third,
 * `isGuessedBlank`) are what a learner would write in any blank, knowing the fact or not, and a source's one voice and its date name each other
 * (`asksTheSource`): blanked only when the fact has nothing else to blank, and then as a last resort
 * (see `GeneratedItem.isLastResort`), so that every fact can still be asked and reviewed.
 */
function clozeSlots(index: PackIndex, fact: LoadedFact): { slots: Slot[]; isLastResort: boolean } {
  const allSlots = markSlots(index, fact);
  const telling = allSlots.filter((slot) => !isGuessedBlank(index, slot) && !asksTheSource(index, fact, slot));
  // Who made a claim is what the attribution item asks, with wrong options of its own: a cloze blanks the claim itself first.
  const content = telling.filter((slot) => !isClaimant(fact, slot));
  const lastResort = allSlots.filter((slot) => !asksUnprintedDate(index, fact, slot));
  return { slots: content.length > 0 ? content : telling.length > 0 ? telling : lastResort, isLastResort: telling.length === 0 };
}

/**
 * True when the slot is the date of a source that does not print one (its `dateNote` says how we
 * worked it out): "A Reuters factbox of _____ judged …" asked for our reading of the factbox, and
 * "September 2010", when the closure it tells of began, was marked wrong (quiz audit of 7 December).
 */
function asksUnprintedDate(index: PackIndex, fact: LoadedFact, slot: Slot): boolean {
  return slot.kind === "date" && asksTheSource(index, fact, slot) && fact.sources.some((ref) => index.sourceById.get(ref.source)?.dateNote !== undefined);
}

function isClaimant(fact: LoadedFact, slot: Slot): boolean {
  return slot.kind === "entity" && (fact.claimedBy ?? []).includes(slot.entityId);
}

/**
 * A claimant's wrong options: only those who claimed something at the claim's time, and none (the
 * blank is typed) unless two or more did. The sentence or the prompt dates the claim, and "_____
 * told DW in March 2012 …" beside the analyst of 2024 and Malala Yousafzai left one or two options
 * (ninth quiz audit of 7 December: 6 of 7 such items in 360 quizzes); the attribution item already
 * kept to such voices. So does a person-role fact on someone who spoke at its date ("_____,
 * interviewed by DW in March 2012, is a political commentator"): beside the same pair, the rest of
 * the quiz, which quotes him that month, left a choice of two (quiz audit, seeds 1103-1105).
 */
function voicesOfItsTime(index: PackIndex, fact: LoadedFact, slot: Slot, candidates: DistractorEntry[]): DistractorEntry[] {
  const interval = index.intervalOf.get(fact.id) as DayInterval;
  const isVoiceOfItsDate = fact.kind === "person-role" && slot.kind === "entity" && claimedDuring(index, slot.entityId, interval);
  if (!isClaimant(fact, slot) && !isVoiceOfItsDate) return candidates;
  const spokeThen = new Set(
    index.pack.entities.filter((entity) => claimedDuring(index, entity.id, interval)).flatMap((entity) => (index.formsOf.get(entity.id) ?? []).map(normaliseAnswer)),
  );
  const ofItsTime = candidates.filter(({ text }) => spokeThen.has(normaliseAnswer(text)));
  return ofItsTime.length >= 2 ? ofItsTime : [];
}

/** What a cloze blanking one span is built from whatever the seed; its options and their order are the seed's. */
interface ClozeBlank {
  slot: Slot;
  prompt: string;
  /** The sentence around the blank, "a"/"an" before it as "a(n)". */
  before: string;
  after: string;
  /** The same with the sentence's own article. */
  withArticle: { before: string; after: string };
  hasArticle: boolean;
  forms: string[];
  /** The answer as an option shows it, and as the sentence writes it. */
  optionAnswer: string;
  answer: string;
  canChoose: boolean;
  /** The wrong options that fit the sentence, most plausible first (built on first need). */
  candidates: () => DistractorEntry[];
  typedHint: string;
  typed: () => BlankAnswer;
  chosen: () => BlankAnswer;
}

interface BlankAnswer {
  accepted: AcceptedAnswer;
  answerNames: string[];
}

/** The seed-free part of a cloze on `slot`, or null when the rest of the sentence gives the answer away. */
function clozeBlank(index: PackIndex, fact: LoadedFact, slot: Slot): ClozeBlank | null {
  const mark = slot.mark;
  if (!mark) return null;
  const optionAnswer = slotAnswerText(index, fact, slot);
  // A decade is answered "the 1980s": where the sentence writes "the" before its mark ("In the
  // [1980s]"), the blank takes that word in, or the answer would read "In the the 1980s".
  const theBefore = slot.kind === "date" && /^the /i.test(optionAnswer) ? /\bthe $/i.exec(fact.plainText.slice(0, mark.start)) : null;
  const start = theBefore ? mark.start - theBefore[0].length : mark.start;
  const { before, after } = splitAtBlank(fact.plainText, start, mark.end, false);
  // A sentence may date itself without a mark: "the attacks of 11 September 2001" name the event, not what is asked.
  const hasDateInText = fact.marks.some((m) => m.ref.type === "date") || writesItsDate(fact.plainText, fact);
  // A definition holds whenever it is read: "Fill in the blank (2010)" would date what the ISI stands for.
  const prompt = slot.kind === "date" || hasDateInText || fact.kind === "definition" ? "Fill in the blank." : `Fill in the blank (${factDateText(fact)}).`;
  const forms = slotForms(index, fact, slot);
  if (revealsAnswer(`${prompt} ${before} ${after}`, forms)) return null;

  const answer = slot.kind === "entity" ? mark.text : optionAnswer;
  // Who holds a position is typed, not chosen: another government or official offered as wrong may
  // hold it too (the Pentagon's hope that the routes would reopen was Panetta's as much as Little's).
  const blanksPositionHolder = fact.kind === "position" && isClaimant(fact, slot);
  const hinted = hintedText(slot, answer, optionAnswer);
  let candidates: DistractorEntry[] | undefined;
  let typed: BlankAnswer | undefined;
  let chosen: BlankAnswer | undefined;
  const answerBy = (accepted: AcceptedAnswer): BlankAnswer => ({ accepted, answerNames: typedAnswerNames(slot, forms, accepted) });
  return {
    slot,
    prompt,
    before,
    after,
    withArticle: splitAtBlank(fact.plainText, start, mark.end, true),
    hasArticle: articleBeforeBlank.test(fact.plainText.slice(0, start)),
    forms,
    optionAnswer,
    answer,
    canChoose: !(slot.kind === "quantity" && isHedgedQuantity(fact)) && !blanksPositionHolder,
    candidates: () =>
      (candidates ??= voicesOfItsTime(
        index,
        fact,
        slot,
        rankedEntries(slotDistractorTexts(index, fact, slot, `${before} … ${after}`)).filter(({ text }) => fitsSentence(fact, slot, text)),
      )),
    typedHint: slotHint(fact, slot, hinted),
    typed: () => (typed ??= answerBy(typedAccepted(index, fact, slot, hinted))),
    chosen: () => (chosen ??= answerBy(slotAccepted(index, fact, slot))),
  };
}
