/**
 * How plausible a provably wrong entity is as a distractor for a slot, from
 * what the bank knows about it: its category within its class (an official,
 * a militant leader, a commentator; a state body, a news organisation …),
 * the party it belongs to, and its era (the dates of its roles and of the
 * facts it appears in, and any fact showing it had died or ceased to exist,
 * or did not yet exist, at the item's date).
 *
 * Each candidate gets a rank (lower is better) or is ruled absurd. Ranks
 * order the fallback, most important first:
 * 1. category: the same category (0), or unknown / a related category (1);
 * 2. role: for attribution, a candidate the bank records making claims (0) or not (1);
 * 3. party: the answer's party (0), or another or none (1);
 * 4. era: evidence within 3 years of the item's date (0), within 8 years or none (1), further (2).
 *    Evidence is the dates of the entity's roles and of the facts it appears in (a fact dated to a
 *    range counts for the first year of the range only; a claim counts at its source's date).
 * Absurd, never offered: a person known by a description for a named one; a
 * name carrying a year outside the item's date; a category of another family (a militant leader for
 * an official, a broadcaster for a state body); another party when the
 * context names the answer's party ("Which US Defense Secretary …"); an
 * entity the bank shows had died, been dissolved or not yet been created at
 * the item's date; an official or militant leader (term-bound positions)
 * whose every dated appearance is more than 8 years from the item's date; a
 * place whose every dated appearance ended more than 8 years before it (it
 * may no longer exist).
 * Pure; profiles are computed once per entity and memoised on the pack index.
 */
import { dateInterval, intervalsOverlap, yearsMentioned, type DayInterval } from "./dates";
import { distinctiveEntityIds, isEverywhere, memoise, sharedFactCounts, type PackIndex } from "./pack-index";
import { paddedNormal } from "./text";
import type { Entity, LoadedFact } from "./types";

/** What the bank knows about an entity that bears on its plausibility. */
export interface EntityProfile {
  /** Category within the entity's class, or null when the bank does not say. */
  category: string | null;
  /** Categories in one family are related; across families a swap is absurd. */
  family: string | null;
  /** The party it belongs to; a place's party is the country it lies in. */
  party: string | undefined;
  /** Intervals of its roles and of the facts it appears in. */
  evidence: DayInterval[];
  /** The last day it existed or was alive, when a fact shows it died or ceased to exist. */
  endedBy?: number;
  /** The first day it can have existed, when a fact shows it was created. */
  startedAt?: number;
  /** True when the bank records it making a claim (position or expert view). */
  isClaimant: boolean;
  /** True when its name is a proper name (capitalised), not a description. */
  isNamed: boolean;
  /** The years its name carries ("author of the 2014 report"). */
  yearsInName: number[];
  /** The words of its name, description, roles and the titles facts give it ("general", "agency"). */
  kindWords: ReadonlySet<string>;
}

/** Titles that say what kind of person holds them. */
const titles = "general|colonel|admiral|president|minister|secretary|professor|correspondent|spokesman|ambassador|schoolgirl";
/**
 * A noun a question uses to say what its answer is ("which US general", "which
 * US Defense Secretary", "which Pakistani agency", "Who was the US President
 * who met …?"). When the answer is one, an option that is not is ruled out by
 * the question alone: Barack Obama is no general, a party no agency. Only after
 * "which" or "who was": elsewhere in a sentence the noun may belong to another
 * name ("General Mattis and _____ held talks").
 */
const askedKind = new RegExp(`\\b(?:which|who\\s+(?:was|were|is|became)(?:\\s+the)?)\\s+(?:[\\w'-]+\\s+){0,3}?(${titles}|agency|party|committee)\\b`, "i");
/**
 * A title right before the slot, in a sentence with the slot shown as "…" ("US President … and
 * Pakistan's Prime Minister talked", "coalition spokesman …", "the Pentagon Press Secretary, …,"),
 * says the same: "US President James Mattis" is false by its title alone.
 */
const titleBeforeSlot = new RegExp(`\\b(${titles}),?\\s+…`, "i");
/** The title the sentence gives the slot after it: "… was President of the United States". */
const titleAfterSlot = new RegExp(`…\\s+(?:was|were|is|became)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,2}?(${titles})\\b`, "i");
/**
 * A title the fact writes into the answer's own mark ("[General John Allen](john-allen)"): a swap or an
 * option drops it, but the sentence is about a general still, and "Barack Obama was the NATO commander"
 * is false to anyone.
 */
const titleInMark = new RegExp(`^(${titles})\\s`, "i");

/** Ranks below this keep the answer's own category (see `plausibilityRank`). */
export const sameCategoryRank = 27;
/** Ranks below this keep the answer's category and party, with evidence within 8 years (outside attribution). */
export const believableSwapRank = 2;

/** Years near enough to be of the same era, and the limit beyond which an entity is out of its era. */
const nearDays = 3 * 365;
const farDays = 8 * 365;

type Rule = [category: string, family: string, pattern: RegExp];

const personRules: Rule[] = [
  ["militant", "militant", /\b(taliban|qaeda|militants?|insurgents?|jihadi(st)?s?|haqqanis?|lashkar|terrorists?)\b/],
  ["official", "state", /\b(president|prime minister|minister|secretary|general|commander|command|chief|chairman|ambassador|spokes(man|woman|person)|envoy|senator|governor|officials?|director|colonel|admiral|diplomat|head of)\b/],
  ["commentator", "observer", /\b(author|analyst|analysis|writer|expert|commentator|professor|scholar|journalist|correspondent|editor|researcher|academic|observer|columnist|retired)\b/],
  ["civil", "observer", /\b(activist|campaigner|laureate)\b/],
];

/**
 * First match wins, so the order settles overlaps ("international military coalition" is an alliance).
 * Each kind of public body is a family of its own: one does not do another's work, and "the ISI's
 * cross-border raids", "the SAARC commander in Afghanistan" or "the Parliament-led coalition" is
 * false to anyone.
 */
const organisationRules: Rule[] = [
  ["media", "observer", /\b(broadcaster|news|newspaper|magazine|radio|television)\b/],
  ["academic", "observer", /\b(university|college|institute|think tank)\b/],
  ["political", "political", /\b(political party|the party|party that)\b|\bparty$/],
  ["alliance", "alliance", /\b(alliance|coalition|treaty organi[sz]ation)\b/],
  ["intergovernmental", "intergovernmental", /\b(regional organisation|united nations|association)\b/],
  // Three kinds of state body, one family: a spy agency, a military body and a civil one do different
  // work, and "General James Mattis commanded the US State Department" is false by its verb alone
  // (fourth quiz audit of 7 December); as a last resort one may still stand for another.
  ["intelligence", "state", /\b(intelligence|spy)\b/],
  ["military", "state", /\b(command|military|armed forces|army|pentagon|defen[cs]e)\b/],
  ["civil", "state", /\b(department|ministry|parliament|legislature|committee|government)\b/],
];

const groupRules: Rule[] = [
  ["militant", "militant", /\b(taliban|qaeda|militants?|insurgents?|jihad\w*|network|lashkar|jaish|tehrik|terrorists?)\b/],
  ["political", "political", /\b(party|parties|political|movement)\b/],
];

const personEnded = {
  // "killed Osama bin Laden", "killed al-Qaeda leader Osama bin Laden", "the death of …".
  before: /\b(killed|assassinated|executed|death of|killing of|assassination of)\s+((the\s+)?([\w-]+\s+){0,2}(leader|chief|commander|head|founder)\s+)?$/i,
  after: /^\s*(was|had been)\s+(killed|assassinated|executed)\b|^\s*died\b/i,
};
const bodyEnded = {
  before: /\b(collapse|dissolution|break-up|breakup|demise) of (the )?$/i,
  /** Only when the entity opens the clause, so "relations between X and Y collapsed" says nothing about Y. */
  after: /^\s*(collapsed|was dissolved|dissolved|ceased to exist|broke up)\b/i,
};
const created = {
  before: /\b(founding|creation|establishment|formation|launch) of (the )?$/i,
  after: /^\s*(was|were)\s+(founded|established|created|formed|launched|set up)\b/i,
};

/** The profile of an entity, memoised per pack. */
export function entityProfile(index: PackIndex, entityId: string): EntityProfile {
  // One map of profiles, not a memo key per entity: ranking a class looks up every member, and
  // building and hashing a key for each took longer than the rank itself.
  const profiles = memoise(index, "entity-profiles", () => new Map<string, EntityProfile>());
  let profile = profiles.get(entityId);
  if (!profile) profiles.set(entityId, (profile = computeProfile(index, entityId)));
  return profile;
}

function computeProfile(index: PackIndex, entityId: string): EntityProfile {
  const entity = index.entityById.get(entityId);
  const facts = index.factsByEntity.get(entityId) ?? [];
  if (!entity) return { category: null, family: null, party: undefined, evidence: [], isClaimant: false, isNamed: false, yearsInName: [], kindWords: new Set() };
  // A fact dated to a long range or a decade ("the 1990s": relations declined after the Soviet
  // withdrawal) shows its entities at its start, not throughout it.
  const evidence = [
    ...entity.roles.map((role) => dateInterval(role.date)),
    ...facts.flatMap((fact) => {
      // A claimant was active when the source reported the claim, whatever the claim is about
      // (a 2024 analysis of the 2011 raid is evidence of 2024).
      if (fact.claimedBy?.includes(entityId)) {
        const dates = fact.sources.flatMap((ref) => {
          const source = index.sourceById.get(ref.source);
          return source ? [dateInterval(source.date)] : [];
        });
        if (dates.length > 0) return dates;
      }
      const interval = index.intervalOf.get(fact.id) as DayInterval;
      const isLong = fact.date.precision === "range" || fact.date.precision === "decade";
      return [isLong ? { start: interval.start, end: Math.min(interval.end, interval.start + 365) } : interval];
    }),
  ];
  let endedBy: number | undefined;
  let startedAt: number | undefined;
  const titles: string[] = [];
  const marked: string[] = [];
  for (const fact of facts) {
    const interval = index.intervalOf.get(fact.id) as DayInterval;
    for (const mark of fact.marks) {
      if (mark.ref.type !== "entity" || mark.ref.id !== entityId) continue;
      const before = fact.plainText.slice(0, mark.start);
      const after = fact.plainText.slice(mark.end);
      const opensClause = /(^|[.;:,]\s*)(the\s+)?$/i.test(before);
      const ended =
        entity.kind === "person"
          ? personEnded.before.test(before) || personEnded.after.test(after)
          : bodyEnded.before.test(before) || (opensClause && bodyEnded.after.test(after));
      if (ended) endedBy = Math.min(endedBy ?? Infinity, interval.end);
      if (created.before.test(before) || (opensClause && created.after.test(after))) startedAt = Math.max(startedAt ?? -Infinity, interval.start);
      // The words just before a name often give the person's title: "US Defense Secretary Leon Panetta".
      if (entity.kind === "person") titles.push(before.split(/[.;:,()]/).pop()?.split(/\s+/).slice(-4).join(" ") ?? "");
      // A mark may take a title in: "[General James Mattis](james-mattis)".
      marked.push(fact.plainText.slice(mark.start, mark.end));
    }
  }
  const { category, family } = categorise(index, entity, titles);
  return {
    category,
    family,
    party: entity.kind === "place" && entity.placeType === "country" ? undefined : entity.party,
    evidence: mergeIntervals(evidence),
    ...(endedBy !== undefined ? { endedBy } : {}),
    ...(startedAt !== undefined ? { startedAt } : {}),
    isClaimant: (index.claimsByEntity.get(entityId) ?? []).length > 0,
    isNamed: /^[A-Z]/.test(entity.name),
    yearsInName: yearsMentioned(entity.name),
    kindWords: new Set(paddedNormal([entity.name, entity.description ?? "", ...entity.roles.map((role) => role.title), ...titles, ...marked].join(" ")).trim().split(" ")),
  };
}

/**
 * An entity's category from its roles, description and the titles the facts
 * give it. People are classed by votes (roles count most, then the
 * description, then titles in the text), since a person can be described in
 * several ways; organisations and groups by the first rule their
 * description or name matches.
 */
function categorise(index: PackIndex, entity: Entity, titles: readonly string[]): { category: string | null; family: string | null } {
  if (entity.kind === "person") {
    const votes = new Map<string, number>();
    const vote = (text: string, weight: number) => {
      const lower = text.toLowerCase();
      for (const [category, , pattern] of personRules) if (pattern.test(lower)) votes.set(category, (votes.get(category) ?? 0) + weight);
    };
    for (const role of entity.roles) vote(role.title, 3);
    vote(entity.description ?? "", 2);
    for (const title of titles) vote(title, 1);
    const party = entity.party ? index.entityById.get(entity.party) : undefined;
    if (party?.kind === "group" && categorise(index, party, []).category === "militant") votes.set("militant", (votes.get("militant") ?? 0) + 3);
    let best: Rule | undefined;
    let bestVotes = 0;
    for (const rule of personRules) {
      const count = votes.get(rule[0]) ?? 0;
      if (count > bestVotes) [best, bestVotes] = [rule, count];
    }
    return best ? { category: best[0], family: best[1] } : { category: null, family: null };
  }
  if (entity.kind === "place") {
    // Same class means the same place type; regions split into parts of a country, border lands and wider regions.
    if (entity.placeType !== "region") return { category: entity.placeType ?? null, family: "place" };
    const text = `${entity.name} ${entity.description ?? ""}`.toLowerCase();
    const category = entity.party ? "subnational" : /\b(border|frontier)\b/.test(text) ? "border" : "supranational";
    return { category, family: "place" };
  }
  // A route is reopened or shut, a programme is not: "what did Pakistan allow to reopen?" rules out the corridor and the initiative.
  if (entity.kind === "programme" && /\b(route|supply line)s?\b/i.test(`${entity.name} ${entity.description ?? ""}`)) return { category: "route", family: "route" };
  if (entity.kind === "programme" || entity.kind === "agreement") return { category: entity.kind, family: entity.kind };
  const rules = entity.kind === "organisation" ? organisationRules : entity.kind === "group" ? groupRules : [];
  // The name first: a description may name what the body dealt with ("the committee … re-evaluating the alliance").
  const name = `${entity.name} ${entity.aliases.join(" ")}`.toLowerCase();
  const description = (entity.description ?? "").toLowerCase();
  const rule = rules.find(([, , pattern]) => pattern.test(name)) ?? rules.find(([, , pattern]) => pattern.test(description));
  return rule ? { category: rule[0], family: rule[1] } : { category: null, family: null };
}

/** Sorted, with overlapping and touching intervals merged: an entity in hundreds of facts keeps a handful. */
function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: DayInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end + 1) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** True when some day of `year` lies in the interval. */
function yearWithin(year: number, interval: DayInterval): boolean {
  return intervalsOverlap(dateInterval({ precision: "year", value: String(year) }), interval);
}

/** The distance in days between two intervals (0 when they overlap). */
function gap(a: DayInterval, b: DayInterval): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/**
 * True when `context` (a stem, or the sentence around a blank) names the
 * party: one of its forms, or a word formed from one ("Pakistani",
 * "American", "Afghan", "Chinese").
 */
export function namesParty(index: PackIndex, context: string, partyId: string): boolean {
  const padded = paddedNormal(context);
  const words = padded.trim().split(" ");
  return (index.normalisedFormsOf.get(partyId) ?? []).some((form) => form !== "" && (padded.includes(` ${form} `) || holdsWordFormedFrom(words, form)));
}

const formingStems = new Map<string, string[]>();

/**
 * True when one of the (normalised) words is formed from the one-word normalised name: "soviet" from
 * "soviets", "afghan" from "afghanistan", "pakistani" from "pakistan". A name of several words, or of
 * fewer than five letters, forms none.
 */
export function holdsWordFormedFrom(words: Iterable<string>, name: string): boolean {
  let stems = formingStems.get(name);
  if (!stems) {
    stems = name.includes(" ") || name.length < 5 ? [] : [name.slice(0, -1), ...(name.endsWith("istan") && name.length > 9 ? [name.slice(0, -5)] : [])];
    formingStems.set(name, stems);
  }
  if (stems.length === 0) return false;
  for (const word of words) {
    if (word.length <= name.length + 3 && stems.some((stem) => word.startsWith(stem))) return true;
  }
  return false;
}

/** What a ranking is for: the answer, the item's date and the text the learner reads with the options. */
export interface RankRequest {
  answerId: string;
  fact: LoadedFact;
  context: string;
  /** Attribution: prefer candidates the bank records making claims. */
  preferClaimants?: boolean;
  /** The item's date when it is not the fact's (an attribution asks when the claim was made). */
  interval?: DayInterval;
}

/** A ranked candidate: lower ranks are more plausible. */
export interface Ranked<T> {
  value: T;
  rank: number;
}

/**
 * The candidates that are not absurd for the slot, each with its rank (see
 * the module comment), in rank order; candidates of equal rank keep their
 * given order.
 *
 * @example
 * rankEntities(index, candidates, { answerId: "leon-panetta", fact, context: "Which US Defense Secretary said …?" })
 * // US officials of 2012 first; militant leaders, and people known only from other eras, not at all
 */
export function rankEntities(index: PackIndex, candidates: readonly Entity[], request: RankRequest): Ranked<Entity>[] {
  const answer = entityProfile(index, request.answerId);
  const interval = request.interval ?? (index.intervalOf.get(request.fact.id) as DayInterval);
  const partyNamed = answer.party !== undefined && namesParty(index, request.context, answer.party);
  const markText = request.fact.marks.find((mark) => mark.ref.type === "entity" && mark.ref.id === request.answerId)?.text ?? "";
  const asked = (
    askedKind.exec(request.context) ??
    titleBeforeSlot.exec(request.context) ??
    titleAfterSlot.exec(request.context) ??
    titleInMark.exec(markText)
  )?.[1]?.toLowerCase();
  const kind = asked !== undefined && answer.kindWords.has(asked) ? asked : undefined;
  const fitsPlace = placeFits(index, request.fact, request.answerId);
  const ranked: Ranked<Entity>[] = [];
  for (const candidate of candidates) {
    if (kind !== undefined && !entityProfile(index, candidate.id).kindWords.has(kind)) continue;
    if (!fitsPlace(candidate)) continue;
    const rank = plausibilityRank(index, answer, candidate, interval, partyNamed, request.preferClaimants ?? false);
    if (rank !== null) ranked.push({ value: candidate, rank });
  }
  return ranked.map((entry, i) => ({ entry, i })).sort((a, b) => a.entry.rank - b.entry.rank || a.i - b.i).map(({ entry }) => entry);
}

/**
 * Whether a place may stand in for the answer's place. A sentence about the war's own people, bodies
 * and places (NATO's commander, the Taliban, Nangarhar) is false with any place the bank does not
 * show beside each of them, to anyone who knows where the war was: "the NATO commander in India";
 * "the NATO supply routes gave Pakistan a lever over the fighting in India", though India stands
 * beside Reuters elsewhere; "Middle Eastern powers, above all China" needs no fact either. One of the
 * pack's own countries never stands in for another place: "the fighting in the United States" and
 * "Taliban militants in the United States" read false to anyone who knows what the course is about.
 */
function placeFits(index: PackIndex, fact: LoadedFact, answerId: string): (candidate: Entity) => boolean {
  if (index.entityById.get(answerId)?.kind !== "place" || isEverywhere(index, answerId)) return () => true;
  const companions = distinctiveEntityIds(index, fact).filter((id) => id !== answerId);
  const sharedFacts = sharedFactCounts(index);
  return (candidate) => {
    if (isEverywhere(index, candidate.id)) return false;
    if (companions.length === 0) return true;
    // Named beside each of them by some fact other than this one.
    const shared = sharedFacts.get(candidate.id);
    const inThisFact = fact.entityIds.includes(candidate.id);
    return companions.every((id) => (shared?.get(id) ?? 0) > (inThisFact ? 1 : 0));
  };
}

/** The rank of one candidate, or null when it is absurd. */
export function plausibilityRank(
  index: PackIndex,
  answer: EntityProfile,
  candidate: Entity,
  interval: DayInterval,
  partyNamed: boolean,
  preferClaimants: boolean,
): number | null {
  const profile = entityProfile(index, candidate.id);
  // A person known only by a description ("author of the 2014 report …") is no match for a named one,
  // and a name that carries a year other than the item's rules itself out.
  if (candidate.kind === "person" && answer.isNamed && !/^[A-Z]/.test(candidate.name)) return null;
  if (profile.yearsInName.some((year) => !yearWithin(year, interval))) return null;
  // Category.
  let categoryRank = 1;
  if (answer.category !== null && profile.category !== null) {
    if (answer.category === profile.category) categoryRank = 0;
    else if (answer.family !== profile.family) return null;
  }
  // Party.
  let partyRank = 0;
  if (answer.party !== undefined && profile.party !== answer.party) {
    if (partyNamed && profile.party !== undefined) return null;
    // A body of many states (NATO, SAARC, the UN) is no one country's: "which Pakistani institution" rules it out.
    if (partyNamed && (profile.category === "alliance" || profile.category === "intergovernmental")) return null;
    partyRank = 1;
  }
  // Era: provable first, then evidence.
  if (profile.endedBy !== undefined && interval.start > profile.endedBy) return null;
  if (profile.startedAt !== undefined && interval.end < profile.startedAt) return null;
  let eraRank = 1;
  if (profile.evidence.length > 0) {
    let nearest = Infinity;
    for (const known of profile.evidence) nearest = Math.min(nearest, gap(known, interval));
    if (nearest <= nearDays) eraRank = 0;
    else if (nearest <= farDays) eraRank = 1;
    else {
      // Out of its era: a place that may no longer exist, or a holder of a term-bound position (an
      // official, a militant leader); commentators and organisations outlast their dated appearances.
      const endedBefore = profile.evidence.every((known) => known.end < interval.start);
      if (candidate.kind === "place" ? endedBefore : profile.category === "official" || profile.category === "militant") return null;
      eraRank = 2;
    }
  }
  const roleRank = preferClaimants && !profile.isClaimant ? 1 : 0;
  return categoryRank * 27 + roleRank * 9 + partyRank * 3 + eraRank;
}
