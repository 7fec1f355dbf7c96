/**
 * Slots: the parts of a fact an item can ask about (a marked entity, the
 * date, the quantity), with their answer text, accepted typed forms and
 * provably wrong alternatives.
 */
import { dateDistractors, entityDistractors, entityOptionTest, quantityDistractors } from "./distractors";
import { dateInterval, datesAState, formatDate, type DayInterval } from "./dates";
import { formatQuantity, formatQuantityValue, isMoney, parseTypedNumber } from "./numbers";
import { claimedDuring, entityClass, isAcronymWritten, isCommonCountry, isEverywhere, memoise, memoiseForFact, type PackIndex } from "./pack-index";
import type { DistractorEntry } from "./items/common";
import { namesParty, rankEntities } from "./plausibility";
import { hasNormalisedPhrase, normaliseAnswer, paddedNormal } from "./text";
import type { AcceptedAnswer, AnswerFormat, Entity, LoadedFact, Mark } from "./types";

export type Slot =
  | { kind: "entity"; entityId: string; form: "name" | "acronym"; mark?: Mark }
  | { kind: "date"; mark?: Mark }
  | { kind: "quantity"; mark?: Mark };

/**
 * A slot naming an entity the pack names everywhere (`isEverywhere`: the countries a pack on their
 * relations is about). A learner would write it in any blank, or doubt any statement without it,
 * knowing the fact or not.
 */
export function isEverywhereSlot(index: PackIndex, slot: Slot): boolean {
  return slot.kind === "entity" && isEverywhere(index, slot.entityId);
}

/**
 * A blank a learner fills without knowing the fact: a country named everywhere, or the course's third
 * country (`isCommonCountry`). Typed or as a cloze, it is asked only as a last resort. Chosen as a
 * question, only the countries named everywhere are (the third is a wrong option elsewhere, so picking
 * it is no sure win).
 */
export function isGuessedBlank(index: PackIndex, slot: Slot): boolean {
  return isEverywhereSlot(index, slot) || (slot.kind === "entity" && isCommonCountry(index, slot.entityId));
}

/** The slot a fact's own `question` asks for, or null when it has none or names something unusable. */
export function questionSlot(index: PackIndex, fact: LoadedFact): Slot | null {
  if (!fact.question || !fact.answer) return null;
  if (fact.answer === "#date") return fact.date.precision === "range" ? null : { kind: "date" };
  if (fact.answer === "#quantity") return fact.quantity ? { kind: "quantity" } : null;
  return index.entityById.has(fact.answer) ? { kind: "entity", entityId: fact.answer, form: "name" } : null;
}

/**
 * Marked spans that can be blanked or swapped cleanly: an entity marked once,
 * written as its name or acronym, and not named again elsewhere in the
 * sentence; the quantity; the date when written as we would write it.
 */
export function markSlots(index: PackIndex, fact: LoadedFact): Slot[] {
  const cached = markSlotCache.get(fact);
  if (cached) return cached;
  const slots = findMarkSlots(index, fact);
  markSlotCache.set(fact, slots);
  return slots;
}

/** Slots depend only on the fact and its pack, so they are computed once per fact object. */
const markSlotCache = new WeakMap<LoadedFact, Slot[]>();

function findMarkSlots(index: PackIndex, fact: LoadedFact): Slot[] {
  const slots: Slot[] = [];
  for (const mark of fact.marks) {
    if (mark.ref.type === "quantity") {
      if (fact.quantity) slots.push({ kind: "quantity", mark });
      continue;
    }
    if (mark.ref.type === "date") {
      const sameForm = normaliseAnswer(mark.text) === normaliseAnswer(formatDate(fact.date));
      if (fact.date.precision !== "range" && sameForm && !datesAState(fact)) slots.push({ kind: "date", mark });
      continue;
    }
    const entityId = mark.ref.id;
    const entity = index.entityById.get(entityId);
    if (!entity) continue;
    if (fact.marks.filter((m) => m.ref.type === "entity" && m.ref.id === entityId).length !== 1) continue;
    const form = markForm(entity, mark.text);
    if (!form) continue;
    const rest = paddedNormal(fact.plainText.slice(0, mark.start) + " … " + fact.plainText.slice(mark.end));
    if ((index.normalisedFormsOf.get(entityId) ?? []).some((f) => hasNormalisedPhrase(rest, f))) continue;
    // An adjective of the name elsewhere in the sentence gives it away too ("The American retreat … the _____ had betrayed them").
    if (namesParty(index, rest, entityId)) continue;
    slots.push({ kind: "entity", entityId, form, mark });
  }
  return slots;
}

function markForm(entity: Entity, text: string): "name" | "acronym" | null {
  const written = normaliseAnswer(text);
  if (entity.acronym && written === normaliseAnswer(entity.acronym)) return "acronym";
  const name = normaliseAnswer(entity.name);
  if (written === name || written.endsWith(` ${name}`)) return "name";
  if (entity.kind === "person" && entity.aliases.some((alias) => normaliseAnswer(alias) === written)) return "name";
  return null;
}

/** How an entity is written in the slot's form. */
export function entityText(entity: Entity, form: "name" | "acronym"): string | null {
  return form === "acronym" ? (entity.acronym ?? null) : entity.name;
}

/** How an entity is written as a wrong option in the slot's form; null when it cannot be. */
function optionText(index: PackIndex, entity: Entity, form: "name" | "acronym"): string | null {
  // An acronym no fact writes ("PPP", "CENTCOM") is not taught, so it is no option either.
  return form === "acronym" && !isAcronymWritten(index, entity) ? null : entityText(entity, form);
}

/** The correct answer as shown in options and after grading. */
export function slotAnswerText(index: PackIndex, fact: LoadedFact, slot: Slot): string {
  switch (slot.kind) {
    case "entity": {
      const entity = index.entityById.get(slot.entityId) as Entity;
      return entityText(entity, slot.form) ?? entity.name;
    }
    case "date":
      return formatDate(fact.date);
    case "quantity":
      return fact.quantity ? formatQuantityValue(fact.quantity) : "";
  }
}

/** Every way the answer may be written: shown anywhere in an item, it gives the answer away. */
export function slotForms(index: PackIndex, fact: LoadedFact, slot: Slot): string[] {
  switch (slot.kind) {
    case "entity":
      return [...(index.formsOf.get(slot.entityId) ?? []), ...(slot.mark ? [slot.mark.text] : [])];
    case "date":
      return [formatDate(fact.date)];
    case "quantity":
      return fact.quantity ? [formatQuantityValue(fact.quantity), formatQuantity(fact.quantity)] : [];
  }
}

/**
 * Distractor texts with their plausibility ranks (lower is more plausible;
 * see `plausibility.ts`), as parallel arrays: they are memoised for every
 * slot tried, so they are kept compact.
 */
export interface RankedTexts {
  texts: string[];
  ranks: number[];
  /** For a date or a figure: whether each text lies below (before, under) the answer. */
  below?: boolean[];
  /** For a date or a figure: each text's place on its scale (day number, value), to list options in order. */
  scale?: number[];
}

/**
 * Whether a wrong value reads right in the fact's own sentence: a count of one does not agree with the
 * plural the sentence goes on with ("killed 1 Pakistani border guards"). A question's options stand alone.
 */
export function fitsSentence(fact: LoadedFact, slot: Slot, text: string): boolean {
  return slot.kind !== "quantity" || fact.quantity?.value === 1 || Number(text) !== 1;
}

/** The ranked texts as entries for `pickSimilar`. */
export function rankedEntries(ranked: RankedTexts): DistractorEntry[] {
  return ranked.texts.map((text, i) => ({
    text,
    rank: ranked.ranks[i] ?? 0,
    ...(ranked.below ? { below: ranked.below[i] ?? false } : {}),
    ...(ranked.scale?.[i] !== undefined ? { scale: ranked.scale[i] } : {}),
  }));
}


/**
 * Wrong answers for the slot that the bank proves wrong, written in the
 * answer's form, most plausible first; entities that would be absurd in the
 * slot (another era, category or named party) are left out. `stem` is the
 * text shown with the options: no option may be named in it, and it says
 * which party the answer belongs to.
 */
export function slotDistractorTexts(index: PackIndex, fact: LoadedFact, slot: Slot, stem: string): RankedTexts {
  // Only an entity's wrong options depend on the stem (what it names, what it asks for).
  const slotKey = slot.kind === "entity" ? `${slot.entityId}:${slot.form}|${stem}` : slot.kind;
  return memoiseForFact(index, fact, `slot-distractors|${slotKey}`, () => computeDistractorTexts(index, fact, slot, stem));
}

/**
 * The most plausible of `slotDistractorTexts` (those of its first rank), or none when that rank is not
 * below `belowRank`. For an entity, the class is ranked first and only candidates of the best rank are
 * tested against the bank: a true/false swap wants only them, and proving every entity of the class
 * wrong for every slot of every fact a quiz looks at was the largest cost of the first quizzes on a
 * pack of 10,000 facts.
 */
export function mostPlausibleTexts(index: PackIndex, fact: LoadedFact, slot: Slot, stem: string, belowRank: number): string[] {
  if (slot.kind !== "entity") {
    const { texts, ranks } = slotDistractorTexts(index, fact, slot, stem);
    const best = ranks[0] ?? Infinity;
    return best < belowRank ? texts.filter((_, i) => ranks[i] === best) : [];
  }
  const answer = index.entityById.get(slot.entityId);
  if (!answer) return [];
  const isOption = entityOptionTest(index, fact, slot.entityId, stem);
  let best: number | undefined;
  const texts: string[] = [];
  const classMembers = index.entitiesByClass.get(entityClass(answer)) ?? [];
  // The same order as `computeDistractorTexts`: rank order, and class order within a rank.
  for (const { value, rank } of rankEntities(index, classMembers, { answerId: slot.entityId, fact, context: stem })) {
    if (best === undefined ? rank >= belowRank : rank > best) break;
    const text = isOption(value.id) ? optionText(index, value, slot.form) : null;
    if (!text) continue;
    best = rank;
    texts.push(text);
  }
  return texts;
}

function computeDistractorTexts(index: PackIndex, fact: LoadedFact, slot: Slot, stem: string): RankedTexts {
  const unranked = (texts: string[]): RankedTexts => ({ texts, ranks: texts.map(() => 0) });
  switch (slot.kind) {
    case "entity": {
      const candidates = entityDistractors(index, fact, slot.entityId, stem);
      const result: RankedTexts = { texts: [], ranks: [] };
      for (const { value, rank } of rankEntities(index, candidates, { answerId: slot.entityId, fact, context: stem })) {
        const text = optionText(index, value, slot.form);
        if (!text) continue;
        result.texts.push(text);
        result.ranks.push(rank);
      }
      return result;
    }
    case "date": {
      const answerStart = dateInterval(fact.date).start;
      const dates = dateDistractors(index, fact);
      const starts = dates.map((date) => dateInterval(date).start);
      return { ...unranked(dates.map(formatDate)), below: starts.map((start) => start < answerStart), scale: starts };
    }
    case "quantity": {
      const quantity = fact.quantity;
      if (!quantity) return unranked([]);
      const values = quantityDistractors(index, fact);
      // Nearest first, a pair at a time: far values ("$7 billion a year" beside $2 billion) read as wrong on their face.
      return {
        texts: values.map((value) => formatQuantityValue({ ...quantity, value })),
        ranks: values.map((_, i) => Math.floor(i / 2)),
        below: values.map((value) => value < quantity.value),
        scale: values,
      };
    }
  }
}

/** Other words for what a count counts, as a learner (or another source) may write them: "21 attacks" for 21 strikes. */
const unitSynonyms: Record<string, string[]> = {
  strikes: ["attacks", "attack", "raids", "raid"],
  soldiers: ["troops", "men", "dead", "killed"],
  "border guards": ["guards", "guard", "soldiers", "soldier", "troops", "men", "dead", "killed"],
  militants: ["fighters", "insurgents", "dead", "killed"],
};

/** How a typed answer to the slot is checked. */
export function slotAccepted(index: PackIndex, fact: LoadedFact, slot: Slot): AcceptedAnswer {
  switch (slot.kind) {
    case "entity": {
      const written = slot.mark?.text;
      // Every entity of the class is looked at: once per pack and written form, not once per quiz.
      return memoise(index, `accepted|${slot.entityId}|${written ?? ""}`, () => {
        const entity = index.entityById.get(slot.entityId) as Entity;
        // The capital is right only where the fact writes it.
        const forms = [...new Set([...entityNames(index, entity), ...(written !== undefined ? [written] : [])])];
        const accepted = new Set(forms.map(normaliseAnswer));
        const rivalForms = (index.entitiesByClass.get(entityClass(entity)) ?? []).flatMap((other) => {
          if (other.id === entity.id) return [];
          const normal = index.normalisedFormsOf.get(other.id) ?? [];
          return (index.formsOf.get(other.id) ?? []).filter((_, i) => !accepted.has(normal[i] ?? ""));
        });
        const country = entity.party === undefined ? undefined : index.entityById.get(entity.party);
        // A programme belongs to its country as a place or body does: "China's Belt and Road Initiative".
        const isInCountry = (entity.kind === "place" || entity.kind === "organisation" || entity.kind === "programme") && country?.kind === "place" && country.placeType === "country";
        return {
          kind: "name",
          forms,
          rivalForms,
          ...(isInCountry ? { within: entityNames(index, country) } : {}),
          ...(entity.kind === "person" ? { titles: personTitles(entity) } : {}),
        };
      });
    }
    case "date":
      return { kind: "date", date: fact.date };
    case "quantity": {
      const unit = fact.quantity?.unit ?? "";
      // A learner may say what is counted, as the question does: "8 drone strikes"; not the measure of a
      // span the count holds ("in two weeks"), or "8 weeks" would pass for 8 strikes.
      const countsWords = normaliseAnswer(fact.quantity?.counts ?? "").split(" ");
      const countedWords = countsWords.filter(
        (word, i) => /^[a-z]{3,}$/.test(word) && parseTypedNumber(word) === null && (i === 0 || parseTypedNumber(countsWords[i - 1] ?? "") === null),
      );
      const synonyms = unitSynonyms[unit.toLowerCase()] ?? [];
      return { kind: "number", value: fact.quantity?.value ?? 0, unitWords: [...new Set([unit, unit.replace(/s$/, ""), ...synonyms, ...countedWords])] };
    }
  }
}

/** The words of a person's posts and names, which a title before their name must come from ("general" for "General James Mattis"). */
function personTitles(person: Entity): string[] {
  const texts = [person.name, ...person.aliases, ...person.roles.map((role) => role.title)];
  return [...new Set(texts.flatMap((text) => normaliseAnswer(text).split(" ")))].filter((word) => word.length > 1);
}

/** An entity's names: every form but its capital, which stands for a country's government, not its land. */
export function entityNames(index: PackIndex, entity: Entity): string[] {
  return (index.formsOf.get(entity.id) ?? []).filter((form) => form !== entity.capital);
}

/** The slot's forms and every name a typed answer is right with: shown anywhere else in a quiz, each gives the answer away. */
export function typedAnswerNames(slot: Slot, forms: readonly string[], accepted: AcceptedAnswer): string[] {
  if (slot.kind !== "entity") return [];
  return [...new Set([...forms, ...(accepted.kind === "name" ? accepted.forms : [])])];
}

/**
 * How a typed answer to the slot is checked, once its hint is known: an entity the fact lists in
 * `alsoTrue`, of the slot's class, is right too by its names that begin with the hint's letter. The
 * hint leaves it in ("a full-scale offensive in _____", "N": the North West tribal regions hold North
 * Waziristan), and a true answer must not be marked wrong; in a claimant's blank, only a voice of the
 * claim's time. The list is the fact's, not the blank's: a group
 * listed for another blank is no answer to "which country", nor a country to "in which city", and
 * one the hint rules out is left to the hint.
 */
export function typedAccepted(index: PackIndex, fact: LoadedFact, slot: Slot, hinted: string): AcceptedAnswer {
  const accepted = slotAccepted(index, fact, slot);
  if (accepted.kind !== "name" || slot.kind !== "entity") return accepted;
  const answer = index.entityById.get(slot.entityId);
  const initial = hinted.charAt(0).toUpperCase();
  // In a claimant's blank, the sentence dates the claim: "_____ (2024) counts aid dependence among
  // the problems" is not answered by an analyst who said as much in 2012.
  const blanksClaimant = (fact.claimedBy ?? []).includes(slot.entityId);
  const claimInterval = index.intervalOf.get(fact.id) as DayInterval;
  // Only the names the hint's letter starts: "FATA" answers no blank hinted "N", though the tribal
  // areas hold North Waziristan and "North West tribal regions" is one of their names.
  const alsoRight = fact.alsoTrue.flatMap((id) => {
    const entity = index.entityById.get(id);
    const fits = entity && answer && entityClass(entity) === entityClass(answer) && (!blanksClaimant || claimedDuring(index, id, claimInterval));
    const names = fits ? entityNames(index, entity) : [];
    return names.filter((form) => form.charAt(0).toUpperCase() === initial);
  });
  if (alsoRight.length === 0) return accepted;
  const right = new Set(alsoRight.map(normaliseAnswer));
  return { ...accepted, forms: [...new Set([...accepted.forms, ...alsoRight])], rivalForms: accepted.rivalForms.filter((form) => !right.has(normaliseAnswer(form))) };
}

/**
 * The accepted form whose first letter the hint gives: the answer without leading words the question
 * already says. "Which US government department …?" is answered "State Department", and "U" sent the
 * learner looking for another name; "which Pakistani institution …?" is answered "military", where "P"
 * fitted "Parliament" as well. A possessive before the name is not part of it either: "Pakistan's
 * military" is hinted by its "m".
 */
export function hintedForm(stem: string, answer: string, forms: readonly string[]): string {
  const stemNormal = paddedNormal(stem);
  const accepted = new Set(forms.map(normaliseAnswer));
  const words = answer.split(/\s+/);
  for (let drop = 1; drop < words.length; drop++) {
    const isPossessive = drop === 1 && /['’]s$/.test(words[0] ?? "");
    if (!isPossessive && !hasNormalisedPhrase(stemNormal, normaliseAnswer(words.slice(0, drop).join(" ")))) break;
    const rest = words.slice(drop).join(" ");
    if (accepted.has(normaliseAnswer(rest))) return rest;
  }
  return answer;
}

export function slotFormat(slot: Slot): AnswerFormat {
  return slot.kind === "entity" ? "name" : slot.kind === "date" ? "date" : "number";
}

/**
 * What the learner should type, in words. A name comes with the first letter of `answer` (the
 * name the learner is led to type): a sentence or question seldom rules out every
 * other name, and one outside our sources often fits too ("_____ forces" takes "US" as well as
 * "NATO"; "the Taliban and the _____" takes al-Qaeda as well as the Haqqanis).
 */
export function slotHint(fact: LoadedFact, slot: Slot, answer: string): string {
  if (slot.kind === "entity") return `Type ${readsAsName(answer) ? "a name" : "an answer"} beginning with “${answer.charAt(0).toUpperCase()}”.`;
  // A bare "2" is not "$2 billion" (grade.ts), so an amount says that its scale is part of the answer.
  if (slot.kind === "quantity") return isMoney(fact.quantity) ? "Type an amount of money, with “million” or “billion” where it has one." : "Type a number.";
  const hints = { day: "Type a day, month and year.", month: "Type a month and year.", year: "Type a year.", decade: "Type a decade.", range: "Type a date." };
  return hints[fact.date.precision];
}

/**
 * Whether the words read as a proper name: a capital in every word of four letters or more ("Osama
 * bin Laden", "al-Qaeda", "Belt and Road Initiative"). "Pakistani military" or "NATO supply route
 * through Pakistan" are not names, and "Type a name" would send the learner looking for one.
 */
function readsAsName(text: string): boolean {
  return text.split(/\s+/).every((word) => word.length < 4 || /\p{Lu}/u.test(word));
}
