/**
 * Wrong answers the bank proves wrong. Every function here returns only
 * candidates that no fact in the pack states to be true for the slot; when
 * too few survive, the caller does not generate the item.
 */
import { candidateDates, dateInterval, formatDate, intervalsOverlap, type DayInterval } from "./dates";
import { candidateQuantityValues, sameNumber } from "./numbers";
import { entityClass, factNamesEntity, groupIdOf, memoise, memoiseForFact, type PackIndex } from "./pack-index";
import { contentWords, hasNormalisedPhrase, normaliseAnswer, paddedNormal, wordOverlap } from "./text";
import type { Entity, FactDate, LoadedFact } from "./types";

/** Claims this similar (shared content words) are treated as the same claim. */
const sameClaimOverlap = 0.35;
/** Causes or effects this similar are treated as the same clause. */
export const sameClauseOverlap = 0.4;

/** The entities no item offers as a wrong answer to a fact: its own, those that make it true too, and those the sources cannot rule out. */
function neverOffered(fact: LoadedFact): string[] {
  return [...fact.entityIds, ...fact.alsoTrue, ...fact.notRuledOut];
}

/**
 * A test of whether an entity in place of `slotEntityId` makes the fact
 * false by the bank: the candidate is of the same class, is not part of this
 * fact or of any fact recorded as the same event, is not named by a
 * definition beside the slot's entity, never appears in another
 * fact together with all the fact's other marked entities (or, when the fact
 * marks no other entity, in a fact of the same kind at an overlapping date),
 * has not made a similar claim (when the slot is a claimant), and (for
 * people) did not hold a role named in the fact at an overlapping date.
 * The facts that could state the same thing are found once per slot, so each
 * candidate costs a set lookup.
 */
export function provablyWrongTest(index: PackIndex, fact: LoadedFact, slotEntityId: string): (candidateId: string) => boolean {
  const slot = index.entityById.get(slotEntityId);
  if (!slot) return () => false;
  const interval = index.intervalOf.get(fact.id) as DayInterval;
  const blocked = new Set<string>([...neverOffered(fact), ...fact.parties, ...(fact.claimedBy ?? [])]);
  const groupId = groupIdOf(index, fact.id);
  for (const memberId of index.groupMembers.get(groupId) ?? []) {
    const member = index.factById.get(memberId);
    for (const id of member ? neverOffered(member) : []) blocked.add(id);
  }
  // A definition ties the entities it names ("the Haqqani network is a faction of the Afghan
  // Taliban", "CPEC is a central piece of the Belt and Road Initiative"): the one in place of the
  // other is usually true too.
  for (const id of definitionPartners(index).get(slotEntityId) ?? []) blocked.add(id);
  const others = [...new Set(fact.marks.flatMap((mark) => (mark.ref.type === "entity" && mark.ref.id !== slotEntityId ? [mark.ref.id] : [])))];
  for (const other of factsStatingAlike(index, fact, others, interval)) {
    for (const id of other.entityIds) blocked.add(id);
  }
  const claimWords = fact.claimedBy?.includes(slotEntityId) && fact.claim ? contentWords(fact.claim) : null;
  const factWords = index.contentWordsOf.get(fact.id) ?? new Set<string>();
  const slotClass = entityClass(slot);

  return (candidateId: string): boolean => {
    const candidate = index.entityById.get(candidateId);
    if (!candidate || candidateId === slotEntityId || blocked.has(candidateId)) return false;
    if (entityClass(candidate) !== slotClass) return false;
    // A candidate named in the sentence without a mark ("Pakistani army", "Kabul") is not a clean swap.
    if (factNamesEntity(index, fact.id, candidateId)) return false;
    if (claimWords && (index.claimsByEntity.get(candidateId) ?? []).some((claim) => wordOverlap(claim.words, claimWords) >= sameClaimOverlap)) {
      return false;
    }
    if (candidate.kind === "person") {
      for (const role of candidate.roles) {
        const titleWords = contentWords(role.title);
        const shared = [...titleWords].filter((word) => factWords.has(word)).length;
        if (titleWords.size > 0 && shared / titleWords.size >= 0.6 && intervalsOverlap(interval, dateInterval(role.date))) return false;
      }
    }
    return true;
  };
}

/** The entities each entity is named beside in a definition, once per pack. */
function definitionPartners(index: PackIndex): Map<string, Set<string>> {
  return memoise(index, "definition-partners", () => {
    const partners = new Map<string, Set<string>>();
    for (const definition of index.factsByKind.get("definition") ?? []) {
      for (const id of definition.entityIds) {
        const set = partners.get(id) ?? new Set<string>();
        partners.set(id, set);
        for (const other of definition.entityIds) set.add(other);
      }
    }
    return partners;
  });
}

/** Other facts that share all of `others` (or, with none, the fact's kind and an overlapping date): any entity in them might be true in the slot. */
function factsStatingAlike(index: PackIndex, fact: LoadedFact, others: readonly string[], interval: DayInterval): LoadedFact[] {
  if (others.length === 0) {
    return (index.factsByKind.get(fact.kind) ?? []).filter(
      (other) => other.id !== fact.id && intervalsOverlap(interval, index.intervalOf.get(other.id) as DayInterval),
    );
  }
  // The shortest list, checked against each of its facts' own few entities: sets of the longer lists,
  // built anew for every slot tried, took half this function's time on a pack of 10,000 facts.
  const [smallest, ...rest] = others.map((id) => ({ id, facts: index.factsByEntity.get(id) ?? [] })).sort((a, b) => a.facts.length - b.facts.length);
  return (smallest?.facts ?? []).filter((other) => other.id !== fact.id && rest.every(({ id }) => other.entityIds.includes(id)));
}

/** True when the bank shows that `candidateId` in place of `slotEntityId` makes the fact false (see `provablyWrongTest`). */
export function isEntityProvablyWrong(index: PackIndex, fact: LoadedFact, slotEntityId: string, candidateId: string): boolean {
  return provablyWrongTest(index, fact, slotEntityId)(candidateId);
}

/**
 * Entities that are provably wrong for the slot and are not named in `stem`
 * (an option repeated in the question looks wrong for that reason alone).
 */
export function entityDistractors(index: PackIndex, fact: LoadedFact, slotEntityId: string, stem = ""): Entity[] {
  const slot = index.entityById.get(slotEntityId);
  if (!slot) return [];
  const isOption = entityOptionTest(index, fact, slotEntityId, stem);
  return (index.entitiesByClass.get(entityClass(slot)) ?? []).filter((candidate) => isOption(candidate.id));
}

/**
 * Whether an entity is one of `entityDistractors`, one candidate at a time: the proof's tables are
 * built when the first candidate needs them, so a caller that stops early may never build them.
 */
export function entityOptionTest(index: PackIndex, fact: LoadedFact, slotEntityId: string, stem: string): (candidateId: string) => boolean {
  const paddedStem = paddedNormal(stem);
  let isWrong: ((candidateId: string) => boolean) | undefined;
  return (candidateId) => !isNamedIn(index, paddedStem, candidateId) && (isWrong ??= provablyWrongTest(index, fact, slotEntityId))(candidateId);
}

/** True when `paddedText` (see `paddedNormal`) names the entity in any of its forms. */
function isNamedIn(index: PackIndex, paddedText: string, entityId: string): boolean {
  return (index.normalisedFormsOf.get(entityId) ?? []).some((form) => hasNormalisedPhrase(paddedText, form));
}

/**
 * Dates of the fact's precision that no fact of the same event allows, nearest
 * first. A day keeps its month and a month its year (`candidateDates`), so a
 * year the question names rules out no option that the answer itself passes:
 * "According to a report of March 2012, by when were troops due to leave?"
 * may offer October 2014 beside December 2014.
 */
export function dateDistractors(index: PackIndex, fact: LoadedFact): FactDate[] {
  const groupId = groupIdOf(index, fact.id);
  const own = index.intervalOf.get(fact.id) as DayInterval;
  // A fact of the same event dated more loosely ("March 2012" around "28 March 2012") says nothing the
  // fact's own date does not: it rules out no other day of that month.
  const isLooser = (known: DayInterval) => known.start <= own.start && known.end >= own.end && known.end - known.start > own.end - own.start;
  const eventIntervals = (index.groupMembers.get(groupId) ?? [fact.id]).map((id) => index.intervalOf.get(id) as DayInterval).filter((known) => !isLooser(known));
  const answerDisplay = formatDate(fact.date);
  // A fact dated after its source was written is a plan or a forecast: "due to leave by 2010", in a
  // report of March 2012, rules itself out. The earliest source is the one a question dates it by.
  const written = earliestSourceEnd(index, [fact]);
  const isPlan = own.start > written;
  // What another source speaks of was made before it was written: the factbox of October 2010, on
  // Pakistan asking for a deal like the one "Washington already had with India", rules out 2012 for
  // the year the US-India agreement was signed.
  const made = isPlan ? written : Math.min(written, ...madeEntityIds(index, fact).map((id) => earliestSourceEnd(index, (index.factsByEntity.get(id) ?? []).filter((other) => other !== fact))));
  // Nor, for a fact of the time something it names was in being, after that had ceased to be: "the 2000s"
  // for the Soviet occupation of Afghanistan is out to anyone who knows the Soviet Union ended in 1991
  // (item audit). A fact running past that end (the distancing of the 1990s "after the Soviet
  // withdrawal") keeps its later options.
  const lastDay = Math.min(...fact.entityIds.map((id) => lastDayOf(index.entityById.get(id)?.existedUntil)).filter((day) => own.end <= day));
  return candidateDates(fact.date).filter((candidate) => {
    const interval = dateInterval(candidate);
    // No source can report a date after the newest source was written: such an option rules itself out.
    if (interval.start > index.latestSourceDay || interval.start > lastDay) return false;
    if (isPlan && interval.end <= written) return false;
    // Nor can a source report what happened after it was written: an October 2010 factbox rules out
    // 2011 for the year Baitullah Mehsud was killed, and a report of 29 March 2012 rules out 30 March
    // for the day it tells (fourth quiz audit of 7 December).
    if (!isPlan && interval.start > made) return false;
    if (eventIntervals.some((known) => intervalsOverlap(known, interval))) return false;
    // The day either side is no fair wrong answer: an event overnight, in another time zone or reported the next day may carry it.
    // Nor is the month either side: a month read off "the end of 2014" might as well be November.
    const widened = { start: interval.start - 1, end: interval.end + 1 };
    if ((candidate.precision === "day" || candidate.precision === "month") && eventIntervals.some((known) => intervalsOverlap(known, widened))) return false;
    return formatDate(candidate) !== answerDisplay;
  });
}

/** The last day of an entity's last year (`existedUntil`), Infinity for one still in being. */
function lastDayOf(existedUntil: string | undefined): number {
  return existedUntil === undefined ? Infinity : dateInterval({ precision: "year", value: existedUntil }).end;
}

/** The last day of the earliest source any of the facts cites (Infinity for none). */
function earliestSourceEnd(index: PackIndex, facts: readonly LoadedFact[]): number {
  return Math.min(...facts.flatMap((fact) => fact.sources.flatMap((ref) => {
    const source = index.sourceById.get(ref.source);
    return source ? [dateInterval(source.date).end] : [];
  })));
}

/** The entities an event fact is the making of: those its label names ("the US-India civilian nuclear agreement"). */
function madeEntityIds(index: PackIndex, fact: LoadedFact): string[] {
  if (fact.kind !== "event" || !fact.label) return [];
  const label = normaliseAnswer(fact.label).replace(/^the /, "");
  return fact.entityIds.filter((id) => (index.normalisedFormsOf.get(id) ?? []).includes(label));
}

/** Words before a quantity that make it a bound or an estimate: any nearby value might then be true too. */
const hedgeBefore = /(more than|over|at least|almost|nearly|about|around|some|up to|fewer than|less than|roughly|approximately|under|as many as|as few as)\s*$/i;

/**
 * True when the fact gives its quantity as a bound or an estimate ("more than
 * $2 billion"): then no other value can be proved wrong, so no choice item
 * may offer one.
 */
export function isHedgedQuantity(fact: LoadedFact): boolean {
  if (!fact.quantity) return false;
  if (/\b(lower|upper) bound\b|\bapproximate|\bestimate|\bat least\b|\bat most\b/i.test(fact.quantity.counts)) return true;
  return quantityHedge(fact) !== undefined;
}

/** The words the text puts before its quantity to make it a bound or an estimate ("more than", "at least"); undefined for a plain figure. */
export function quantityHedge(fact: LoadedFact): string | undefined {
  const mark = fact.marks.find((m) => m.ref.type === "quantity");
  return mark ? hedgeBefore.exec(fact.plainText.slice(0, mark.start))?.[1]?.toLowerCase() : undefined;
}

/**
 * Values in the fact's unit that no fact in the bank gives for that unit at
 * any date (so the 2010 aid figure is never a distractor for the 2014 one).
 */
export function quantityDistractors(index: PackIndex, fact: LoadedFact): number[] {
  const quantity = fact.quantity;
  if (!quantity || isHedgedQuantity(fact)) return [];
  const known = index.valuesByUnit.get(quantity.unit) ?? [];
  return candidateQuantityValues(quantity).filter((value) => !known.some((given) => sameNumber(given, value)));
}

/**
 * Entities of the claimant's class that the bank does not record as making
 * this claim or a similar one, here or in any fact of the same event, and
 * that the stem does not name.
 */
export function claimantDistractors(index: PackIndex, fact: LoadedFact, claimantId: string, stem: string): Entity[] {
  return memoiseForFact(index, fact, `claimant-distractors|${claimantId}|${stem}`, () => computeClaimantDistractors(index, fact, claimantId, stem));
}

function computeClaimantDistractors(index: PackIndex, fact: LoadedFact, claimantId: string, stem: string): Entity[] {
  const claimant = index.entityById.get(claimantId);
  if (!claimant || !fact.claim) return [];
  const words = contentWords(fact.claim);
  const groupId = groupIdOf(index, fact.id);
  const groupClaimants = new Set(
    (index.groupMembers.get(groupId) ?? [fact.id]).flatMap((id) => index.factById.get(id)?.claimedBy ?? []),
  );
  const paddedStem = paddedNormal(stem);
  const offLimits = new Set(neverOffered(fact));
  return (index.entitiesByClass.get(entityClass(claimant)) ?? []).filter((candidate) => {
    if (candidate.id === claimantId || groupClaimants.has(candidate.id) || fact.claimedBy?.includes(candidate.id)) return false;
    // Like every other item, attribution offers none of the fact's entities, nor another party the author says holds the view too.
    if (offLimits.has(candidate.id)) return false;
    if (factNamesEntity(index, fact.id, candidate.id)) return false;
    if (isNamedIn(index, paddedStem, candidate.id)) return false;
    return !(index.claimsByEntity.get(candidate.id) ?? []).some((claim) => wordOverlap(claim.words, words) >= sameClaimOverlap);
  });
}

/**
 * Clauses that the bank does not link to `clause`'s other side: for "what
 * followed X", effects of facts whose cause is not like X and that are not
 * like any recorded effect of X (and the reverse for "what led to Y").
 */
export function clauseDistractors(index: PackIndex, fact: LoadedFact, ask: "effect" | "cause"): { fact: LoadedFact; clause: string }[] {
  return memoiseForFact(index, fact, `clause-distractors|${ask}`, () => computeClauseDistractors(index, fact, ask));
}

function computeClauseDistractors(index: PackIndex, fact: LoadedFact, ask: "effect" | "cause"): { fact: LoadedFact; clause: string }[] {
  const given = ask === "effect" ? "causeWords" : "effectWords";
  const asked = ask === "effect" ? "effectWords" : "causeWords";
  const own = index.causeEffects.find((record) => record.fact.id === fact.id);
  if (!own) return [];
  const groupId = index.groupOf.get(fact.id);
  const linked = index.causeEffects.filter(
    (record) => record.fact.id === fact.id || index.groupOf.get(record.fact.id) === groupId || wordOverlap(record[given], own[given]) >= sameClauseOverlap,
  );
  // A set: on a pack whose clauses share their words, nearly every record is linked.
  const isLinked = new Set(linked);
  return index.causeEffects
    .filter((record) => !isLinked.has(record))
    .filter((record) => linked.every((truth) => wordOverlap(truth[asked], record[asked]) < sameClauseOverlap))
    .map((record) => ({ fact: record.fact, clause: (ask === "effect" ? record.fact.effect : record.fact.cause) ?? "" }))
    .filter((entry) => entry.clause.length > 0);
}
