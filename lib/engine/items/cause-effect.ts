/**
 * Cause and effect: "X happened. What did this lead to?" or "Y happened. What
 * led to this?", with the other side's options taken from unrelated
 * cause-effect facts.
 */
import { dateInterval, factDatePhrase, intervalsOverlap, namesADate, periodOpener, yearOfDay, type DayInterval } from "../dates";
import { isNounPhrase, isSelfContained } from "../clauses";
import { isStandingSituation } from "./events";
import { clauseDistractors } from "../distractors";
import { distinctiveEntityIds, isEverywhere, memoise, memoiseForFact, tellingWords, type PackIndex } from "../pack-index";
import { asSentence, capitalise, contentWords } from "../text";
import type { LoadedFact } from "../types";
import { finishItem, itemRng, pickSimilar, precisionWeight, shuffleOptions, type GeneratedItem, type GenerationContext } from "./common";

type Side = "effect" | "cause";

const sides: readonly Side[] = ["effect", "cause"];

function clauseOfSide(fact: LoadedFact, side: Side): string {
  return (side === "effect" ? fact.effect : fact.cause) ?? "";
}

function otherSide(side: Side): Side {
  return side === "effect" ? "cause" : "effect";
}

/** Clauses are stored lower-case without a full stop; options show them as sentence fragments. */
function asOption(clause: string): string {
  return capitalise(clause.trim().replace(/[.;]+$/, ""));
}

/**
 * The stem: "<date>, <clause>. According to the sources, what did this lead
 * to?" (or "what led to this?"); a bare noun phrase ("the Abbottabad raid and
 * its aftermath") is asked about directly: "According to the sources, what did
 * the Abbottabad raid and its aftermath in 2011 lead to?", and after a standing
 * date: "As of 2024, according to the sources, what had … led to?" ("what did"
 * spoke of the past as of a date; "had" agrees with any subject). Not "what
 * followed?": every wrong effect comes from later years, so it followed too.
 */
function stemFor(fact: LoadedFact, given: string, ask: Side): string {
  if (isNounPhrase(given)) {
    const when = factDatePhrase(fact);
    // A standing date frames the question: "… meddling in Pakistan's internal affairs as of 2024 lead to?"
    // read as if the meddling were dated. A phrase with a comma of its own ("…, plus …") closes with one.
    if (/^as of\b/i.test(when)) {
      return ask === "effect"
        ? `${capitalise(when)}, according to the sources, what had ${given.includes(",") ? `${given},` : given} led to?`
        : `${capitalise(when)}, according to the sources, what has led to ${given}?`;
    }
    const dated = `${given} ${when}`;
    return ask === "effect" ? `According to the sources, what did ${dated} lead to?` : `According to the sources, what led to ${dated}?`;
  }
  const when = factDatePhrase(fact);
  // "As of 2024, China's influence in Asia has kept rising": what has this led to, not what did it lead to.
  const standing = /^as of\b/i.test(when) && !namesADate(given);
  const question = ask === "effect" ? `According to the sources, what ${standing ? "has this led" : "did this lead"} to?` : `According to the sources, what ${standing ? "has led" : "led"} to this?`;
  // A clause that names its own year ("the September 11 attacks struck the United States in 2001") needs no date before it.
  const dated = namesADate(given) ? given : `${when}, ${given}`;
  return `${asSentence(dated)} ${question}`;
}

/**
 * Words that say relations or feelings soured. Two such clauses are one answer to a learner:
 * whatever made mistrust grow could as well have made relations tense or collapse.
 */
const strainWords = /\b(declin\w*|mistrust|distrust|wore away|friction|strain\w*|collaps\w*|ruptur\w*|tense|tensions?|frustrat\w*|fury|anger\w*|betray\w*|anti-american|resent\w*|sour\w*|afraid|questioned)\b/i;

/** An effect that only says relations changed ("the dynamics of US relations with Pakistan changed once more"). */
const vagueChange = /\b(dynamics|changed|shifted)\b/i;

/**
 * Each fact's span in time, once per pack. A period the sentence opens ("After 2001, Pakistan kept
 * dealing with militant groups") lasts until its source was written: a clause of any year in it may be
 * linked to it.
 */
function factSpans(index: PackIndex): Map<string, DayInterval> {
  return memoise(index, "cause-effect-spans", () => {
    const spans = new Map<string, DayInterval>();
    for (const of of index.pack.facts) {
      const interval = index.intervalOf.get(of.id) as DayInterval;
      const opener = periodOpener(of);
      const source = opener === "after" || opener === "since" ? index.sourceById.get(of.sources[0]?.source ?? "") : undefined;
      spans.set(of.id, source ? { start: interval.start, end: Math.max(interval.end, dateInterval(source.date).end) } : interval);
    }
    return spans;
  });
}

/** The longest span, in days, of a short-lived fact. */
const shortLivedDays = 3 * 366;

/** Three years at most: a situation of decades overlaps everything and says nothing of one time. */
function isShortLived(span: DayInterval): boolean {
  return span.end - span.start <= shortLivedDays;
}

/** The short-lived facts' spans and topics, by start, once per pack. */
function shortLivedByStart(index: PackIndex): { span: DayInterval; topics: string[] }[] {
  return memoise(index, "cause-effect-short-lived", () => {
    const spans = factSpans(index);
    return index.pack.facts
      .flatMap((fact) => {
        const span = spans.get(fact.id) as DayInterval;
        return isShortLived(span) ? [{ span, topics: topicsOf(index, fact) }] : [];
      })
      .sort((a, b) => a.span.start - b.span.start);
  });
}

/** A fact's topics: its tags, and the entities it names other than the pack's two countries. */
function topicsOf(index: PackIndex, fact: LoadedFact): string[] {
  return [...fact.tags.map((tag) => `tag:${tag}`), ...distinctiveEntityIds(index, fact).map((id) => `entity:${id}`)];
}

/** How many short-lived facts overlapping the fact's span carry each topic: what the bank shows at its time. */
function topicsAt(index: PackIndex, fact: LoadedFact): Map<string, number> {
  return memoiseForFact(index, fact, "cause-effect-topics-at", () => {
    const counts = new Map<string, number>();
    const interval = factSpans(index).get(fact.id) as DayInterval;
    // A short-lived span that overlaps this one starts at most shortLivedDays before it: no scan of the pack.
    const byStart = shortLivedByStart(index);
    for (let i = firstStartingFrom(byStart, interval.start - shortLivedDays); i < byStart.length; i++) {
      const { span, topics } = byStart[i] as (typeof byStart)[number];
      if (span.start > interval.end) break;
      if (!intervalsOverlap(span, interval)) continue;
      for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    return counts;
  });
}

/** The index of the first entry starting on or after `day` (entries sorted by start). */
function firstStartingFrom(entries: readonly { span: DayInterval }[], day: number): number {
  let [low, high] = [0, entries.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entries[middle] as (typeof entries)[number]).span.start < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A cause-and-effect item in the direction the seed picks, or null without three unrelated alternatives. */
export function causeEffectItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  if (fact.kind !== "cause-effect" || !fact.cause || !fact.effect) return null;
  const { index } = context;
  // Whatever the seed, no item without three wrong options one way or the other.
  if (sides.every((ask) => wrongOptions(index, fact, ask).length < 3)) return null;
  const rng = itemRng(context, "cause-effect", [fact.id]);
  const wanted = rng.next() < 0.5 ? "effect" : "cause";
  const clauseOf = (side: Side) => clauseOfSide(fact, side);
  const givenOf = (ask: Side) => clauseOfSide(fact, otherSide(ask));
  // The stem shows one side on its own, so it must not lean on an unresolved reference ("the
  // programme …", "between the two"); the answer must not either, nor be a bare noun phrase among
  // clauses, or it would stand out from the options. Ask the other way round, or not at all.
  // What led to a standing situation ("friction has arisen", "Washington has courted India", as of
  // 2024) is open to any earlier event, since no one says when it began: such an effect is only asked
  // for, never given. A bare change of course ("the dynamics changed once more") is never the answer:
  // every concrete effect the cause had would be a better one.
  const isStanding = isStandingSituation(fact);
  const fits = (ask: Side) =>
    isSelfContained(index, fact, givenOf(ask)) &&
    isSelfContained(index, fact, clauseOf(ask)) &&
    !isNounPhrase(clauseOf(ask)) &&
    !(ask === "cause" && isStanding) &&
    !(ask === "effect" && vagueChange.test(clauseOf("effect")));
  // The seed's direction first, the other if that one cannot be asked fairly. What led to a souring or
  // a change of course is asked last: its wrong causes can only be later events, which a learner rules
  // out by their dates alone.
  const effect = clauseOf("effect");
  const order: Side[] = strainWords.test(effect) || vagueChange.test(effect) ? ["effect", "cause"] : [wanted, otherSide(wanted)];
  for (const ask of order) {
    if (!fits(ask)) continue;
    const item = itemAsking(context, fact, ask, rng);
    if (item) return item;
  }
  return null;
}

/**
 * Words of the stem an option repeats, leaving out the words of the pack's own countries, which
 * every option may name: an answer that repeats the stem ("Pakistan's secret nuclear programme
 * became a bone of contention" after "Pakistan pursued a secret nuclear programme") is found
 * by matching words, not by knowing the fact.
 */
function echoedWords(index: PackIndex, prompt: string, option: string): number {
  const stemWords = contentWords(prompt);
  const countries = countryWords(index);
  let echoed = 0;
  for (const word of contentWords(option)) if (stemWords.has(word) && !countries.has(word)) echoed++;
  return echoed;
}

/** The words of the pack's own countries' names, which every option may use. */
function countryWords(index: PackIndex): ReadonlySet<string> {
  return memoise(index, "cause-effect-country-words", () => {
    const words = new Set<string>();
    for (const [entityId, forms] of index.formsOf) if (isEverywhere(index, entityId)) for (const form of forms) for (const word of contentWords(form)) words.add(word);
    return words;
  });
}

/** Words that link a clause's parts and say nothing of what happened: "relations between them became tense once more". */
const linkingWords = new Set(["between", "became", "become", "once", "more", "again", "also", "both", "each", "other"]);

/** An option's words that neither the stem nor a country's name holds, nor link: what another item could say again (see `GeneratedItem.optionWords`). */
function newWords(index: PackIndex, prompt: string, option: string): ReadonlySet<string> {
  const stemWords = contentWords(prompt);
  const countries = countryWords(index);
  return new Set([...contentWords(option)].filter((word) => !stemWords.has(word) && !countries.has(word) && !linkingWords.has(word)));
}

/** A wrong option for one side of a fact: its clause, how far in time it lies (0–2) and its episodes. */
interface WrongClause {
  text: string;
  rank: number;
  episodes: string[];
}

/**
 * The wrong options for `ask`: for an effect, the author's own first (`wrongEffects`: of the fact's
 * time, and ruled out by its source), then other facts' clauses (`wrongClauses`), which come from
 * other times and so may be told apart by their dates.
 */
function wrongOptions(index: PackIndex, fact: LoadedFact, ask: Side): WrongClause[] {
  const authored = ask === "effect" ? (fact.wrongEffects ?? []) : [];
  return [...authored.map((clause) => ({ text: asOption(clause), rank: -1, episodes: [] })), ...wrongClauses(index, fact, ask)];
}

/**
 * The clauses that may be wrong options when the fact is asked for `ask`. They depend on the fact and
 * the direction, not on the seed: once per pack. A fact with fewer than three has no item that way.
 *
 * Distractors: clauses that stand alone (one leaning on an unresolved reference could read as true
 * of the stem), not noun phrases, not ruled out by time (a cause dated after the effect, an effect
 * dated before the cause) and not of the same period; those from facts nearer in time first.
 */
function wrongClauses(index: PackIndex, fact: LoadedFact, ask: Side): WrongClause[] {
  return memoiseForFact(index, fact, `cause-effect-candidates|${ask}`, () => {
    const givenClause = clauseOfSide(fact, otherSide(ask));
    const spans = factSpans(index);
    const spanOf = (of: LoadedFact): DayInterval => spans.get(of.id) as DayInterval;
    const interval = spanOf(fact);
    const answerIsStrain = strainWords.test(clauseOfSide(fact, ask));
    // What did a cause lead to? A souring, or a bare change of course, follows from almost anything in a
    // relationship (the nuclear ambitions of the 1990s brought sanctions, and mistrust too): never a wrong effect.
    const isCatchAllEffect = (clause: string) => ask === "effect" && (strainWords.test(clause) || vagueChange.test(clause));
    // What led to a souring, or to a change of course? Any earlier grievance or event may have fed it, so
    // its wrong causes come only from after it, which cannot have caused it (and no standing situation,
    // which may have held before).
    const givenIsCatchAll = ask === "cause" && (strainWords.test(givenClause) || vagueChange.test(givenClause));
    // A standing situation ("the United States has sought closer ties with India", as of 2024) is dated
    // by when a source saw it, not by when it began: it may have held at the fact's time too.
    const excludedByTime = (other: DayInterval, of: LoadedFact): boolean => {
      if (isStandingSituation(of)) return true;
      if (givenIsCatchAll) return other.start <= interval.end;
      return ask === "cause" ? other.start > interval.end : other.end < interval.start;
    };
    // A wrong option on the fact's own topic, or on a topic the bank shows at the fact's time, may have
    // happened then too. The NATO incursions of 2010 were followed by a closure of the supply route, as
    // the border strike of 2011 was; the Cold War alliance brought military aid, as the years after 2001 did.
    const ownTopics = new Set(topicsOf(index, fact));
    const topicsThen = topicsAt(index, fact);
    const aboutThen = (of: LoadedFact): boolean => {
      // The option's own fact is no evidence of its topic at the time.
      const span = spanOf(of);
      const countsItself = isShortLived(span) && intervalsOverlap(span, interval) ? 1 : 0;
      return topicsOf(index, of).some((topic) => ownTopics.has(topic) || (topicsThen.get(topic) ?? 0) > countsItself);
    };
    return clauseDistractors(index, fact, ask).flatMap((entry) => {
      if (!isSelfContained(index, entry.fact, entry.clause) || isNounPhrase(entry.clause)) return [];
      if ((answerIsStrain && strainWords.test(entry.clause)) || isCatchAllEffect(entry.clause)) return [];
      const other = spanOf(entry.fact);
      if (excludedByTime(other, entry.fact)) return [];
      // A clause of the same period may well be linked to the given one (the raid of 2011 both strained
      // diplomatic ties and ruptured the counterterrorism alliance): the bank cannot prove it wrong.
      if (intervalsOverlap(other, interval) || aboutThen(entry.fact)) return [];
      const distance = Math.max(0, other.start - interval.end, interval.start - other.end);
      // One episode (a year and a topic the facts share) gives at most one wrong option: three takes on
      // the Abbottabad raid would be one option three times.
      const episodes = entry.fact.tags.map((tag) => `${yearOfDay(other.start)}|${tag}`);
      return [{ text: asOption(entry.clause), rank: distance <= 3 * 365 ? 0 : distance <= 8 * 365 ? 1 : 2, episodes }];
    });
  });
}

/** The item asking for `ask`, or null without three unrelated alternatives or when its answer echoes the stem. */
function itemAsking(context: GenerationContext, fact: LoadedFact, ask: Side, rng: ReturnType<typeof itemRng>): GeneratedItem | null {
  const { index } = context;
  const candidates = wrongOptions(index, fact, ask);
  if (candidates.length < 3) return null;
  const givenClause = clauseOfSide(fact, otherSide(ask)).trim().replace(/[.;]+$/, "");
  const answer = asOption(clauseOfSide(fact, ask));
  const prompt = stemFor(fact, givenClause, ask);
  const seenEpisodes = new Set<string>();
  const oneEach = rng.shuffle(candidates).filter(({ episodes }) => {
    if (episodes.some((episode) => seenEpisodes.has(episode))) return false;
    for (const episode of episodes) seenEpisodes.add(episode);
    return true;
  });
  const distractors = pickSimilar(rng, answer, oneEach, 3);
  if (!distractors) return null;
  // Two or more words of the stem that no wrong option repeats as much give the answer away.
  const echoed = echoedWords(index, prompt, answer);
  if (echoed >= 2 && distractors.every((text) => echoed - echoedWords(index, prompt, text) >= 2)) return null;
  const shuffled = shuffleOptions(rng, answer, distractors);
  if (!shuffled) return null;
  return finishItem(
    context,
    { type: "cause-effect", prompt, options: shuffled.options },
    {
      facts: [fact],
      answer: { kind: "option", optionId: shuffled.correctId },
      expected: answer,
      explanation: fact.plainText,
      score: 0.4 + precisionWeight(fact) / 2,
      answerTexts: [],
      // Another item that says the answer again gives it away: after "Washington grew surer of Pakistan's
      // commitment to counterterrorism" was marked wrong, "the United States seriously questioned it" was.
      claimWords: tellingWords(index, answer),
      optionWords: { right: newWords(index, prompt, answer), wrong: distractors.map((text) => newWords(index, prompt, text)) },
    },
  );
}
