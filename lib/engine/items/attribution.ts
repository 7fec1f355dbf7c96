/**
 * Attribution: "who argued that …" for expert-view facts (an analyst's or a
 * commentator's argument), with the date in the stem unless it would single
 * out the answer, and the fact's own verb when it says how the claim was made
 * ("who warned that", "who said that").
 */
import { dateInterval, datePhrase, factDatePhrase, intervalsOverlap, type DayInterval } from "../dates";
import { claimedDuring, isInByline, memoiseForFact, type PackIndex } from "../pack-index";
import { isSelfContained } from "../clauses";
import { claimantDistractors } from "../distractors";
import { rankEntities, type Ranked } from "../plausibility";
import { capitalise } from "../text";
import type { Entity, FactDate, LoadedFact } from "../types";
import { finishItem, itemRng, pickSimilar, revealsAnswer, shuffleOptions, type GeneratedItem, type GenerationContext } from "./common";

/**
 * When the claim was made: the fact's date, except when the claimant wrote
 * the source and the fact is dated by what the claim is about (a November
 * 2024 analysis judging the 2011 raid): then the source's date, to the month.
 */
export function claimDate(index: PackIndex, fact: LoadedFact, claimantId: string): FactDate {
  const interval = index.intervalOf.get(fact.id) as DayInterval;
  for (const ref of fact.sources) {
    const source = index.sourceById.get(ref.source);
    if (!source || !isInByline(index, source, claimantId)) continue;
    if (intervalsOverlap(interval, dateInterval(source.date))) return fact.date;
    const { date } = source;
    return date.precision === "day" && date.value ? { precision: "month", value: date.value.slice(0, 7) } : date;
  }
  return fact.date;
}

const claimVerbs: [RegExp, string][] = [
  [/^(?:argue[sd]?|contend(?:s|ed)|holds)$/, "argued"],
  [/^(?:warn(?:s|ed)|caution(?:s|ed))$/, "warned"],
  [/^(?:note[sd]?|observe[sd]?)$/, "noted"],
  [/^(?:writes|wrote)$/, "wrote"],
  [/^(?:says|said|told|add(?:s|ed)|stress(?:es|ed)|cite[sd])$/, "said"],
  [/^believe[sd]$/, "believed"],
  [/^judged$/, "judged"],
];
// Any verb of the table above, as a word anywhere in the sentence.
const reportingVerb = new RegExp(`\\b(?:${claimVerbs.map(([pattern]) => pattern.source.slice(1, -1)).join("|")})\\b`, "i");

/** How the fact says the claim was made, by its first reporting verb; "argued" for a view ("according to", "in Changez's view"). */
export function claimVerb(fact: LoadedFact): string {
  const verb = reportingVerb.exec(fact.plainText)?.[0].toLowerCase();
  return (verb && claimVerbs.find(([pattern]) => pattern.test(verb))?.[1]) ?? "argued";
}

/**
 * Words that open a fronted phrase ("in the United States, Pakistan is seen …"): after "that" it is set off by
 * a comma, as the facts' texts write it, or "who wrote that in the United States …" reads as where it was written.
 */
const frontedOpener = /^(?:in|despite|because|although|though|while|when|for all|as|after|before|since|with|without|unlike|amid|given|if|unless|once|during|by)\b[^,]*,\s/i;

/** The claim as the clause after "who argued that": a fronted phrase gets its opening comma. */
export function thatClause(claim: string): string {
  return frontedOpener.test(claim) ? `, ${claim}` : ` ${claim}`;
}

/** An attribution item naming one claimant (chosen by the seed), or null when the claim names its author or too few others are provably not its authors. */
export function attributionItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  // Only an analyst's or commentator's argument: a government's, an institution's or an official's
  // stance is rarely theirs alone (Panetta wanted the supply route reopened as much as Mattis did), so
  // another claimant offered as wrong may have held it too, as with true/false.
  if (fact.kind !== "expert-view" || !fact.claim || !fact.claimedBy?.length) return null;
  const rng = itemRng(context, "attribution", [fact.id]);
  const claimants = fact.claimedBy.filter((id) => index.entityById.has(id));
  if (claimants.length === 0) return null;
  const claimantId = rng.pick(claimants);
  const stem = memoiseForFact(index, fact, `attribution-stem|${claimantId}`, () => attributionStem(index, fact, claimantId));
  if (!stem) return null;
  const { claimant, datedPrompt, forms, ranked, spokeThen } = stem;

  // Wrong voices are those who claimed something at the claim's time: another is ruled out by the date
  // alone ("In March 2012, who said …?" beside the analyst of 2024). Three of them, or two (three
  // options); with fewer, no item. Undated, "Who wrote that …?" was asked only of the one analyst of
  // 2024, among voices of 2012 who never answered it, so its form named the answer (eighth to eleventh
  // quiz audits of 7 December: 99 of 239 attribution items in 360 quizzes); the fact's other types ask it.
  const ofItsTime = ranked.filter(({ value }) => spokeThen.has(value.name)).map(({ value, rank }) => ({ text: value.name, rank }));
  const distractors = ofItsTime.length >= 2 ? pickSimilar(rng, claimant.name, ofItsTime, Math.min(3, ofItsTime.length)) : null;
  if (!distractors) return null;
  const shuffled = shuffleOptions(rng, claimant.name, distractors, { capitalise: true });
  if (!shuffled) return null;
  return finishItem(
    context,
    { type: "attribution", prompt: datedPrompt, options: shuffled.options },
    {
      facts: [fact],
      answer: { kind: "option", optionId: shuffled.correctId },
      expected: shuffled.options.find((option) => option.id === shuffled.correctId)?.text ?? claimant.name,
      explanation: fact.plainText,
      score: 0.45 + (claimant.kind === "person" ? 0.1 : 0),
      answerTexts: [],
      answerNames: forms,
      // The claimant beside what the claim is about, in any item, answers it: "Minahil Changez holds that
      // the raid in Abbottabad showed …" answered "Who argued that the Abbottabad raid laid bare …?".
      namesBeside: { answers: forms, except: fact.claimedBy ?? [] },
    },
  );
}

/** What an attribution item on the fact and claimant is built from whatever the seed: its stem and its ranked wrong voices. */
interface AttributionStem {
  claimant: Entity;
  datedPrompt: string;
  forms: string[];
  ranked: Ranked<Entity>[];
  /** The wrong voices (by name) who claimed something at the claim's time. */
  spokeThen: ReadonlySet<string>;
}

/** The seed-free part of an attribution item, or null when the claim names its author or needs context it lacks. */
function attributionStem(index: PackIndex, fact: LoadedFact, claimantId: string): AttributionStem | null {
  const claimant = index.entityById.get(claimantId);
  if (!claimant || !fact.claim) return null;
  const claim = fact.claim.replace(/\s+/g, " ").trim().replace(/[.;]+$/, "");
  // "who argued that the two countries …": the claim must say which two.
  if (!isSelfContained(index, fact, claim, { claim: true })) return null;
  const madeOn = claimDate(index, fact, claimantId);
  const claimInterval = dateInterval(madeOn);
  const verb = claimVerb(fact);
  const datedPrompt = `${capitalise(madeOn === fact.date ? factDatePhrase(fact) : datePhrase(madeOn))}, who ${verb} that${thatClause(claim)}?`;
  const forms = index.formsOf.get(claimantId) ?? [];
  if (revealsAnswer(datedPrompt, forms)) return null;

  // Most plausible first: claimants of the same category, party and era; absurd ones are left out.
  const ranked = rankEntities(index, claimantDistractors(index, fact, claimantId, datedPrompt), {
    answerId: claimantId,
    fact,
    context: datedPrompt,
    preferClaimants: true,
    interval: claimInterval,
  });
  const spokeThen = new Set<string>();
  const named = new Set<string>();
  for (const { value } of ranked) {
    // An option is a name: the first entity ranked under it speaks for it.
    if (named.has(value.name)) continue;
    named.add(value.name);
    if (claimedDuring(index, value.id, claimInterval)) spokeThen.add(value.name);
  }
  return { claimant, datedPrompt, forms, ranked, spokeThen };
}
