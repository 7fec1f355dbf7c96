/**
 * Matching of 3–5 pairs: acronym ↔ what it names, person ↔ role at the time
 * (the date shown with each role), event ↔ year. No pair may be ambiguous.
 */
import { citationFor } from "../citations";
import { dateInterval, intervalsOverlap, roleDateAfterTitle, singleYear } from "../dates";
import { isAcronymWritten, isInByline, isTrivialAcronym, memoise, tellingWords, type PackIndex } from "../pack-index";
import type { Rng } from "../random";
import { capitalise, contentWords, normaliseAnswer, wordOverlap } from "../text";
import type { Citation, Entity, LoadedFact, MatchingKind, Role } from "../types";
import { finishItem, itemRng, type GeneratedItem, type GenerationContext, type LaterRound } from "./common";
import { orderableEvents } from "./events";

interface Pair {
  left: string;
  right: string;
  fact: LoadedFact;
  citations?: Citation[];
  /** How the answer lists the pair, when not "left – right". */
  listed?: string;
  /** Other facts the pair shows, in an acronym's description: no other item of its quiz may ask them. */
  shows?: readonly LoadedFact[];
}

/**
 * The fact among `facts` that involves the entity and defines it or states its role; else the one that
 * says most of what the pair shows of it (`shown`, an acronym's description: "the broadcaster whose
 * correspondent …" is practice of the fact on that correspondent, not of another DW report); else the first.
 */
function factAbout(index: PackIndex, scope: string, facts: readonly LoadedFact[], entityId: string, preferredKind: LoadedFact["kind"], shown = ""): LoadedFact | undefined {
  return memoise(index, `fact-about|${scope}|${entityId}|${preferredKind}`, () => {
    const involving = facts.filter((fact) => fact.entityIds.includes(entityId));
    return involving.find((fact) => fact.kind === preferredKind) ?? mostSaying(index, involving, shown) ?? involving[0];
  });
}

/** The fact that shares most words with `shown` ("drones" and "drone" alike), or undefined when none shares one. */
function mostSaying(index: PackIndex, facts: readonly LoadedFact[], shown: string): LoadedFact | undefined {
  return factsSaying(index, facts, shown, 1)[0];
}

/** Words without a plural "s", so that "drones" and "drone" count as one. */
function stemsOf(words: Iterable<string>): Set<string> {
  return new Set([...words].map((word) => word.replace(/s$/, "")));
}

/**
 * The facts that between them say `shown`: the one sharing most words with it, then, while one adds
 * `atLeast` words none chosen before shares, the one adding most. A description of two parts ("worked with
 * the ISI against the Soviet occupation … and later flew the drones") is said by two facts.
 */
function factsSaying(index: PackIndex, facts: readonly LoadedFact[], shown: string, atLeast: number): LoadedFact[] {
  const unsaid = stemsOf(contentWords(shown));
  const chosen: LoadedFact[] = [];
  for (;;) {
    let best: LoadedFact | undefined;
    let bestAdded: string[] = [];
    for (const fact of facts) {
      const added = [...stemsOf(index.contentWordsOf.get(fact.id) ?? [])].filter((stem) => unsaid.has(stem));
      if (added.length > bestAdded.length) [best, bestAdded] = [fact, added];
    }
    // The first fact needs one shared word; each further one `atLeast` new ones.
    if (!best || bestAdded.length < (chosen.length === 0 ? 1 : atLeast)) return chosen;
    chosen.push(best);
    for (const stem of bestAdded) unsaid.delete(stem);
  }
}

/**
 * The entity's facts that share two telling words (few facts use them: not "Pakistan", "ties" or "March
 * 2012") with its description beyond its own names. Shown in a matching item, "the project … by which
 * Pakistan has tried to draw closer to Beijing and which Washington regards warily" answers "Pakistan
 * has tried to draw closer to China by way of the China-Pakistan Economic Corridor: true or false?"
 * (quiz audit of seeds 1091-1092).
 */
function factsRestating(index: PackIndex, entity: Entity, description: string): LoadedFact[] {
  const names = stemsOf(contentWords([entity.name, entity.acronym ?? ""].join(" ")));
  const described = [...stemsOf(tellingWords(index, description))].filter((stem) => !names.has(stem));
  return (index.factsByEntity.get(entity.id) ?? []).filter((fact) => {
    const said = stemsOf(index.contentWordsOf.get(fact.id) ?? []);
    return described.filter((stem) => said.has(stem)).length >= 2;
  });
}

function entitiesIn(index: PackIndex, facts: readonly LoadedFact[], scope: string): Entity[] {
  return memoise(index, `scope-entities|${scope}`, () => scopeEntities(index, facts));
}

function scopeEntities(index: PackIndex, facts: readonly LoadedFact[]): Entity[] {
  const ids = new Set(facts.flatMap((fact) => fact.entityIds));
  return [...ids].flatMap((id) => {
    const entity = index.entityById.get(id);
    return entity ? [entity] : [];
  });
}

function acronymPairs(index: PackIndex, facts: readonly LoadedFact[], scope: string): Pair[] {
  const byAcronym = index.entitiesByAcronym;
  return entitiesIn(index, facts, scope).flatMap((entity) => {
    const acronym = entity.acronym;
    // An acronym shared by two entities in the pack could match either name; one no fact writes is not taught.
    if (!acronym || normaliseAnswer(acronym) === normaliseAnswer(entity.name) || (byAcronym.get(normaliseAnswer(acronym))?.length ?? 0) > 1) return [];
    if (!isAcronymWritten(index, entity)) return [];
    const fact = factAbout(index, scope, facts, entity.id, "definition", entity.description);
    if (!fact) return [];
    const name = /^[a-z]{1,3}-/.test(entity.name) ? entity.name : capitalise(entity.name);
    // What the acronym names, not the name it stands for: "ISI – Inter-Services Intelligence" is matched
    // by its initials, knowing nothing. The answer gives the name as well.
    if (entity.description) {
      const right = capitalise(entity.description);
      // The scope may hold no fact that says it ("the agency that operated the drones", in a module on the
      // ISI): the pair cites, beside its own fact, the pack's facts that between them say the description.
      const describing = memoise(index, `facts-describing|${entity.id}`, () => factsSaying(index, index.factsByEntity.get(entity.id) ?? [], entity.description ?? "", 3));
      const citations = [fact, ...describing.filter((cited) => cited !== fact)].flatMap((cited) => index.citationsOf.get(cited.id) ?? []);
      const shows = memoise(index, `facts-shown|${entity.id}`, () => factsRestating(index, entity, entity.description ?? "")).filter((shown) => shown !== fact);
      return [{ left: acronym, right, fact, listed: `${acronym} (${name}) – ${right}`, citations, shows }];
    }
    // "US – United States" tests nothing, and no fact teaches it: the fact it would count as practice of
    // ("the US-India nuclear deal") is only one that writes "US".
    if (isTrivialAcronym(entity)) return [];
    return [{ left: acronym, right: name, fact }];
  });
}

/** The roles that make a person ↔ role pair ambiguous: another person held a similar title at an overlapping date. */
function rolesClash(a: Role, b: Role): boolean {
  return wordOverlap(contentWords(a.title), contentWords(b.title)) >= 0.6 && intervalsOverlap(dateInterval(a.date), dateInterval(b.date));
}

function similarTitles(a: Role, b: Role): boolean {
  return wordOverlap(contentWords(a.title), contentWords(b.title)) >= 0.6;
}

type RolePair = Pair & { person: Entity; role: Role };

/**
 * The fact a person ↔ post pair is practice of: the one that says most of the post, where it says half of
 * its words or more, a fact of kind person-role first ("awarded the 2014 Nobel Peace Prize" for "2014
 * Nobel Peace Prize laureate", not the post of children's rights campaigner); else the person's fact of
 * kind person-role.
 */
function factOfRole(index: PackIndex, scope: string, facts: readonly LoadedFact[], person: Entity, role: Role): LoadedFact | undefined {
  return memoise(index, `fact-of-role|${scope}|${person.id}|${role.title}`, () => {
    const titleStems = stemsOf(contentWords(role.title));
    const saysHalf = (fact: LoadedFact) => [...stemsOf(index.contentWordsOf.get(fact.id) ?? [])].filter((stem) => titleStems.has(stem)).length * 2 >= titleStems.size;
    const saying = facts.filter((fact) => fact.entityIds.includes(person.id) && saysHalf(fact));
    return (
      mostSaying(index, saying.filter((fact) => fact.kind === "person-role"), role.title) ??
      mostSaying(index, saying, role.title) ??
      factAbout(index, scope, facts, person.id, "person-role")
    );
  });
}

function rolePairs(index: PackIndex, facts: readonly LoadedFact[], scope: string, rng: Rng): RolePair[] {
  return entitiesIn(index, facts, scope).flatMap((person) => {
    // A person known only by a description ("author of the 2012 piece") would give the role away.
    if (person.kind !== "person" || person.roles.length === 0 || !/^[A-Z]/.test(person.name)) return [];
    const role = rng.pick(person.roles);
    if (wordOverlap(contentWords(person.name), contentWords(role.title)) > 0.2) return [];
    const fact = factOfRole(index, scope, facts, person, role);
    const source = index.sourceById.get(role.source.source);
    // The author of a source ("author of the analysis … (15 November 2024)") is read off the citation
    // under every item from it: practice feedback had named her with its title before the matching.
    if (!fact || (source && isInByline(index, source, person.id))) return [];
    const date = roleDateAfterTitle(role);
    return [{
      left: person.name,
      right: date === undefined ? capitalise(role.title) : `${capitalise(role.title)} (${date})`,
      fact,
      person,
      role,
      citations: source ? [citationFor(source, role.source.para)] : undefined,
    }];
  });
}

function yearPairs(index: PackIndex, facts: readonly LoadedFact[], scope: string): Pair[] {
  return orderableEvents(index, facts, scope).flatMap((fact) => {
    const year = singleYear(fact.date);
    return year === undefined ? [] : [{ left: capitalise(fact.label ?? ""), right: String(year), fact }];
  });
}

/** Picks up to `target` pairs in the seed's order, skipping any that would make the set ambiguous. */
function choosePairs<P extends Pair>(rng: Rng, pairs: readonly P[], target: number, clashes: (a: P, b: P) => boolean): P[] {
  const chosen: P[] = [];
  for (const pair of rng.shuffle(pairs)) {
    if (chosen.some((other) => clashes(pair, other))) continue;
    chosen.push(pair);
    if (chosen.length === target) break;
  }
  return chosen;
}

const prompts: Record<MatchingKind, string> = {
  acronym: "Match each acronym to what it names.",
  "person-role": "Match each person to the role or title they held at the date shown.",
  "event-year": "Match each event to the year it happened.",
};

/**
 * A matching item of the given kind over `facts`, or null when fewer than three unambiguous pairs exist.
 * A quiz asks for a scope's later ones by `round` (2, 3, …), each from the pairs whose facts `isAsked`
 * does not rule out.
 */
export function matchingItem(context: GenerationContext, facts: readonly LoadedFact[], scope: string, kind: MatchingKind, later?: LaterRound): GeneratedItem | null {
  const { index } = context;
  const rng = itemRng(context, "matching", later ? [kind, scope, `round ${later.round}`] : [kind, scope]);
  const fresh = <P extends Pair>(pairs: P[]) => (later ? pairs.filter((pair) => !later.isAsked(pair.fact)) : pairs);
  const target = 3 + rng.int(3);
  const sameText = (a: Pair, b: Pair) =>
    normaliseAnswer(a.left) === normaliseAnswer(b.left) || normaliseAnswer(a.right) === normaliseAnswer(b.right) || a.fact.id === b.fact.id;
  let chosen: Pair[];
  // The people a person-role item pairs with posts (see `GeneratedItem.pairedPosts`).
  let paired: RolePair[] = [];
  if (kind === "acronym") {
    chosen = choosePairs(rng, fresh(acronymPairs(index, facts, scope)), target, sameText);
  }
  else if (kind === "event-year") {
    chosen = choosePairs(rng, fresh(yearPairs(index, facts, scope)), target, (a, b) => sameText(a, b) || index.groupOf.get(a.fact.id) === index.groupOf.get(b.fact.id));
  } else {
    // Two holders of one office (at any dates) never share an item: only the dates would tell them apart.
    chosen = paired = choosePairs(rng, fresh(rolePairs(index, facts, scope, rng)), target, (a, b) =>
      sameText(a, b) ||
      similarTitles(a.role, b.role) ||
      a.person.roles.some((role) => rolesClash(role, b.role)) ||
      b.person.roles.some((role) => rolesClash(role, a.role)),
    );
  }
  if (chosen.length < 3) return null;

  const leftOrder = rng.shuffle(chosen);
  const rightOrder = rng.shuffle(chosen);
  const left = leftOrder.map((pair, i) => ({ id: `l${i + 1}`, text: pair.left }));
  const right = rightOrder.map((pair, i) => ({ id: `r${i + 1}`, text: pair.right }));
  const pairs: Record<string, string> = {};
  leftOrder.forEach((pair, i) => {
    pairs[`l${i + 1}`] = `r${rightOrder.indexOf(pair) + 1}`;
  });
  const listing = leftOrder.map((pair) => pair.listed ?? `${pair.left} – ${pair.right}`);
  const citations = chosen.flatMap((pair) => pair.citations ?? index.citationsOf.get(pair.fact.id) ?? []);
  const facts_ = [...new Map(chosen.map((pair) => [pair.fact.id, pair.fact])).values()];

  return finishItem(
    context,
    { type: "matching", matchKind: kind, prompt: prompts[kind], left, right },
    {
      facts: facts_,
      answer: { kind: "pairs", pairs },
      expected: listing.join("; "),
      explanation: `${listing.join("; ")}.`,
      score: 0.4 + 0.06 * (chosen.length - 3) + (kind === "acronym" ? 0 : 0.1),
      answerTexts: kind === "person-role" ? chosen.map((pair) => pair.right) : [],
      ...(paired.length > 0 ? { pairedPosts: paired.map((pair) => ({ names: index.normalisedFormsOf.get(pair.person.id) ?? [], titleWords: contentWords(pair.role.title) })) } : {}),
      datedEvents: kind === "event-year" ? chosen.map((pair) => pair.fact) : [],
      citations: [...new Map(citations.map((citation) => [citation.text, citation])).values()],
      shownFacts: chosen.flatMap((pair) => pair.shows ?? []),
    },
  );
}
