/**
 * The engine's public data shapes: items as the client sees them, the answer
 * key the server keeps, responses, grades and lessons. Plain JSON-safe
 * objects, so the server can store them and the client can render them.
 */
import type { Entity, FactDate, Quantity, Role, Source } from "../content/schema";
import type { LoadedFact, LoadedModule, LoadedPack, Mark } from "../content/types";

export type { Entity, FactDate, LoadedFact, LoadedModule, LoadedPack, Mark, Quantity, Role, Source };

/** The kinds of quiz item the engine generates. */
export const itemTypes = [
  "multiple-choice",
  "true-false",
  "short-answer",
  "cloze",
  "ordering",
  "matching",
  "cause-effect",
  "attribution",
] as const;
export type ItemType = (typeof itemTypes)[number];

export const difficulties = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];

/** One choice shown to the learner. Ids are assigned after shuffling, so they reveal nothing. */
export interface ItemOption {
  id: string;
  text: string;
}

/** What kind of text a typed answer should be, so the client can pick a keyboard and a hint. */
export type AnswerFormat = "name" | "number" | "date";

interface ClientItemBase {
  /** Deterministic for the same pack version, seed and item. */
  id: string;
  type: ItemType;
  /** The question or instruction, with the context that makes it unambiguous. */
  prompt: string;
  difficulty: Difficulty;
}

/** Single-answer choice: multiple choice, cause and effect, attribution. */
export interface ChoiceClientItem extends ClientItemBase {
  type: "multiple-choice" | "cause-effect" | "attribution";
  options: ItemOption[];
}

export interface TrueFalseClientItem extends ClientItemBase {
  type: "true-false";
  statement: string;
}

export interface ShortAnswerClientItem extends ClientItemBase {
  type: "short-answer";
  answerFormat: AnswerFormat;
  /** What to type, e.g. "a name", "a number", "a day, month and year". */
  hint: string;
}

/** A sentence with one blank: typed when `options` is absent, chosen otherwise. */
export interface ClozeClientItem extends ClientItemBase {
  type: "cloze";
  before: string;
  after: string;
  answerFormat: AnswerFormat;
  hint: string;
  options?: ItemOption[];
}

export interface OrderingClientItem extends ClientItemBase {
  type: "ordering";
  /** Events in shuffled order; the response lists their ids earliest first. */
  events: ItemOption[];
}

export type MatchingKind = "acronym" | "person-role" | "event-year";

export interface MatchingClientItem extends ClientItemBase {
  type: "matching";
  matchKind: MatchingKind;
  left: ItemOption[];
  right: ItemOption[];
}

/** An item as sent to the learner's browser: no answers, explanations or fact ids. */
export type ClientItem =
  | ChoiceClientItem
  | TrueFalseClientItem
  | ShortAnswerClientItem
  | ClozeClientItem
  | OrderingClientItem
  | MatchingClientItem;

/** Where a fact comes from, ready to show. */
export interface Citation {
  sourceId: string;
  publisher: string | null;
  author: string | null;
  title: string;
  /** The article's date as a reader writes it. */
  date: string;
  para: number;
  /** "Reuters, “Factbox: …” (October 2010), para. 11". */
  text: string;
}

/** How a typed answer is checked. */
export type AcceptedAnswer =
  | {
      kind: "name";
      /** Every accepted way of writing the answer (name, acronym, aliases, the words in the text). */
      forms: string[];
      /** Names of other entities of the same kind: a typed answer nearer to one of these is wrong, not a typo. */
      rivalForms: string[];
      /** Names of the country a place, body or programme belongs to, which a learner may write after or before it ("Nangarhar, Afghanistan", "China's Belt and Road Initiative"). */
      within?: string[];
      /** A person's words of rank and post ("general", "president", "air marshal"): only such a title before the name is no part of it. */
      titles?: string[];
    }
  | { kind: "number"; value: number; unitWords: string[] }
  | { kind: "date"; date: FactDate };

/** The correct answer of one item. */
export type KeyAnswer =
  | { kind: "option"; optionId: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; accepted: AcceptedAnswer; optionId?: string }
  | { kind: "order"; order: string[] }
  | { kind: "pairs"; pairs: Record<string, string> };

/** The server-side half of an item: never sent to the learner before they answer. */
export interface AnswerKeyEntry {
  itemId: string;
  type: ItemType;
  /** The fact ids the item tests. */
  factIds: string[];
  answer: KeyAnswer;
  /** The correct answer as shown after grading. */
  expected: string;
  /** Why, in our words, from the fact text. */
  explanation: string;
  citations: Citation[];
  /** 0 (easiest) to 1 (hardest); `difficulty` on the client item is its bucket. */
  difficultyScore: number;
}

/** Answer keys by item id. */
export type AnswerKey = Record<string, AnswerKeyEntry>;

/** A generated quiz: items for the client, key for the server. */
export interface Quiz {
  items: ClientItem[];
  key: AnswerKey;
}

/** Responses, one shape per item type. */
export interface ChoiceResponse {
  optionId: string;
}
export interface TrueFalseResponse {
  value: boolean;
}
export interface TextResponse {
  text: string;
}
export type ClozeResponse = ChoiceResponse | TextResponse;
export interface OrderingResponse {
  /** Event ids, earliest first. */
  order: string[];
}
export interface MatchingResponse {
  /** Left id → right id. */
  pairs: Record<string, string>;
}
export type ItemResponse = ChoiceResponse | TrueFalseResponse | TextResponse | OrderingResponse | MatchingResponse;

/** The response shape each item type takes. */
export interface ResponseByType {
  "multiple-choice": ChoiceResponse;
  "cause-effect": ChoiceResponse;
  attribution: ChoiceResponse;
  "true-false": TrueFalseResponse;
  "short-answer": TextResponse;
  cloze: ClozeResponse;
  ordering: OrderingResponse;
  matching: MatchingResponse;
}

export interface GradeResult {
  correct: boolean;
  /** The response as the engine understood it ("2 billion" → "$2 billion"), for display. */
  normalisedAnswer: string;
  expected: string;
  explanation: string;
  citations: Citation[];
  /** Ordering: how many events stand in the right order; matching: how many pairs are right. */
  partial?: { correct: number; total: number };
  /** Ordering and matching: each event or pair as given, marked, with where it belongs, so feedback can show which were wrong. */
  parts?: AnswerPart[];
}

/** One event of an ordering answer or one pair of a matching answer, as the learner gave it. */
export type AnswerPart = OrderingPart | MatchingPart;

/**
 * One event of an ordering answer, in the learner's order. `correct` when it is in the longest run of
 * the learner's events that stands in the right order: moving each of the others to `belongsAt` puts
 * the whole right.
 */
export interface OrderingPart {
  /** The event, with the date the expected listing gives it. */
  given: string;
  correct: boolean;
  /** Its place in the right order, from 1. */
  belongsAt: number;
}

/** One pair of a matching answer. */
export interface MatchingPart {
  /** The left-hand item the pair starts from. */
  label: string;
  /** What the learner matched it with ("" for nothing). */
  given: string;
  expected: string;
  correct: boolean;
}

/** A quiz request. `modules` or `factIds` (for review) selects the facts. */
export interface QuizRequest {
  /** Module ids, or "all". Ignored when `factIds` is given. */
  modules?: readonly string[] | "all";
  /** Review: quiz exactly these facts (and items built from them). */
  factIds?: readonly string[];
  count: number;
  /** Allowed item types; all by default. */
  types?: readonly ItemType[];
  /** Wanted share of each difficulty, e.g. { easy: 1, medium: 2, hard: 1 }; any mix by default. */
  difficultyMix?: Partial<Record<Difficulty, number>>;
  seed: string;
  /**
   * What the learner was asked lately (the items of their last quizzes): those facts are asked after
   * the others, and asked again in another type where the fact has one, so that a practice quiz taken
   * after a lesson's check, or a review after a quiz, does not repeat its questions word for word.
   */
  askedLately?: readonly AskedItem[];
}

/** An item a learner was shown: the facts it tests and its type. */
export interface AskedItem {
  factIds: readonly string[];
  type: ItemType;
}

export interface LessonFact {
  factId: string;
  text: string;
  date: string;
  citations: Citation[];
}

export interface LessonSection {
  /** The tag that groups the section's facts. */
  tag: string;
  heading: string;
  facts: LessonFact[];
}

export interface TimelineEntry {
  factId: string;
  date: string;
  label: string;
  citations: Citation[];
}

export interface KeyFigure {
  factId: string;
  value: string;
  counts: string;
  date: string;
  citations: Citation[];
}

export interface LessonActor {
  entityId: string;
  name: string;
  kind: "person" | "organisation" | "group";
  description?: string;
  /** `date` is left out when the title already gives it ("2014 Nobel Peace Prize laureate"). */
  roles: { title: string; date?: string; citation: Citation | null }[];
}

export interface GlossaryEntry {
  term: string;
  meaning: string;
  description?: string;
}

export interface Lesson {
  packId: string;
  packVersion: string;
  moduleId: string;
  title: string;
  introduction: { summary: string; objectives: string[] };
  sections: LessonSection[];
  timeline: TimelineEntry[];
  keyFigures: KeyFigure[];
  actors: LessonActor[];
  glossary: GlossaryEntry[];
  /** 3–5 quiz items on the lesson's facts, with their key kept apart. */
  checkYourself: Quiz;
}
