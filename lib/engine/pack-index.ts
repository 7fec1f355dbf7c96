/**
 * Lookup tables built once per pack and memoised on the pack object, so that
 * generating an item never scans the whole bank.
 */
import { citationFor } from "./citations";
import { dateInterval, intervalsOverlap, type DayInterval } from "./dates";
import { contentWords, hasNormalisedPhrase, normaliseAnswer, paddedNormal } from "./text";
import type { Citation, Entity, LoadedFact, LoadedModule, LoadedPack, Source } from "./types";

/** A claim recorded in the bank, with its words for similarity checks. */
export interface ClaimRecord {
  factId: string;
  claimants: string[];
  words: ReadonlySet<string>;
}

/** A cause-effect fact with the words of each side. */
export interface CauseEffectRecord {
  fact: LoadedFact;
  causeWords: ReadonlySet<string>;
  effectWords: ReadonlySet<string>;
}

export interface PackIndex {
  pack: LoadedPack;
  factById: Map<string, LoadedFact>;
  entityById: Map<string, Entity>;
  sourceById: Map<string, Source>;
  moduleById: Map<string, LoadedModule>;
  /** Each fact's date as an interval of days. */
  intervalOf: Map<string, DayInterval>;
  /** Facts that describe one event or contradict each other share a group id: never two in one quiz. */
  groupOf: Map<string, string>;
  groupMembers: Map<string, string[]>;
  factsByKind: Map<string, LoadedFact[]>;
  /** Entities by normalised acronym: an acronym two entities share cannot be matched to one name. */
  entitiesByAcronym: Map<string, Entity[]>;
  /** Facts in which each entity is involved (marked or listed). */
  factsByEntity: Map<string, LoadedFact[]>;
  /** Entities by class (see `entityClass`): the pool distractors are drawn from. */
  entitiesByClass: Map<string, Entity[]>;
  /** The figures the bank gives, or says other reports give, in each unit: never offered as wrong. */
  valuesByUnit: Map<string, number[]>;
  claimsByEntity: Map<string, ClaimRecord[]>;
  causeEffects: CauseEffectRecord[];
  /** Whether an entity's name is used with "the" ("the United States", but "Pakistan"). */
  takesArticle: Map<string, boolean>;
  /** Written forms of each entity, by which a text names it: name, acronym, aliases, capital. */
  formsOf: Map<string, string[]>;
  /** The same forms normalised (see `normaliseAnswer`). */
  normalisedFormsOf: Map<string, string[]>;
  citationsOf: Map<string, Citation[]>;
  /** The last day the newest source can have been written. */
  latestSourceDay: number;
  /** Each fact's plain text normalised, and its content words (cached: distractor checks read them often). */
  normalisedTextOf: Map<string, string>;
  contentWordsOf: Map<string, ReadonlySet<string>>;
  /** Seed-independent results (proven distractors, scope members), computed once per pack; see `memoise`. */
  memo: Map<string, unknown>;
  /** The same for results about one fact, kept by the fact; see `memoiseForFact`. */
  factMemo: Map<LoadedFact, Map<string, unknown>>;
}

/**
 * Returns the cached value for `key` in the pack's memo, computing it on
 * first use. Only for results that depend on the pack and the key alone,
 * never on a seed, so caching cannot change any output.
 */
export function memoise<T>(index: PackIndex, key: string, compute: () => T): T {
  return cached(index.memo, key, compute);
}

/**
 * As `memoise`, for a result about one fact, kept under the fact itself: a quiz on a pack of 10,000
 * facts looked up tens of thousands of keys built from fact ids, and hashing them took a fifth of its time.
 */
export function memoiseForFact<T>(index: PackIndex, fact: LoadedFact, key: string, compute: () => T): T {
  let memo = index.factMemo.get(fact);
  if (!memo) index.factMemo.set(fact, (memo = new Map()));
  return cached(memo, key, compute);
}

function cached<T>(memo: Map<string, unknown>, key: string, compute: () => T): T {
  const found = memo.get(key);
  if (found !== undefined || memo.has(key)) return found as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

const cache = new WeakMap<LoadedPack, PackIndex>();

/** The source paragraphs a fact cites, as "source|para" keys: facts of one paragraph restate or answer each other. */
export function paragraphKeys(fact: Pick<LoadedFact, "sources">): string[] {
  return fact.sources.map((ref) => `${ref.source}|${ref.para}`);
}

/** The id of the event a fact tells (its same-event or conflicts group; the fact's own id when it stands alone). */
export function groupIdOf(index: PackIndex, factId: string): string {
  return index.groupOf.get(factId) ?? factId;
}

/** A module's facts, in its order, once per pack: every quiz on the module starts from them. */
export function factsOfModule(index: PackIndex, moduleDef: LoadedModule): LoadedFact[] {
  return memoise(index, `module-facts|${moduleDef.id}`, () => moduleDef.factIds.flatMap((id) => index.factById.get(id) ?? []));
}

/** True when the fact's sentence names the entity (any of its forms) as whole words. */
export function factNamesEntity(index: PackIndex, factId: string, entityId: string): boolean {
  const text = index.normalisedTextOf.get(factId) ?? "";
  return (index.normalisedFormsOf.get(entityId) ?? []).some((form) => form !== "" && text.includes(` ${form} `));
}

/** True when the entity made a claim in some fact whose date overlaps the interval: a voice of that time. */
export function claimedDuring(index: PackIndex, entityId: string, interval: DayInterval): boolean {
  return (index.claimsByEntity.get(entityId) ?? []).some((record) => intervalsOverlap(index.intervalOf.get(record.factId) as DayInterval, interval));
}

/**
 * The pack's lookup tables, built on first use and cached for the pack object.
 *
 * @example
 * const index = indexPack(pack);
 * index.factById.get("dw-2012-nato-strike-toll-24-soldiers")?.quantity?.value // 24
 */
export function indexPack(pack: LoadedPack): PackIndex {
  const cached = cache.get(pack);
  if (cached) return cached;
  const index = buildIndex(pack);
  cache.set(pack, index);
  return index;
}

/**
 * The class an entity competes in as a distractor: people with people,
 * places with places of the same type, organisations with organisations.
 *
 * @example
 * entityClass({ kind: "place", placeType: "country" }) // "place:country"
 */
export function entityClass(entity: Pick<Entity, "kind" | "placeType">): string {
  return entity.kind === "place" ? `place:${entity.placeType ?? "other"}` : entity.kind;
}

function buildIndex(pack: LoadedPack): PackIndex {
  const factById = new Map(pack.facts.map((fact) => [fact.id, fact]));
  const entityById = new Map(pack.entities.map((entity) => [entity.id, entity]));
  const sourceById = new Map(pack.sources.map((source) => [source.id, source]));
  const moduleById = new Map(pack.modules.map((module) => [module.id, module]));

  const intervalOf = new Map<string, DayInterval>();
  const factsByEntity = new Map<string, LoadedFact[]>();
  const factsByKind = new Map<string, LoadedFact[]>();
  const entitiesByAcronym = new Map<string, Entity[]>();
  const valuesByUnit = new Map<string, number[]>();
  const claimsByEntity = new Map<string, ClaimRecord[]>();
  const causeEffects: CauseEffectRecord[] = [];
  const citationsOf = new Map<string, Citation[]>();
  const articleVotes = new Map<string, { withThe: number; total: number }>();

  for (const fact of pack.facts) {
    intervalOf.set(fact.id, dateInterval(fact.date));
    push(factsByKind, fact.kind, fact);
    for (const entityId of fact.entityIds) push(factsByEntity, entityId, fact);
    if (fact.quantity) for (const value of [fact.quantity.value, ...(fact.quantity.alsoReported ?? [])]) push(valuesByUnit, fact.quantity.unit, value);
    if (fact.claim && fact.claimedBy) {
      const record = { factId: fact.id, claimants: fact.claimedBy, words: contentWords(fact.claim) };
      for (const claimant of fact.claimedBy) push(claimsByEntity, claimant, record);
    }
    if (fact.kind === "cause-effect" && fact.cause && fact.effect) {
      causeEffects.push({ fact, causeWords: contentWords(fact.cause), effectWords: contentWords(fact.effect) });
    }
    citationsOf.set(
      fact.id,
      fact.sources.flatMap((ref) => {
        const source = sourceById.get(ref.source);
        return source ? [citationFor(source, ref.para)] : [];
      }),
    );
    for (const mark of fact.marks) {
      if (mark.ref.type !== "entity") continue;
      // After a possessive or another determiner ("China's Belt and Road Initiative", "the country's powerful
      // military", "an overmighty army"), or with one of its own ("Pakistan's military"), the name's own
      // article is dropped: no vote. "The" counts across an adjective or two ("the powerful military"), not
      // across a preposition: "the head of US Central Command" votes for no article.
      const determiner = /(['’]s|\b(?:the|its|their|his|her|our|a|an|this|that))(?:\s+(?!(?:of|in|for|to|at|on|by|with|from)\s)[a-z-]+){0,2}\s$/i.exec(fact.plainText.slice(0, mark.start))?.[1];
      if ((determiner && determiner.toLowerCase() !== "the") || /['’]s\b/.test(mark.text)) continue;
      const votes = articleVotes.get(mark.ref.id) ?? { withThe: 0, total: 0 };
      votes.total++;
      if (determiner) votes.withThe++;
      articleVotes.set(mark.ref.id, votes);
    }
  }

  const entitiesByClass = new Map<string, Entity[]>();
  const takesArticle = new Map<string, boolean>();
  const formsOf = new Map<string, string[]>();
  for (const entity of pack.entities) {
    push(entitiesByClass, entityClass(entity), entity);
    if (entity.acronym) push(entitiesByAcronym, normaliseAnswer(entity.acronym), entity);
    const votes = articleVotes.get(entity.id);
    // A person's name never takes "the", whatever stands before it ("the schoolgirl Malala Yousafzai").
    takesArticle.set(entity.id, entity.kind !== "person" && (votes ? votes.withThe * 2 > votes.total : guessTakesArticle(entity)));
    const forms = [entity.name, entity.acronym, ...entity.aliases, entity.capital].filter((form): form is string => Boolean(form));
    formsOf.set(entity.id, [...new Map(forms.map((form) => [normaliseAnswer(form), form])).values()]);
  }

  const { groupOf, groupMembers } = groupFacts(pack.facts);
  return {
    pack,
    factById,
    entityById,
    sourceById,
    moduleById,
    intervalOf,
    groupOf,
    groupMembers,
    factsByEntity,
    factsByKind,
    entitiesByAcronym,
    entitiesByClass,
    valuesByUnit,
    claimsByEntity,
    causeEffects,
    takesArticle,
    formsOf,
    normalisedFormsOf: new Map([...formsOf].map(([id, forms]) => [id, forms.map(normaliseAnswer)])),
    citationsOf,
    latestSourceDay: Math.max(...pack.sources.map((source) => dateInterval(source.date).end)),
    normalisedTextOf: new Map(pack.facts.map((fact) => [fact.id, ` ${normaliseAnswer(fact.plainText)} `])),
    contentWordsOf: new Map(pack.facts.map((fact) => [fact.id, contentWords(fact.plainText)])),
    memo: new Map(),
    factMemo: new Map(),
  };
}

/** Without usage in the bank, guess from the name: plural or institutional names take "the". */
function guessTakesArticle(entity: Entity): boolean {
  if (entity.kind === "person") return false;
  return /\b(States|Union|Kingdom|Emirates|Gulf|East|network|Network|Command|Agency|Party|Committee|Corridor|Initiative|Organization|Organisation|Association|Council|Ministry|Department|route|Pentagon|Parliament)\b/.test(
    entity.name,
  );
}

/** Union-find over `same-event` and `conflicts` links: each group may appear once per quiz. */
function groupFacts(facts: readonly LoadedFact[]): { groupOf: Map<string, string>; groupMembers: Map<string, string[]> } {
  const parent = new Map(facts.map((fact) => [fact.id, fact.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const fact of facts) {
    for (const related of fact.relatedFacts) {
      if (related.relation === "updates" || !parent.has(related.id)) continue;
      const a = find(fact.id);
      const b = find(related.id);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groupOf = new Map<string, string>();
  const groupMembers = new Map<string, string[]>();
  for (const fact of facts) {
    const root = find(fact.id);
    groupOf.set(fact.id, root);
    push(groupMembers, root, fact.id);
  }
  return { groupOf, groupMembers };
}

/**
 * True when a fact of the pack writes the entity's acronym, in its capitals.
 * Only such an acronym is taught (a lesson's glossary, acronym matching): one
 * that only the entity lists ("USSR", "TTP") is in no text the learner reads
 * and may be in no source; it stays a spelling a typed answer may use.
 */
export function isAcronymWritten(index: PackIndex, entity: Entity): boolean {
  const { acronym } = entity;
  if (!acronym) return false;
  return memoise(index, `acronym-written|${entity.id}`, () => {
    const asWord = new RegExp(`(^|[^\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`, "u");
    return (index.factsByEntity.get(entity.id) ?? []).some((fact) => asWord.test(fact.plainText));
  });
}

/**
 * True when an acronym is trivially the initials of an everyday name: a
 * two-letter acronym or a country ("US" – "United States", "UN" – "United
 * Nations") spelled by the initials of the name's words.
 *
 * @example
 * isTrivialAcronym({ kind: "place", placeType: "country", name: "United States", acronym: "US" }) // true
 * isTrivialAcronym({ kind: "organisation", name: "Inter-Services Intelligence", acronym: "ISI" }) // false
 */
export function isTrivialAcronym(entity: Pick<Entity, "kind" | "placeType" | "name" | "acronym">): boolean {
  const acronym = (entity.acronym ?? "").replace(/[^A-Za-z]/g, "").toLowerCase();
  if (acronym === "") return false;
  const initials = entity.name.split(/[\s-]+/).filter((word) => /^[A-Za-z]/.test(word)).map((word) => word[0]?.toLowerCase()).join("");
  const isInitials = initials === acronym;
  return isInitials && (acronym.length <= 2 || (entity.kind === "place" && entity.placeType === "country"));
}

/**
 * True for an entity named in more than a third of the pack's facts: the two
 * countries of a pack on their relations, which say nothing about a fact.
 */
export function isEverywhere(index: PackIndex, entityId: string): boolean {
  return (index.factsByEntity.get(entityId)?.length ?? 0) > index.pack.facts.length / 3;
}

/**
 * True for a country named in more than a tenth of the pack's facts, such as Afghanistan in a pack on
 * Pakistan and the United States: the third country of the course, which a learner writes in a blank
 * after "Pakistan and" or "what happens next in", knowing the fact or not (quiz audit of 7 December,
 * seeds 1103-1105: five such blanks, one answered "America" as well).
 */
export function isCommonCountry(index: PackIndex, entityId: string): boolean {
  const entity = index.entityById.get(entityId);
  return entity?.kind === "place" && entity.placeType === "country" && (index.factsByEntity.get(entityId)?.length ?? 0) > index.pack.facts.length / 10;
}

/**
 * The words of a text that few facts use: a speaker, a source's description ("the author of a June
 * 2012 opinion piece") or the pack's own countries are shared by many facts and tell nothing of one.
 */
export function tellingWords(index: PackIndex, text: string): ReadonlySet<string> {
  const factsWith = memoise(index, "facts-with-word", () => {
    const counts = new Map<string, number>();
    for (const words of index.contentWordsOf.values()) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  });
  return new Set([...contentWords(text)].filter((word) => (factsWith.get(word) ?? 0) <= index.pack.facts.length / 20));
}

/**
 * The facts of several modules, in module order without repeats, under the scope id that names them,
 * once per pack. A scope id keys what is remembered about its facts (their orderable events, their
 * entities), so every caller builds such a scope here: the pack's facts in their file order, under
 * the same id, changed every quiz over all modules generated after them.
 */
export function modulesScope(index: PackIndex, moduleIds: readonly string[]): { id: string; facts: LoadedFact[] } {
  const id = `modules:${moduleIds.join(",")}`;
  const facts = memoise(index, `scope-facts|${id}`, () => [
    ...new Set(moduleIds.flatMap((moduleId) => {
      const moduleDef = index.moduleById.get(moduleId);
      return moduleDef ? factsOfModule(index, moduleDef) : [];
    })),
  ]);
  return { id, facts };
}

/** The person a person-role fact gives a post to; none for a fact of another kind. */
export function postHolderOf(index: PackIndex, fact: LoadedFact): string | undefined {
  return fact.kind === "person-role" ? fact.entityIds.find((id) => index.entityById.get(id)?.kind === "person") : undefined;
}

/** The entities a fact involves other than those the pack names everywhere: the ones that single it out. */
export function distinctiveEntityIds(index: PackIndex, fact: LoadedFact): string[] {
  return fact.entityIds.filter((id) => !isEverywhere(index, id));
}

/**
 * How many facts name each pair of entities together, by entity id, built once per pack: looking
 * through an entity's facts for every pair asked about took seconds per quiz on a pack of 10,000 facts.
 */
export function sharedFactCounts(index: PackIndex): Map<string, Map<string, number>> {
  return memoise(index, "shared-fact-counts", () => {
    const counts = new Map<string, Map<string, number>>();
    for (const fact of index.pack.facts) {
      for (const a of fact.entityIds) {
        const row = counts.get(a) ?? new Map<string, number>();
        counts.set(a, row);
        for (const b of fact.entityIds) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
    return counts;
  });
}

/**
 * The fact's entities that the author or publisher line of one of its sources names ("DW" in a DW
 * report): its citation, not its content, so never swapped out or blanked but as a last resort.
 */
export function bylineEntityIds(index: PackIndex, fact: LoadedFact): ReadonlySet<string> {
  return memoiseForFact(index, fact, "byline-entities", () => {
    const ids = fact.sources.flatMap((ref) => {
      const source = index.sourceById.get(ref.source);
      return source ? fact.entityIds.filter((id) => isInByline(index, source, id)) : [];
    });
    return new Set(ids);
  });
}

/** True when the source's author or publisher line names the entity ("Reuters", "Minahil Changez"). */
export function isInByline(index: PackIndex, source: Source, entityId: string): boolean {
  const byline = memoise(index, `byline|${source.id}`, () => paddedNormal(`${source.author ?? ""} ${source.publisher ?? ""}`));
  return (index.normalisedFormsOf.get(entityId) ?? []).some((form) => hasNormalisedPhrase(byline, form));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
