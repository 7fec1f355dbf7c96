/**
 * Quiz assembly: picks items to cover the requested modules evenly, never
 * testing a fact (or an event recorded twice) twice, never pairing items that
 * give each other away or ask for the same answer, asking one fact per source
 * paragraph while others remain, balancing item types and the requested
 * difficulty mix. Items are generated lazily, so a quiz from a
 * huge pack costs little more than one from a small pack.
 */
import { InvalidRequestError } from "./errors";
import { factGenerators, generateOne, generateScopeItem, knownAsk, scopeItemKind, scopeItemKinds, type ScopeItemKind } from "./generate";
import type { GeneratedItem, GenerationContext, ItemAsk } from "./items/common";
import { trueFalseTwins } from "./items/true-false";
import { factsOfModule, groupIdOf, indexPack, memoise, memoiseForFact, modulesScope, paragraphKeys, type PackIndex } from "./pack-index";
import { holdsWordFormedFrom } from "./plausibility";
import { spelledNumber } from "./numbers";
import { createRng, hashString, type Rng } from "./random";
import { spreadTypes } from "./spread";
import { contentWords, hasNormalisedPhrase, normaliseAnswer, paddedNormal, telltaleWord } from "./text";
import { difficulties, itemTypes, type Citation, type Difficulty, type ItemType, type LoadedFact, type LoadedPack, type Quiz, type QuizRequest } from "./types";

/** Most items one quiz may hold. */
export const maxQuizItems = 200;

interface Scope {
  id: string;
  facts: LoadedFact[];
  /** The facts' sheets, in the same order (none for a scope that offers only ordering and matching items). */
  sheets: FactSheet[];
  /** A scope over several modules offers only its ordering and matching items (its facts are queued in their modules). */
  groupOnly?: boolean;
}

/**
 * What a quiz reads about a fact each time it weighs it, worked out once per pack and queued as it is:
 * a quiz on a pack of 10,000 facts weighs about 5,000, and looking each of these up in its own table
 * took a fifth of its time (CPU profile).
 */
interface FactSheet {
  kind: "fact";
  fact: LoadedFact;
  /** The fact's event group: an event recorded twice is asked once. */
  groupId: string;
  /** The source paragraphs it cites, as "source|para" keys. */
  paragraphs: string[];
  /** Its text and citations, which every item on it shows after an answer (see `sheetsHolding`). */
  feedback: Feedback;
}

/** A fact's slot, a slot for the scope's next ordering or matching kind, or one for another item of a kind over facts not yet asked. */
type QueueEntry = FactSheet | { kind: "group" } | { kind: "again"; scopeKind: ScopeItemKind; round: number; misses: number };

/** How many draws in a row a later ordering or matching item may miss (its events given away by an item chosen before, say) before its kind stops. */
const maxMissedDraws = 2;

/**
 * Builds a quiz: client items without answers, and the answer key by item id.
 * Returns fewer items than `count` when the selection cannot support more.
 *
 * @example
 * const quiz = generateQuiz(pack, { modules: ["drones-and-sovereignty"], count: 10, seed: "attempt-42" });
 * quiz.items.length // up to 10; quiz.key[quiz.items[0].id].explanation explains the first
 */
export function generateQuiz(pack: LoadedPack, request: QuizRequest): Quiz {
  if (!request.askedLately?.length) return assembleQuiz(pack, request, "none");
  // Another type for a fact asked lately is worth less than a question more, or a due fact more in a
  // review (each is asked again next time, but a review asked one in 30 fewer): a quiz that weighs the
  // lately asked strongly and comes out short gives way to one that only breaks ties by them, and that
  // to one that ignores them. A review of eight facts after a quiz on them, weighed by ties alone,
  // asked five of them again word for word (review audit of 7 December).
  let fullest: Quiz | null = null;
  for (const weighing of latelyWeighings) {
    const quiz = assembleQuiz(pack, request, weighing);
    if (isFull(quiz, request)) return quiz;
    if (!fullest || quiz.items.length > fullest.items.length || (quiz.items.length === fullest.items.length && factsAsked(quiz) > factsAsked(fullest))) fullest = quiz;
  }
  return fullest as Quiz;
}

/**
 * How a quiz weighs what the learner was asked lately: "strong" counts the type a fact was asked in as
 * used twice more (so another type goes first unless the quiz holds two more of it), "ties" puts it last
 * among types used as often, "none" ignores it; each weighing asks those facts after the others but "none".
 */
type LatelyWeighing = "strong" | "ties" | "none";
const latelyWeighings: readonly LatelyWeighing[] = ["strong", "ties", "none"];

/** True when the quiz is as long as asked, and (a review) asks every fact named. */
function isFull(quiz: Quiz, request: QuizRequest): boolean {
  return quiz.items.length === request.count && (!request.factIds?.length || factsAsked(quiz) === new Set(request.factIds).size);
}

function factsAsked(quiz: Quiz): number {
  return new Set(Object.values(quiz.key).flatMap((entry) => entry.factIds)).size;
}

function assembleQuiz(pack: LoadedPack, request: QuizRequest, weighing: LatelyWeighing): Quiz {
  const index = indexPack(pack);
  const types = checkRequest(index, request);
  const scopes = resolveScopes(index, request);
  const context: GenerationContext = { index, seed: request.seed };
  const rng = createRng(`quiz|${request.seed}|${scopes.map((scope) => scope.id).join(",")}`);
  const targets = difficultyTargets(request.count, request.difficultyMix);
  const perTypeCap = Math.max(1, Math.ceil(request.count / types.size) + 1);
  // A fact item's type share starts there and grows only when no passed-over fact fits without more.
  let typeShare = perTypeCap;
  let nextShare = Infinity;

  // What the learner was asked lately: those facts wait for the others, and on them another type goes first.
  const askedLately = weighing === "none" ? [] : (request.askedLately ?? []);
  const factsAskedLately = new Set(askedLately.flatMap((item) => item.factIds));
  const askedLatelyAs = new Set(askedLately.flatMap((item) => item.factIds.map((factId) => `${factId}|${item.type}`)));
  const queues = scopes.map((scope) => buildQueue(rng, scope, factsAskedLately));
  const groupKinds = new Map<string, ScopeItemKind[]>();
  const chosen: GeneratedItem[] = [];
  const usedGroups = new Set<string>();
  const typeCounts = new Map<ItemType, number>();
  const difficultyCounts = new Map<Difficulty, number>();
  const trueFalseAnswers = { true: 0, false: 0 };
  // Items that show other facts turned round ("which of these statements is true?") use up four events
  // and four sentences of reading each: at most one in ten (a mixed quiz of 20 took 3.6 without a cap).
  const maxToldItems = Math.ceil(request.count / 10);
  let toldItems = 0;

  // The other-answer twins of chosen true/false items: the rest of the quiz must fit them too (see pickTrueFalse).
  const twinOf = new Map<GeneratedItem, GeneratedItem>();
  const shown: GeneratedItem[] = [];
  // False statements the last pass would take without their twin (see pickTrueFalse).
  const loneFalse = new Set<GeneratedItem>();
  // What the shown items ask that another item's explanation could give away (see feedbackGivesAway).
  const shownProbes: Probe[] = [];
  // The facts whose text, which every explanation of an item on them holds, gives one of those away.
  const givingAway = new Set<FactSheet>();
  /** True when nothing shown, nor any shown item's feedback, gives away what the item asks, nor asks for its answer too. */
  const heading = headingOf(index, scopes);
  const asksFreshly = (ask: ItemAsk) => {
    if (heading && feedbackGivesAway(feedbackProbes(ask), heading)) return false;
    if (!shown.every((other) => !asksSameAnswer(ask, other) && !givesAway(ask, other) && !feedbackSettles(ask, other))) return false;
    const probes = feedbackProbes(ask);
    return probes.length === 0 || shown.every((other) => !feedbackGivesAway(probes, feedbackOf(other)));
  };
  // What the quiz's matching items already pair up: the module's acronym matching and the one over all
  // modules each build theirs from a fact of their own about the entity, so "DW" came up in both.
  const matchedSubjects = new Set<string>();
  const matchesAgain = (item: GeneratedItem) => item.client.type === "matching" && item.client.left.some((pair) => matchedSubjects.has(normaliseAnswer(pair.text)));
  const fits = (item: GeneratedItem) =>
    item.groupIds.every((group) => !usedGroups.has(group)) &&
    !matchesAgain(item) &&
    asksFreshly(item) &&
    shown.every((other) => !(pass !== "last-resort" && clausesRepeat(item, other)) && !wrongOptionsRepeat(item, other) && !givesAway(other, item) && !feedbackSettles(other, item)) &&
    (shownProbes.length === 0 || !feedbackGivesAway(shownProbes, feedbackOf(item)));
  // The source paragraphs the quiz's fact items cite: facts of one paragraph restate or answer each other
  // ("a strategic necessity for both sides" beside "the alliance had collapsed: true or false?").
  const paragraphsAsked = new Set<string>();
  const citesAskedParagraph = (sheet: FactSheet) => sheet.paragraphs.some((paragraph) => paragraphsAsked.has(paragraph));
  // The facts an item turns round (beside its own, which pickFactItem weighs by its sheet): never one a
  // review is due to ask (it could not be asked after), nor (before the last pass) one that cites a
  // paragraph already asked. How many such items a quiz takes, itemOn keeps to.
  const reviewed = new Set(request.factIds ?? []);
  const sheetOf = (factId: string) => factSheet(index, index.factById.get(factId) as LoadedFact);
  const mayTell = (item: GeneratedItem) =>
    item.toldFactIds.every((factId) => !reviewed.has(factId) && (pass === "last-resort" || !citesAskedParagraph(sheetOf(factId))));
  const accept = (item: GeneratedItem) => {
    chosen.push(item);
    // The facts whose sentence the item's feedback tells: an item on one fact, and those it turns round.
    const explained = [...(item.key.factIds.length === 1 ? item.key.factIds : []), ...item.toldFactIds];
    for (const factId of explained) for (const paragraph of sheetOf(factId).paragraphs) paragraphsAsked.add(paragraph);
    const twin = twinOf.get(item);
    shown.push(item, ...(twin ? [twin] : []));
    for (const one of twin ? [item, twin] : [item]) {
      for (const probe of feedbackProbes(one)) {
        shownProbes.push(probe);
        for (const sheet of sheetsHolding(index, probe)) givingAway.add(sheet);
      }
    }
    for (const group of item.groupIds) usedGroups.add(group);
    if (item.client.type === "matching") for (const pair of item.client.left) matchedSubjects.add(normaliseAnswer(pair.text));
    if (item.toldFactIds.length > 0) toldItems++;
    if (item.key.answer.kind === "boolean") trueFalseAnswers[item.key.answer.value ? "true" : "false"]++;
    typeCounts.set(item.key.type, (typeCounts.get(item.key.type) ?? 0) + 1);
    difficultyCounts.set(item.client.difficulty, (difficultyCounts.get(item.client.difficulty) ?? 0) + 1);
  };
  const factTypes = factGenerators.map(([type]) => type).filter((type) => types.has(type));
  // The fact types least used first, ties broken by the seed, the type the fact was asked in lately
  // weighed as `weighing` says. One array, reordered for each fact weighed.
  const turns = factTypes.map((type) => ({ type, rank: 0 }));
  const typesInTurn = (fact: LoadedFact) => {
    turns.forEach((turn, i) => {
      turn.type = factTypes[i] as ItemType;
      const tieBreak = rng.next() * 0.9;
      const count = typeCounts.get(turn.type) ?? 0;
      if (!askedLatelyAs.has(`${fact.id}|${turn.type}`)) turn.rank = count + tieBreak;
      else turn.rank = weighing === "strong" ? count + 2 + tieBreak : count + 0.95;
    });
    return turns.sort((a, b) => a.rank - b.rank);
  };

  const isOverTarget = (item: GeneratedItem) =>
    targets !== null && (difficultyCounts.get(item.client.difficulty) ?? 0) >= (targets.get(item.client.difficulty) ?? 0);

  /** The scope's next fitting ordering or matching item; each kind's first is generated once per scope, on first need (later ones: pickLaterItem). */
  const pickGroupItem = (scope: Scope): GeneratedItem | null => {
    let pending = groupKinds.get(scope.id);
    if (!pending) {
      // Ordering first: it has one kind to matching's three, and drawn among them at random it came
      // into one mixed quiz in five.
      const kinds = rng.shuffle(scopeItemKinds(types));
      pending = [...kinds.filter((kind) => kind === "ordering"), ...kinds.filter((kind) => kind !== "ordering")];
      groupKinds.set(scope.id, pending);
    }
    while (pending.length > 0) {
      const kind = pending.shift() as ScopeItemKind;
      const item = generateScopeItem(context, scope.facts, scope.id, kind);
      if (item && (typeCounts.get(item.key.type) ?? 0) < perTypeCap && fits(item)) return item;
    }
    return null;
  };

  /**
   * The scope's item of `kind` from draw number `round`, over facts no item chosen so far asks. Each
   * accepted ordering or matching item lines up the next of its kind, drawn once the quiz runs short.
   * With one per scope, a learner who asked for five orderings over every module got one: the pack's
   * 19 orderable events fill four or five.
   */
  const pickLaterItem = (scope: Scope, kind: ScopeItemKind, round: number): GeneratedItem | null => {
    const isAsked = (fact: LoadedFact) => usedGroups.has(groupIdOf(index, fact.id));
    const item = generateScopeItem(context, scope.facts, scope.id, kind, { round, isAsked });
    return item && (typeCounts.get(item.key.type) ?? 0) < perTypeCap && fits(item) ? item : null;
  };

  // A fact passed over in one pass is tried again in the next: its items are built once per quiz.
  // Keyed by the fact, then the type: a quiz on a large pack looks at thousands of facts.
  const builtItems = new Map<LoadedFact, Map<ItemType, GeneratedItem | null>>();
  const itemOn = (fact: LoadedFact, type: ItemType): GeneratedItem | null => {
    // What `fits` checks first, where it is known without building: most items a quiz on a large pack
    // built asked for an answer the quiz already showed or asked, and were turned away.
    const ask = knownAsk(context, fact, type);
    if (ask === null || (ask && !asksFreshly(ask))) return null;
    // A choice on a fact with no question (or one answered by the pack's own countries) is "which of these
    // statements is true?": not built once the quiz holds its share, nor is that question, its last resort.
    if (ask === undefined && type === "multiple-choice" && toldItems >= maxToldItems) return null;
    let built = builtItems.get(fact);
    if (!built) builtItems.set(fact, (built = new Map()));
    let item = built.get(type);
    if (item === undefined) built.set(type, (item = generateOne(context, fact, type)));
    return item;
  };
  const builtTwins = new Map<LoadedFact, { seeded: GeneratedItem; twin: () => GeneratedItem } | null>();
  const twinsOf = (fact: LoadedFact) => {
    let twins = builtTwins.get(fact);
    if (twins === undefined) {
      const built = trueFalseTwins(context, fact);
      let twin: GeneratedItem | undefined;
      builtTwins.set(fact, (twins = built && { seeded: built.seeded, twin: () => (twin ??= built.twin()) }));
    }
    return twins;
  };

  /**
   * The fact's true/false item, taken only when its twin with the other answer
   * fits the quiz too, and every later item must fit both: whether a statement
   * is true never depends on what else the quiz asks. A true statement names
   * more of what other items ask, so it was turned away more often, and 58% of
   * answers were "false", the better guess. The last pass, for a quiz with
   * nothing else to ask, takes a statement whose twin does not fit; a false
   * one only when nothing else on its fact fits, or that pass alone answered
   * "false" four times in five, and a learner learns to guess it everywhere.
   * Where the seeded answer would put one answer three ahead of the other,
   * the twin is taken, or neither where it does not fit: by the coin alone, a
   * quiz on the regional picture answered "false" 12 times in 15 (item audit
   * of 6 December).
   */
  const pickTrueFalse = (fact: LoadedFact): GeneratedItem | null => {
    const twins = twinsOf(fact);
    if (!twins || !fits(twins.seeded)) return null;
    if (pass === "last-resort") {
      // Built in an earlier pass, the item may still carry the twin that pass required.
      twinOf.delete(twins.seeded);
      if (answersAhead(twins.seeded) >= 2) {
        const twin = twins.twin();
        twinOf.delete(twin);
        return fits(twin) ? twin : null;
      }
      const isFalse = twins.seeded.key.answer.kind === "boolean" && !twins.seeded.key.answer.value;
      if (isFalse && !fits(twins.twin())) loneFalse.add(twins.seeded);
      return twins.seeded;
    }
    const twin = twins.twin();
    if (!fits(twin)) return null;
    const [taken, other] = answersAhead(twins.seeded) >= 2 ? [twin, twins.seeded] : [twins.seeded, twin];
    twinOf.set(taken, other);
    return taken;
  };
  // How many more of the chosen true/false items have the item's answer than the other one.
  const answersAhead = (item: GeneratedItem) => {
    const { answer } = item.key;
    if (answer.kind !== "boolean") return 0;
    return answer.value ? trueFalseAnswers.true - trueFalseAnswers.false : trueFalseAnswers.false - trueFalseAnswers.true;
  };

  /**
   * One item on the fact, unless an item chosen before asks what the fact's text gives away, or (before
   * the last pass) a fact of the same source paragraph: types are tried least-used first (ties by the seed)
   * and generated only as needed, since proving distractors wrong is the
   * costly part. An item over its difficulty target is kept only as a fallback;
   * a type the quiz already holds its share of is not tried until the share
   * grows, so that a fact with other types is asked first; a last-resort item
   * is taken only in the last pass and when nothing else on the fact fits, and
   * a lone false statement after that.
   */
  const pickFactItem = (sheet: FactSheet): GeneratedItem | null => {
    if (usedGroups.has(sheet.groupId)) return null;
    if ((pass !== "last-resort" && citesAskedParagraph(sheet)) || givingAway.has(sheet)) return null;
    const { fact } = sheet;
    let fallback: GeneratedItem | null = null;
    let lastResort: GeneratedItem | null = null;
    let lone: GeneratedItem | null = null;
    for (const { type } of typesInTurn(fact)) {
      const count = typeCounts.get(type) ?? 0;
      // A type over its share is not even built. (Types come least-used first, but for one asked lately.)
      if (count >= typeShare) {
        nextShare = Math.min(nextShare, count + 1);
        continue;
      }
      const item = type === "true-false" ? pickTrueFalse(fact) : itemOn(fact, type);
      if (!item || !mayTell(item) || !fits(item)) continue;
      if (loneFalse.has(item)) lone ??= item;
      else if (item.isLastResort) lastResort ??= item;
      else if (!isOverTarget(item)) return item;
      else fallback ??= item;
    }
    if (pass === "mix") return null;
    return fallback ?? (pass === "last-resort" ? (lastResort ?? lone) : null);
  };

  // A first pass keeps to the difficulty mix; a second, over the facts it passed over, fills what is
  // left; a last one takes last-resort items, for a quiz (or a review) of facts with nothing else to ask.
  // In each, a type the quiz holds its share of waits while facts with other types remain; then the
  // share grows by as little as lets a passed-over fact in (a module of views is asked mostly true or
  // false, but only once its other types run out).
  // Once no share can grow, and before the next pass, a quiz running short draws later ordering and matching
  // items (pickLaterItem): they wait until then, so a mixed quiz that has enough to ask costs no extra draws
  // and keeps one ordering. Drawn before a share grew, they gave one mixed quiz in 60 a second ordering
  // where one more fact item fitted.
  let pass: "mix" | "fill" | "last-resort" = targets !== null ? "mix" : "fill";
  const passedOver = scopes.map(() => [] as QueueEntry[]);
  const laterDraws = scopes.map(() => [] as QueueEntry[]);
  const hasLaterDraws = () => laterDraws.some((entries) => entries.length > 0);
  let progressed = true;
  while (chosen.length < request.count && (progressed || pass !== "last-resort" || hasLaterDraws())) {
    if (!progressed && nextShare === Infinity && hasLaterDraws()) laterDraws.forEach((entries, i) => queues[i]?.push(...entries.splice(0)));
    else if (!progressed) {
      if (nextShare !== Infinity) typeShare = nextShare;
      else if (pass === "mix") pass = "fill";
      else {
        // What is left is asked by a guess: which type it takes no longer matters.
        pass = "last-resort";
        typeShare = Infinity;
      }
      nextShare = Infinity;
      passedOver.forEach((entries, i) => queues[i]?.push(...entries.splice(0)));
    }
    progressed = false;
    for (const [i, scope] of scopes.entries()) {
      if (chosen.length >= request.count) break;
      const queue = queues[i] as QueueEntry[];
      while (queue.length > 0) {
        const entry = queue.shift() as QueueEntry;
        const picked = entry.kind === "fact" ? pickFactItem(entry) : entry.kind === "group" ? pickGroupItem(scope) : pickLaterItem(scope, entry.scopeKind, entry.round);
        if (!picked) {
          if (pass !== "last-resort" && entry.kind === "fact") passedOver[i]?.push(entry);
          // Another draw, from other events or pairs, may fit where this one did not.
          if (entry.kind === "again" && entry.misses < maxMissedDraws) laterDraws[i]?.push({ ...entry, round: entry.round + 1, misses: entry.misses + 1 });
          continue;
        }
        accept(picked);
        const scopeKind = scopeItemKind(picked.client);
        if (scopeKind) laterDraws[i]?.push({ kind: "again", scopeKind, round: entry.kind === "again" ? entry.round + 1 : 2, misses: 0 });
        progressed = true;
        break;
      }
    }
  }

  const ordered = spreadTypes(rng.shuffle(chosen), (item) => item.key.type);
  const key: Quiz["key"] = {};
  for (const item of ordered) key[item.client.id] = item.key;
  return { items: ordered.map((item) => item.client), key };
}

function checkRequest(index: PackIndex, request: QuizRequest): Set<ItemType> {
  if (!Number.isInteger(request.count) || request.count < 1 || request.count > maxQuizItems) {
    throw new InvalidRequestError(`count must be a whole number from 1 to ${maxQuizItems}, got ${request.count}`);
  }
  if (typeof request.seed !== "string" || request.seed.length === 0) throw new InvalidRequestError("seed must be a non-empty string");
  const types = new Set<ItemType>(request.types ?? itemTypes);
  for (const type of types) {
    if (!itemTypes.includes(type)) throw new InvalidRequestError(`unknown item type "${type}"; known: ${itemTypes.join(", ")}`);
  }
  if (types.size === 0) throw new InvalidRequestError("types must name at least one item type");
  for (const [bucket, weight] of Object.entries(request.difficultyMix ?? {})) {
    if (!difficulties.includes(bucket as Difficulty) || typeof weight !== "number" || weight < 0) {
      throw new InvalidRequestError(`difficultyMix takes easy, medium and hard with non-negative weights, got ${bucket}: ${weight}`);
    }
  }
  return types;
}

function resolveScopes(index: PackIndex, request: QuizRequest): Scope[] {
  if (request.factIds && request.factIds.length > 0) {
    const facts = request.factIds.map((id) => {
      const fact = index.factById.get(id);
      if (!fact) throw new InvalidRequestError(`unknown fact "${id}"`);
      return fact;
    });
    const unique = [...new Set(facts)];
    // The scope id names its exact fact set: scope results are memoised by id.
    return [{ id: `review:${hashString(unique.map((fact) => fact.id).join(","))}`, facts: unique, sheets: unique.map((fact) => factSheet(index, fact)) }];
  }
  const moduleIds = request.modules === undefined || request.modules === "all" ? index.pack.modules.map((m) => m.id) : [...request.modules];
  if (moduleIds.length === 0) throw new InvalidRequestError("name at least one module, or fact ids to review");
  const scopes: Scope[] = moduleIds.map((id) => {
    const moduleDef = index.moduleById.get(id);
    if (!moduleDef) throw new InvalidRequestError(`unknown module "${id}"; modules: ${index.pack.modules.map((m) => m.id).join(", ")}`);
    const facts = factsOfModule(index, moduleDef);
    return { id: `module:${id}`, facts, sheets: memoise(index, `module-sheets|${id}`, () => facts.map((fact) => factSheet(index, fact))) };
  });
  if (scopes.length > 1) {
    // Events from different modules are often further apart, so they order and match unambiguously.
    // First in turn: an ordering item is turned away once another item asks one of its events.
    scopes.unshift({ ...modulesScope(index, moduleIds), sheets: [], groupOnly: true });
  }
  return scopes;
}

/**
 * The text above every item of a one-module quiz, its module's title: it shows what the title holds.
 * "2011: Abbottabad and the NATO border strike" answered "In _____ the world learned …" and "the raid
 * in A_____", and since nearly every fact of the module names 2011, a quiz that asked the year first
 * could ask almost nothing else (3 questions of 20, item audit of 6 December, second round).
 */
function headingOf(index: PackIndex, scopes: readonly Scope[]): Feedback | null {
  const [only] = scopes;
  if (scopes.length !== 1 || !only?.id.startsWith("module:")) return null;
  const title = index.moduleById.get(only.id.slice("module:".length))?.title;
  return title ? feedbackIn(title) : null;
}

/** The fact's sheet (see `FactSheet`), once per pack. */
function factSheet(index: PackIndex, fact: LoadedFact): FactSheet {
  return memoiseForFact(index, fact, "quiz-sheet", () => ({
    kind: "fact",
    fact,
    groupId: groupIdOf(index, fact.id),
    paragraphs: paragraphKeys(fact),
    feedback: feedbackIn(shownFeedback(fact.plainText, index.citationsOf.get(fact.id) ?? [])),
  }));
}

/**
 * The scope's facts in seed order, those asked lately after the rest, with one slot for its
 * ordering/matching items at a seed-chosen place.
 */
function buildQueue(rng: Rng, scope: Scope, askedLately: ReadonlySet<string>): QueueEntry[] {
  if (scope.groupOnly) return [{ kind: "group" }, { kind: "group" }];
  const shuffled = rng.shuffle(scope.sheets);
  const queue: QueueEntry[] = [...shuffled.filter((sheet) => !askedLately.has(sheet.fact.id)), ...shuffled.filter((sheet) => askedLately.has(sheet.fact.id))];
  const groupSlots = Math.min(2, Math.max(1, Math.floor(queue.length / 8)));
  for (let i = 0; i < groupSlots; i++) queue.splice(rng.int(queue.length + 1), 0, { kind: "group" });
  return queue;
}

function difficultyTargets(count: number, mix: QuizRequest["difficultyMix"]): Map<Difficulty, number> | null {
  if (!mix) return null;
  const total = difficulties.reduce((sum, bucket) => sum + (mix[bucket] ?? 0), 0);
  if (total <= 0) return null;
  return new Map(difficulties.map((bucket) => [bucket, Math.round((count * (mix[bucket] ?? 0)) / total)]));
}

/**
 * True when `item`'s answer can be read off `other`: a number or date it asks
 * for appears there, an event's date or a swapped name beside a name of that
 * event or fact, the fact an
 * author's false statement turns round or a cause's right effect, said again,
 * or a name it asks for: a typed name wherever it is shown, its words together
 * or apart (with its first letter as the hint, "the 2011 raid in A_____" is
 * copied from any item that says "Abbottabad"), a chosen one, whose options
 * show it anyway, in much the same context; or a person a matching item pairs
 * with a post, named with that post.
 */
export function givesAway(item: ItemAsk, other: GeneratedItem): boolean {
  // Plain loops: this runs for every candidate against every chosen item.
  for (const text of item.answerTexts) if (showsFigure(other, text)) return true;
  for (const { answer, names, stated } of item.answersBeside) {
    if (shows(other, answer) && showsAny(other, names) && (!stated || inContext(other, answer))) return true;
  }
  if (item.claimWords && restatesIn(other.visibleWords, item.claimWords)) return true;
  if (item.falseClaimWords && restatesIn(other.visibleWords, item.falseClaimWords)) return true;
  if (item.optionWords && echoesRightOption(other.visibleWords, item.optionWords)) return true;
  // A person a false statement puts in another's post is seldom named without their own: "commentator
  // Harris Khalique" beside "Harris Khalique reported as DW's correspondent", "the Pentagon Press
  // Secretary, George Little" beside "George Little was the Defense Secretary" (fourth quiz audit of 7 December).
  if (item.swappedPerson?.names.some((name) => shows(other, name))) return true;
  if (item.pairedPosts?.some((post) => tellsPost(other.visibleNormal, other.visibleWords, post))) return true;
  if (item.answerNames.length === 0 || item.contextWords.size === 0) return false;
  const isTyped = item.soleAnswer?.isChosen === false;
  // A word formed from a typed name gives it too: "Soviet expansion" answers "which power? (S)", typed
  // "Soviets" (item audit of 6 December, second round: 11 of 26 Cold War quizzes).
  if (isTyped && item.answerNames.some((name) => holdsWordFormedFrom(other.visibleWords, name))) return true;
  if (isTyped) return item.answerNames.some((name) => shows(other, name) || holdsEveryWordOf(other.visibleWords, name));
  return namesInContext(item, other.visibleNormal, other.visibleWords);
}

/**
 * True when the words hold every content word of a name of two or more, apart or in another order:
 * "civil nuclear cooperation like the agreement Washington already had with India" spells out "civil
 * nuclear cooperation agreement", typed for "which 2008 agreement …? (C)".
 */
function holdsEveryWordOf(words: ReadonlySet<string>, name: string): boolean {
  const nameWords = contentWords(name);
  if (nameWords.size < 2) return false;
  for (const word of nameWords) if (!words.has(word)) return false;
  return true;
}

/**
 * True when a text (padded normal, with its content words) names the person with their post: two of the
 * post's words, or half of a shorter one ("Defence expert Masood Akhter" for "defence expert and retired
 * Air Marshal", "coalition spokesman Brian Tribus").
 */
function tellsPost(normal: string, words: ReadonlySet<string>, post: NonNullable<ItemAsk["pairedPosts"]>[number]): boolean {
  const shared = sharedCount(words, post.titleWords);
  if (shared < 2 && shared * 2 < post.titleWords.size) return false;
  return post.names.some((name) => holdsPhrase(normal, words, name));
}

/**
 * True when a text (padded normal, with its content words) holds one of the item's names and at least
 * 30% of its context words: it says again what the item asks about, with the right name.
 */
function namesInContext(item: ItemAsk, normal: string, words: ReadonlySet<string>): boolean {
  if (!item.answerNames.some((name) => holdsPhrase(normal, words, name))) return false;
  return sharedCount(words, item.contextWords) / item.contextWords.size >= 0.3;
}

/** An explanation as `feedbackGivesAway` searches it: padded normal text and content words. */
interface Feedback {
  normal: string;
  words: ReadonlySet<string>;
}

const feedbackTexts = new WeakMap<GeneratedItem, Feedback>();
const explanationTexts = new WeakMap<GeneratedItem, Feedback>();

/** An item's explanation with its citations, as practice shows them, worked out once for the items a quiz weighs. */
function feedbackOf(item: GeneratedItem): Feedback {
  let feedback = feedbackTexts.get(item);
  if (!feedback) feedbackTexts.set(item, (feedback = feedbackIn(shownFeedback(item.key.explanation, item.key.citations))));
  return feedback;
}

/**
 * An item's explanation alone, for what it says (`feedbackSettles`): a citation's byline names the
 * author beside words every source shares ("Pakistan", "U.S.", "Relationship"), which says nothing of
 * which claim is whose.
 */
function explanationOf(item: GeneratedItem): Feedback {
  let explanation = explanationTexts.get(item);
  if (!explanation) explanationTexts.set(item, (explanation = feedbackIn(item.key.explanation)));
  return explanation;
}

/**
 * What practice shows after an answer that could name an answer: the explanation and, under it, each
 * source's publisher, author and title. A title names what its source is about: every item citing
 * "After Osama Bin Laden, …" (the June 2012 opinion piece) answered "after which man was killed on
 * Pakistani soil? (O)" (quiz audit of 7 December: 4 of 29 quizzes). Not the source's date or
 * paragraph: "para. 24" says nothing of the 24 soldiers killed.
 */
function shownFeedback(explanation: string, citations: readonly Citation[]): string {
  return [explanation, ...citations.flatMap(({ publisher, author, title }) => [publisher ?? "", author ?? "", title])].join(" ");
}

/** A text as `feedbackGivesAway` searches it. */
function feedbackIn(text: string): Feedback {
  return { normal: paddedNormal(text), words: contentWords(text) };
}

/** A phrase an explanation must not hold, with the word that rules most explanations out without a search. */
interface Probe {
  phrase: string;
  word: string | null;
  /** A count: not held where a scale word follows it ("2" in "$2 billion"). */
  isCount: boolean;
}

const probeCache = new WeakMap<ItemAsk, Probe[]>();

/**
 * What an item asks that an explanation could give away: a number or date it asks for (a count in
 * figures or in words), or a name it asks to be typed; chosen names are offered anyway. A true/false
 * statement asks for none: its figures are its fact's, and a quiz over a large pack spent a tenth of
 * its time looking for them in other explanations. Worked out once per item: a quiz weighs each
 * against thousands of facts.
 */
function feedbackProbes(item: ItemAsk): Probe[] {
  const cached = probeCache.get(item);
  if (cached) return cached;
  const probes: Probe[] = [];
  if (item.soleAnswer !== undefined) {
    for (const text of item.answerTexts) probes.push(...figureProbes(text));
    if (!item.soleAnswer.isChosen) for (const name of item.answerNames) probes.push({ phrase: name, word: telltaleWord(name), isCount: false });
  }
  probeCache.set(item, probes);
  return probes;
}

const figureProbeCache = new Map<string, Probe[]>();

/**
 * What shows an answer's number, date or words. A bare count is there in figures or in words
 * ("killing two border guards" answers "how many guards were killed?"), but not with a scale after
 * it: "$2 billion" in aid tells nothing of the two border guards killed.
 */
function figureProbes(text: string): Probe[] {
  let probes = figureProbeCache.get(text);
  if (probes) return probes;
  if (!/^\d+$/.test(text)) probes = [{ phrase: text, word: telltaleWord(text), isCount: false }];
  else {
    // One digit is no content word; two or more are, and rule most texts out without a search.
    probes = [{ phrase: text, word: text.length > 1 ? text : null, isCount: true }];
    const spelled = spelledNumber(Number(text));
    if (spelled !== null) probes.push({ phrase: normaliseAnswer(spelled), word: telltaleWord(normaliseAnswer(spelled)), isCount: true });
  }
  figureProbeCache.set(text, probes);
  return probes;
}

/**
 * True when the feedback holds one of the probes. Practice shows an item's explanation before the next
 * item, in an order set after the choice: "the _____ (S)" came after "… once the Soviets had left
 * Afghanistan", and "how many soldiers?" after "… killed 24 Pakistani soldiers".
 */
function feedbackGivesAway(probes: readonly Probe[], { normal, words }: Feedback): boolean {
  return holdsAny(normal, words, probes);
}

/**
 * True when `explained`'s feedback says again, with the right name, what a true/false item swaps a name
 * in (any name and at least 30% of its words, as `givesAway` reads shown text): "The Pentagon and NATO
 * inquiries …" answered "the Central Intelligence Agency and NATO each carried out its own
 * investigation: true or false?" in a quiz on 2011 (item audit of 6 December, third round): 34 of 93
 * such false statements in 270 quizzes of 20. The same for a chosen name: a name offered among others
 * tells nothing alone, but "According to Shakoor Rahim (March 2012), the Islamist parties protested
 * against any reopening of the NATO supply route" answered "In March 2012, who judged that a decision
 * to let NATO supplies through again would be hard …?" (10 of 360 quizzes of 20, seeds 501-540). Or it
 * tells the post of the person a statement puts in another post (see `GeneratedItem.postHolders`), or
 * of a person a matching item pairs with that post (see `GeneratedItem.pairedPosts`).
 */
function feedbackSettles(statement: ItemAsk, explained: GeneratedItem): boolean {
  if (statement.swappedPerson !== undefined && explained.postHolders.includes(statement.swappedPerson.id)) return true;
  if (statement.claimWords && restatesIn(explanationOf(explained).words, statement.claimWords)) return true;
  if (statement.falseClaimWords && restatesIn(explanationOf(explained).words, statement.falseClaimWords)) return true;
  if (statement.optionWords && echoesRightOption(explanationOf(explained).words, statement.optionWords)) return true;
  if (statement.pairedPosts) {
    const { normal, words } = explanationOf(explained);
    if (statement.pairedPosts.some((post) => tellsPost(normal, words, post))) return true;
  }
  // A typed answer's name is caught alone (see feedbackProbes).
  if (statement.soleAnswer?.isChosen === false || statement.answerNames.length === 0 || statement.contextWords.size === 0) return false;
  const { normal, words } = explanationOf(explained);
  return namesInContext(statement, normal, words);
}

/**
 * The pack's facts whose text holds the probe, once per pack and probe. A quiz sets them aside as it
 * shows an item, where it searched the text of every fact it weighed for every probe shown so far.
 */
function sheetsHolding(index: PackIndex, probe: Probe): readonly FactSheet[] {
  return memoise(index, `sheets-holding|${probe.isCount}|${probe.phrase}`, () => {
    const byWord = sheetsByWord(index);
    // A text holds a phrase only where it has each of the phrase's words: the fewest facts with one of them.
    const lists = probe.phrase.split(" ").flatMap((word) => (word === "" ? [] : [byWord.get(word) ?? []]));
    const fewest = lists.length === 0 ? index.pack.facts.map((fact) => factSheet(index, fact)) : lists.reduce((a, b) => (b.length < a.length ? b : a));
    return fewest.filter((sheet) => holdsAny(sheet.feedback.normal, sheet.feedback.words, [probe]));
  });
}

/** The pack's facts by each word of their text, as explanations hold it. */
function sheetsByWord(index: PackIndex): Map<string, FactSheet[]> {
  return memoise(index, "sheets-by-word", () => {
    const byWord = new Map<string, FactSheet[]>();
    for (const fact of index.pack.facts) {
      const sheet = factSheet(index, fact);
      for (const word of new Set(sheet.feedback.normal.split(" "))) {
        if (word === "") continue;
        const list = byWord.get(word);
        if (list) list.push(sheet);
        else byWord.set(word, [sheet]);
      }
    }
    return byWord;
  });
}

/** Whether the visible text shows an answer's number, date or words (see `figureProbes`). */
function showsFigure(other: GeneratedItem, text: string): boolean {
  return holdsAny(other.visibleNormal, other.visibleWords, figureProbes(text));
}

/** Whether a padded text (with its content words) holds one of the probes. */
function holdsAny(padded: string, words: ReadonlySet<string>, probes: readonly Probe[]): boolean {
  for (const { phrase, word, isCount } of probes) {
    if (word !== null && !words.has(word)) continue;
    if (isCount ? countIn(padded, phrase) : hasNormalisedPhrase(padded, phrase)) return true;
  }
  return false;
}

/**
 * Whether the count stands in the padded text other than before a scale word, or as the whole part of
 * an amount: normal text reads "$2.5 billion" as "2 5 billion", and the two border guards' count
 * turned away the $2 billion aid question, whose explanation gives the other source's $2.5 billion.
 */
function countIn(padded: string, count: string): boolean {
  const needle = ` ${count} `;
  for (let at = padded.indexOf(needle); at !== -1; at = padded.indexOf(needle, at + 1)) {
    if (!/^(\d+ )?(thousand|million|billion|trillion)\b/.test(padded.slice(at + needle.length))) return true;
  }
  return false;
}

/**
 * True when the two items ask for the same answer, which one quiz never does, not even to fill a small
 * module: after "Minahil Changez" was the answer to one "who argued …?", a learner picks her again
 * whenever she is offered, and after practice feedback showed "Naeem Ahmed" for one blank, a second
 * "Professor N_____" was answered from it. Its right answer would count as recall of a fact that was
 * not recalled (item audit of 6 December: seven such pairs in nine quizzes). One name written two ways
 * is one answer: "the _____ raid (B)" answered "the raid which killed _____ (O)".
 */
function asksSameAnswer(item: ItemAsk, other: ItemAsk): boolean {
  const mine = item.soleAnswer?.text;
  const theirs = other.soleAnswer?.text;
  if (mine === undefined || theirs === undefined) return false;
  return mine === theirs || item.answerNames.includes(theirs) || other.answerNames.includes(mine);
}

/**
 * True when two cause-and-effect items offer the same clause. Their wrong options come from a few
 * other facts' clauses, so a second item would often repeat one, and a learner who saw it marked
 * wrong a minute ago rules it out knowing nothing of the new cause. Allowed in the last pass only.
 */
function clausesRepeat(item: GeneratedItem, other: GeneratedItem): boolean {
  if (item.client.type !== "cause-effect" || other.client.type !== "cause-effect") return false;
  const otherTexts = new Set(other.client.options.map((option) => option.text));
  return item.client.options.some((option) => otherTexts.has(option.text));
}

/**
 * True when two items that ask for a name or a figure among options share two or more wrong ones: the
 * options left that differ are the answers, one in each ("Shakoor Rahim" and "Harris Khalique", each
 * beside Malala Yousafzai, Minahil Changez and Masood Akhter; quiz audit of seeds 1086-1090: 145 of
 * 1,800 quizzes held such a pair).
 */
function wrongOptionsRepeat(item: GeneratedItem, other: GeneratedItem): boolean {
  const wrongTexts = ({ client, key }: GeneratedItem): string[] => {
    if (client.type === "true-false" || client.type === "cause-effect" || !("options" in client) || !client.options) return [];
    // A blank offered with options names its right one too.
    const rightId = key.answer.kind === "option" || key.answer.kind === "text" ? key.answer.optionId : undefined;
    return client.options.filter((option) => option.id !== rightId).map((option) => normaliseAnswer(option.text));
  };
  const otherWrong = new Set(wrongTexts(other));
  return otherWrong.size > 0 && wrongTexts(item).filter((text) => otherWrong.has(text)).length >= 2;
}

/** True when a text's content words hold at least two, and half, of a fact's telling words: it says the fact again. */
function restatesIn(words: ReadonlySet<string>, claimWords: ReadonlySet<string>): boolean {
  const shared = sharedCount(words, claimWords);
  return shared >= 2 && shared >= claimWords.size / 2;
}

/**
 * True when a text's content words hold two or more of a cause-and-effect item's right clause's own
 * words, and two more than of any wrong clause's: the learner picks the option the text echoes, as
 * with an echo of the item's own stem.
 */
function echoesRightOption(words: ReadonlySet<string>, options: NonNullable<ItemAsk["optionWords"]>): boolean {
  const right = sharedCount(words, options.right);
  return right >= 2 && options.wrong.every((wrong) => right - sharedCount(words, wrong) >= 2);
}

/** How many of the words a text's content words hold. */
function sharedCount(textWords: ReadonlySet<string>, words: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of words) if (textWords.has(word)) shared++;
  return shared;
}

/** True when the normalised phrase's telling word stands in `other`'s question, statement or sentence, not only among its options. */
function inContext(other: GeneratedItem, normalisedPhrase: string): boolean {
  const word = telltaleWord(normalisedPhrase);
  return word === null || other.contextWords.has(word);
}

/** True when `other` shows one of the names, or when there are none to look for. */
function showsAny(other: GeneratedItem, names: readonly string[]): boolean {
  return names.length === 0 || names.some((name) => shows(other, name));
}

/** True when `other` shows the normalised phrase; most items are ruled out by one word without a search. */
function shows(other: GeneratedItem, normalisedPhrase: string): boolean {
  return holdsPhrase(other.visibleNormal, other.visibleWords, normalisedPhrase);
}

/** Whether a padded text (with its content words) holds the normalised phrase; one word rules most texts out without a search. */
function holdsPhrase(padded: string, words: ReadonlySet<string>, normalisedPhrase: string): boolean {
  const word = telltaleWord(normalisedPhrase);
  return (word === null || words.has(word)) && hasNormalisedPhrase(padded, normalisedPhrase);
}

/** The per-fact item types, for callers that list them. */
export const factItemTypes: ItemType[] = factGenerators.map(([type]) => type);
