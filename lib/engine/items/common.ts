/**
 * What every item generator shares: the generated-item shape, option
 * shuffling, distractor selection by similar form, ids, difficulty buckets,
 * stems that carry their date, and give-away checks.
 */
import { factDateText, formatDate, writesItsDate } from "../dates";
import { distinctiveEntityIds, groupIdOf, memoise, postHolderOf, type PackIndex } from "../pack-index";
import { createRng, hashString, type Rng } from "../random";
import { capitalise, contentWords, hasNormalisedPhrase, normaliseAnswer, paddedNormal } from "../text";
import type {
  AnswerKeyEntry,
  Citation,
  ClientItem,
  Difficulty,
  ItemOption,
  ItemType,
  KeyAnswer,
  LoadedFact,
} from "../types";

/** An item with everything the quiz assembler needs to keep a quiz fair. */
export interface GeneratedItem {
  client: ClientItem;
  key: AnswerKeyEntry;
  /** Same-event groups of the tested facts, of those its feedback tells and of those it shows (see `shownFacts`): one item per group per quiz. */
  groupIds: string[];
  /** The facts the item shows turned round and its feedback tells, without testing them (see `toldFacts`). */
  toldFactIds: string[];
  /** Answer texts (normalised) that, shown in another item, would give this one away. */
  answerTexts: string[];
  /** Names (normalised) that answer this item: shown in another item with the same context, they give it away. */
  answerNames: string[];
  /**
   * Answers (normalised) this item asks to be put with an event or a fact, each with the names that
   * single it out: another item gives this one away when it shows the answer beside one of them. An
   * ordering's dates: a bare "2011" elsewhere, about another event, does not; with no such name, the
   * date alone does. A true/false statement's swapped name, beside the fact's other names: "George
   * Little of the Pentagon" settled "the Central Intelligence Agency Press Secretary, George Little".
   * A name counts only where the other item states it (`stated`: its prompt, statement or sentence),
   * not where it lists it among options: a claimant offered as a wrong voice says nothing of a claim.
   */
  answersBeside: { answer: string; names: string[]; stated: boolean }[];
  /** Content words of the question's context (prompt, statement, sentence), for that check. */
  contextWords: ReadonlySet<string>;
  /** Every word the learner sees in this item, normalised and padded (see `paddedNormal`). */
  visibleNormal: string;
  visibleWords: ReadonlySet<string>;
  /** Asks what a learner could guess without the fact: a quiz takes it only in a last pass, when no other fact fits. */
  isLastResort: boolean;
  /**
   * Telling words (those few facts use) of what the item asks a learner to recognise: the fact, for a
   * true/false item on an author's false statement, or the right clause of a cause-and-effect item.
   * Another item that shows half of them says it again, and so gives the answer away.
   */
  claimWords?: ReadonlySet<string>;
  /**
   * Telling words an author's false statement has and its fact has not ("kept", "distance" in "the
   * United States kept its distance from Pakistan during the Afghan jihad"). Another item that shows
   * half of them tells when that did happen, and so settles the statement: "… kept its distance from
   * Pakistan once the Afghan jihad was over" (quiz audit of seed 1089).
   */
  falseClaimWords?: ReadonlySet<string>;
  /**
   * A cause-and-effect item's options as words the stem does not say (nor the pack's own countries'):
   * the right clause's and each wrong one's. Another item that shows two more of the right clause's
   * words than of any wrong one's gives it away: "Pakistan has leaned heavily on economic and military
   * aid from the United States" before "what did siding with the United States lead to?" with
   * "rewarded with American military and economic aid" among a trade agreement and NATO membership.
   */
  optionWords?: { right: ReadonlySet<string>; wrong: readonly ReadonlySet<string>[] };
  /**
   * The one answer the item asks for (normalised), and whether it is chosen from options; none for
   * true/false, ordering and matching, whose answers every such item shares or splits.
   */
  soleAnswer?: { text: string; isChosen: boolean };
  /**
   * A false statement that puts another person in its fact's post: that person's entity id (see
   * `postHolders`) and the names (normalised) another item may show them by.
   */
  swappedPerson?: { id: string; names: readonly string[] };
  /**
   * The people whose posts the item's explanation tells (its facts of kind person-role). Telling one's
   * post settles a false statement that puts them in another: "In March 2012 General James Mattis
   * commanded US Central Command" before "In March 2012 James Mattis was the NATO commander in
   * Afghanistan: true or false?" (quiz audit of 7 December).
   */
  postHolders: readonly string[];
  /**
   * A person-role matching item's pairs: each person's names (normalised) and the content words of the
   * post it pairs them with. Another item that shows a name with the post's words matches the pair for
   * the learner: "US President Barack Obama and Pakistan's Prime Minister, Yusuf Raza Gilani, talked …"
   * settled two of three pairs (quiz audit of 7 December, seeds 971-975).
   */
  pairedPosts?: readonly { names: readonly string[]; titleWords: ReadonlySet<string> }[];
}

/**
 * What an item asks for, as the quiz's fairness checks see it (`givesAway`, `asksSameAnswer`). For some
 * types it is known before the options are drawn (see `knownAsk`), so a quiz skips building an item
 * it could not take.
 */
export type ItemAsk = Pick<
  GeneratedItem,
  "answerTexts" | "answerNames" | "answersBeside" | "contextWords" | "claimWords" | "falseClaimWords" | "optionWords" | "soleAnswer" | "swappedPerson" | "pairedPosts"
>;

/** What an item asks, but for its dated events and telling words: as `finishItem` records it, and `knownAsk` before building. */
export function singleAnswerAsk(contextText: string, parts: { expected: string; answerTexts: string[]; answerNames: string[]; isChosen: boolean }): ItemAsk {
  return {
    answerTexts: parts.answerTexts.map(normaliseAnswer),
    answerNames: parts.answerNames.map(normaliseAnswer),
    answersBeside: [],
    contextWords: contentWords(contextText),
    soleAnswer: { text: normaliseAnswer(parts.expected), isChosen: parts.isChosen },
  };
}

/** What a generator receives. */
export interface GenerationContext {
  index: PackIndex;
  seed: string;
}

/** The client item without the fields `finishItem` fills in. */
export type ClientItemDraft = ClientItem extends infer T ? (T extends ClientItem ? Omit<T, "id" | "difficulty"> : never) : never;

const typeCodes: Record<ItemType, string> = {
  "multiple-choice": "mc",
  "true-false": "tf",
  "short-answer": "sa",
  cloze: "cz",
  ordering: "or",
  matching: "ma",
  "cause-effect": "ce",
  attribution: "at",
};

/** Which later ordering or matching item of a scope a quiz asks for (the first is round 1), and the facts it has asked already. */
export interface LaterRound {
  round: number;
  isAsked: (fact: LoadedFact) => boolean;
}

/** The PRNG of one item: independent of every other item, so items can be generated lazily and in any order. */
export function itemRng(context: GenerationContext, type: ItemType, factIds: readonly string[]): Rng {
  return createRng(`${context.seed}|${type}|${factIds.join("+")}`);
}

/** The difficulty bucket of a score from 0 to 1. */
export function difficultyOf(score: number): Difficulty {
  if (score < 0.4) return "easy";
  if (score < 0.6) return "medium";
  return "hard";
}

/** How much a fact's date precision adds to difficulty: exact days are hardest to recall. */
export function precisionWeight(fact: LoadedFact): number {
  return { day: 0.15, month: 0.1, year: 0.05, decade: 0, range: 0.05 }[fact.date.precision];
}

/** Assembles the client item and its key entry with a deterministic id and the facts' citations. */
export function finishItem(
  context: GenerationContext,
  draft: ClientItemDraft,
  parts: {
    facts: readonly LoadedFact[];
    /** Facts the item shows turned round, without testing them: the explanation tells them after its own, and no other item may ask them. */
    toldFacts?: readonly LoadedFact[];
    answer: KeyAnswer;
    expected: string;
    explanation: string;
    score: number;
    answerTexts: string[];
    answerNames?: string[];
    /** Events whose dates the item asks for (ordering, event-year matching). */
    datedEvents?: readonly LoadedFact[];
    /** Names the item asks to be put with its one fact, beside the fact's other names but `except`'s (see `answersBeside`). */
    namesBeside?: { answers: readonly string[]; except: readonly string[] };
    citations?: Citation[];
    /**
     * Facts the item shows without asking them: "the project … through which Pakistan has sought closer
     * ties with Beijing and which Washington views warily", CPEC's description in a matching item,
     * answered two statements on CPEC in regional quizzes (quiz audit of seeds 1091-1092). No other
     * item of the quiz may ask them.
     */
    shownFacts?: readonly LoadedFact[];
    isLastResort?: boolean;
    claimWords?: ReadonlySet<string>;
    falseClaimWords?: ReadonlySet<string>;
    optionWords?: GeneratedItem["optionWords"];
    swappedPerson?: { id: string; names: readonly string[] };
    pairedPosts?: GeneratedItem["pairedPosts"];
  },
): GeneratedItem {
  const { index } = context;
  const factIds = parts.facts.map((fact) => fact.id);
  const { meta } = index.pack;
  const id = `${typeCodes[draft.type]}-${hashString(`${meta.id}@${meta.version}|${context.seed}|${draft.type}|${draft.prompt}|${factIds.join("+")}`)}`;
  const score = Math.round(Math.min(1, Math.max(0, parts.score)) * 100) / 100;
  const client = { id, ...draft, difficulty: difficultyOf(score) } as ClientItem;
  const visibleText = visibleTextOf(client);
  const ask = singleAnswerAsk(contextTextOf(client), {
    expected: parts.expected,
    answerTexts: parts.answerTexts,
    answerNames: parts.answerNames ?? [],
    isChosen: "options" in client && client.options !== undefined,
  });
  // Where the sources disagree, the learner meets the other account with this one, not later as a contradiction.
  // "Compare", not "Another source differs": the accounts may agree on what the item asked (the year of the
  // aid's peak) and differ on the rest (its size), and the old words suggested the answer itself was in doubt.
  const [onlyFact] = parts.facts;
  const otherAccounts = parts.facts.length === 1 && onlyFact ? conflictingFacts(index, onlyFact) : [];
  const toldFacts = parts.toldFacts ?? [];
  const explanation = [
    ...(parts.explanation === "" ? [] : [parts.explanation]),
    ...otherAccounts.map((other) => `Compare another source's account: ${other.plainText}`),
    ...(toldFacts.length > 0 ? ["The other statements are false.", ...toldFacts.map((fact) => fact.plainText)] : []),
  ].join(" ");
  const citations =
    parts.citations ?? dedupeCitations([...parts.facts, ...otherAccounts, ...toldFacts].flatMap((fact) => index.citationsOf.get(fact.id) ?? []));
  return {
    client,
    key: {
      itemId: id,
      type: draft.type,
      factIds,
      answer: parts.answer,
      expected: parts.expected,
      explanation,
      citations,
      difficultyScore: score,
    },
    groupIds: [...new Set([...factIds, ...[...toldFacts, ...(parts.shownFacts ?? [])].map((fact) => fact.id)].map((factId) => groupIdOf(index, factId)))],
    toldFactIds: toldFacts.map((fact) => fact.id),
    answerTexts: ask.answerTexts,
    answerNames: ask.answerNames,
    answersBeside: [
      ...(parts.datedEvents ?? []).map((fact) => ({
        answer: normaliseAnswer(formatDate(fact.date)),
        names: distinctiveNames(index, fact, []),
        stated: false,
      })),
      ...(parts.namesBeside && onlyFact ? namesBesideFact(index, onlyFact, parts.namesBeside) : []),
    ],
    contextWords: ask.contextWords,
    visibleNormal: paddedNormal(visibleText),
    visibleWords: contentWords(visibleText),
    isLastResort: parts.isLastResort ?? false,
    ...(parts.claimWords ? { claimWords: parts.claimWords } : {}),
    ...(parts.falseClaimWords ? { falseClaimWords: parts.falseClaimWords } : {}),
    ...(parts.optionWords ? { optionWords: parts.optionWords } : {}),
    ...(parts.swappedPerson ? { swappedPerson: parts.swappedPerson } : {}),
    ...(parts.pairedPosts ? { pairedPosts: parts.pairedPosts } : {}),
    postHolders: postHoldersOf(index, [...parts.facts, ...otherAccounts, ...toldFacts]),
    ...(client.type === "true-false" || client.type === "ordering" || client.type === "matching"
      ? {}
      : { soleAnswer: ask.soleAnswer }),
  };
}

/** Each answer beside the fact's other names (see `distinctiveNames`), or none where it has none. */
function namesBesideFact(index: PackIndex, fact: LoadedFact, { answers, except }: { answers: readonly string[]; except: readonly string[] }) {
  const names = distinctiveNames(index, fact, except);
  return names.length === 0 ? [] : answers.map((answer) => ({ answer: normaliseAnswer(answer), names, stated: true }));
}

/**
 * The names (normalised) that single the fact out: its entities' but `except`'s, and not the pack's own
 * countries, which are named almost everywhere.
 */
function distinctiveNames(index: PackIndex, fact: LoadedFact, except: readonly string[]): string[] {
  return distinctiveEntityIds(index, fact).flatMap((id) => (except.includes(id) ? [] : (index.formsOf.get(id) ?? []).map(normaliseAnswer)));
}

/** The people the person-role facts of `facts` give posts to (see `GeneratedItem.postHolders`). */
function postHoldersOf(index: PackIndex, facts: readonly LoadedFact[]): string[] {
  return [...new Set(facts.flatMap((fact) => postHolderOf(index, fact) ?? []))];
}

/** The facts recorded as `conflicts` with this one, in either direction: other sources' accounts of the same thing. */
function conflictingFacts(index: PackIndex, fact: LoadedFact): LoadedFact[] {
  const byFact = memoise(index, "conflicting-facts", () => {
    const map = new Map<string, LoadedFact[]>();
    for (const one of index.pack.facts) {
      for (const related of one.relatedFacts) {
        const other = index.factById.get(related.id);
        if (related.relation !== "conflicts" || !other) continue;
        for (const [a, b] of [[one, other], [other, one]] as const) {
          const list = map.get(a.id) ?? [];
          if (!list.includes(b)) list.push(b);
          map.set(a.id, list);
        }
      }
    }
    return map;
  });
  return byFact.get(fact.id) ?? [];
}

function dedupeCitations(citations: Citation[]): Citation[] {
  return [...new Map(citations.map((citation) => [citation.text, citation])).values()];
}

/** The question part of an item, without its options. */
function contextTextOf(item: ClientItem): string {
  if (item.type === "true-false") return `${item.prompt} ${item.statement}`;
  if (item.type === "cloze") return `${item.before} ${item.after}`;
  return item.prompt;
}

/** Every piece of text a learner sees in an item. */
export function visibleTextOf(item: ClientItem): string {
  const parts = [item.prompt];
  switch (item.type) {
    case "true-false":
      parts.push(item.statement);
      break;
    case "cloze":
      parts.push(item.before, item.after, ...(item.options ?? []).map((option) => option.text));
      break;
    case "ordering":
      parts.push(...item.events.map((event) => event.text));
      break;
    case "matching":
      parts.push(...item.left.map((o) => o.text), ...item.right.map((o) => o.text));
      break;
    case "short-answer":
      break;
    default:
      parts.push(...item.options.map((option) => option.text));
  }
  return parts.join("\n");
}

/**
 * Shuffles the correct answer among the distractors (a date's or a figure's
 * are then put in order, given the `candidates` they were drawn from) and
 * names the options a, b, c … in display order. Returns null when two
 * options read the same.
 */
export function shuffleOptions(
  rng: Rng,
  correct: string,
  distractors: readonly string[],
  display: { capitalise?: boolean; candidates?: readonly DistractorEntry[] } = {},
): { options: ItemOption[]; correctId: string } | null {
  // Stand-alone options start with a capital ("National security committee"), except names like "al-Qaeda".
  const shown = (text: string) => (display.capitalise && !/^[a-z]{1,3}-/.test(text) ? capitalise(text) : text);
  const texts = [correct, ...distractors].map(shown);
  if (new Set(texts.map(normaliseAnswer)).size !== texts.length) return null;
  const shuffled = rng.shuffle(texts.map((text, i) => ({ text, isCorrect: i === 0, drawn: i === 0 ? correct : (distractors[i - 1] ?? "") })));
  // The draw is made either way, so every later draw of the seed stays as it was.
  const order = (display.candidates && inScaleOrder(shuffled, display.candidates)) ?? shuffled;
  const options = order.map((entry, i) => ({ id: String.fromCharCode(97 + i), text: entry.text }));
  const correctIndex = order.findIndex((entry) => entry.isCorrect);
  return { options, correctId: String.fromCharCode(97 + correctIndex) };
}

/**
 * The options of a date or a figure in order, earliest or smallest first, as item writers list them: a
 * learner then compares, not hunts (Haladyna, Downing & Rodriguez 2002). The wrong ones go by their
 * place on the scale, the answer after those below it; `pickSimilar` keeps the answer's place among them
 * uninformative. Null when a wrong option has no place (a name).
 */
function inScaleOrder<T extends { isCorrect: boolean; drawn: string }>(options: readonly T[], candidates: readonly DistractorEntry[]): T[] | null {
  const entryOf = new Map(candidates.map((entry) => [entry.text, entry]));
  const wrong: { option: T; scale: number; below: boolean }[] = [];
  for (const option of options) {
    if (option.isCorrect) continue;
    const entry = entryOf.get(option.drawn);
    if (entry?.scale === undefined || entry.below === undefined) return null;
    wrong.push({ option, scale: entry.scale, below: entry.below });
  }
  const answer = options.filter((option) => option.isCorrect);
  wrong.sort((a, b) => a.scale - b.scale);
  return [...wrong.filter((entry) => entry.below).map((entry) => entry.option), ...answer, ...wrong.filter((entry) => !entry.below).map((entry) => entry.option)];
}

/** A wrong option for `pickSimilar`: its text, plausibility rank and, for a date or a figure, whether it lies below the answer and its place on the scale. */
export interface DistractorEntry {
  text: string;
  rank: number;
  below?: boolean;
  scale?: number;
}

/**
 * Picks `count` distractor texts that look like the answer: distinct, not the
 * answer, and of similar length. Candidates may carry a plausibility rank
 * (see `plausibility.ts`): lower ranks are taken first, then closer lengths,
 * ties broken by the seed. When every candidate says whether it lies below the
 * answer (a date, a figure), how many of the chosen do is drawn evenly from
 * the counts the candidates allow. Returns null when fewer than `count` qualify.
 */
export function pickSimilar(rng: Rng, answer: string, candidates: readonly (string | DistractorEntry)[], count: number): string[] | null {
  const entries = candidates.map((candidate) => (typeof candidate === "string" ? { text: candidate, rank: 0 } : candidate));
  return entries.length > 0 && entries.every((entry) => entry.below !== undefined) ? pickAround(rng, answer, entries, count) : pickAmong(rng, answer, entries, count);
}

/**
 * So that the answer's place among ordered options tells nothing. With wrong options drawn from the
 * pool at random, the answer sat where the pool had fewest values (a figure has more multiples than
 * fractions within reach, so it was seldom the highest of four), and a learner could pick by place.
 */
function pickAround(rng: Rng, answer: string, entries: readonly DistractorEntry[], count: number): string[] | null {
  const below = entries.filter((entry) => entry.below);
  const above = entries.filter((entry) => !entry.below);
  // The first feasible count in a shuffled order is each feasible count equally often.
  for (const belowCount of rng.shuffle(Array.from({ length: count + 1 }, (_, k) => k))) {
    const lower = pickAmong(rng, answer, below, belowCount);
    const upper = lower && pickAmong(rng, answer, above, count - belowCount);
    if (lower && upper) return [...lower, ...upper];
  }
  return null;
}

function pickAmong(rng: Rng, answer: string, entries: readonly DistractorEntry[], count: number): string[] | null {
  const seen = new Set([normaliseAnswer(answer)]);
  const unique: DistractorEntry[] = [];
  for (const entry of rng.shuffle(entries)) {
    const key = normaliseAnswer(entry.text);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    unique.push(entry);
  }
  const ratio = (text: string) => Math.max(text.length, answer.length) / Math.max(1, Math.min(text.length, answer.length));
  const comparable = unique.filter(({ text }) => ratio(text) <= 2.5 || Math.max(text.length, answer.length) <= 14);
  if (comparable.length < count) return null;
  // Stable sort on rank, then coarse length bands, keeps the seed's shuffle inside each band.
  const band = (text: string) => (ratio(text) <= 1.4 ? 0 : ratio(text) <= 1.9 ? 1 : 2);
  return comparable
    .sort((a, b) => a.rank - b.rank || band(a.text) - band(b.text))
    .slice(0, count)
    .map(({ text }) => text);
}

/**
 * A stem that carries its date: the question as written when it names a year,
 * otherwise with the fact's date added, so no item depends on the article to be unambiguous.
 */
export function stemWithDate(question: string, fact: LoadedFact): string {
  const trimmed = question.replace(/\s+/g, " ").trim();
  if (writesItsDate(trimmed, fact)) return trimmed;
  return `${trimmed} (${factDateText(fact)})`;
}

/**
 * True when a name of two or more words appears in the text with each word
 * the start of one of its words: "Middle Eastern powers" gives away "Middle
 * East" as surely as the name itself. One-word names are left out: "Pakistani
 * soldiers" is how the sources write, and a blank for "Pakistan" beside it
 * tells no more than its hint.
 */
export function echoesName(text: string, forms: readonly string[]): boolean {
  const words = normaliseAnswer(text).split(" ");
  return forms.some((form) => {
    const formWords = normaliseAnswer(form).split(" ").filter((word) => word !== "");
    if (formWords.length < 2) return false;
    for (let start = 0; start + formWords.length <= words.length; start++) {
      if (formWords.every((word, offset) => (words[start + offset] as string).startsWith(word))) return true;
    }
    return false;
  });
}

/** True when any accepted form of the answer appears in the text, as whole words or, for a name of several words, in another form (`echoesName`). */
export function revealsAnswer(text: string, forms: readonly string[]): boolean {
  const padded = paddedNormal(text);
  return forms.some((form) => hasNormalisedPhrase(padded, normaliseAnswer(form))) || echoesName(text, forms);
}
