/**
 * The analysis digest of a handed-in attempt: per item, exactly what the
 * item analysis (ItemTally in tally-items.ts) needs, in one compact JSON string stored on
 * `Attempt.analysisDigest`. An attempt's items and answers never change once
 * it is closed, so the digest is written in the transaction that closes it
 * (learn/close-attempt-record.ts), and the analysis reads one short column
 * per attempt instead of every item's shown JSON and every answer.
 *
 * Format (version 2), arrays rather than objects to stay small:
 *
 *     [1, item, item, …]                           items in position order
 *     item = [group, right, prompt]                 items without options
 *          | [group, right, prompt, texts, key, chosen]   choice items
 *
 * - group: `itemKey(type, factSlugs)`, e.g. `multiple-choice|fact-a,fact-b`;
 * - right: 1 right, 0 wrong, null unanswered;
 * - prompt: the wording shown, with a true/false statement or a blank's
 *   sentence after the prompt (`itemWording`; version 1 kept the prompt
 *   alone, "True or false?"), so the analysis can show each group's most
 *   common wording without reading any item;
 * - texts: the option texts in the order shown; key: the index of the right
 *   option (from the stored key), chosen: the index of the option the answer
 *   chose; -1 for none (unanswered, or not an option answer).
 *
 * Pure (no database, no server-only): unit-tested in analysis-digest.test.ts.
 * A digest that is not this version decodes to null, and the reader digests
 * the attempt again from its rows (load-analysed-items.ts).
 */
import type { AnswerKeyEntry, ClientItem, ItemType } from "@/lib/engine";
import { itemWording } from "@/lib/format/item-wording";
import { itemKey, type AnalysedItem } from "./tally-items";

export const ANALYSIS_DIGEST_VERSION = 2;

/** One stored item of an attempt with its answer, as the rows hold them (JSON columns unparsed). */
export interface DigestSourceItem {
  position: number;
  type: string;
  /** JSON array of fact slugs (AttemptItem.factSlugs). */
  factSlugs: string;
  /** JSON of the item as shown (AttemptItem.client). */
  client: string;
  /** JSON of the answer key (AttemptItem.key). */
  key: string;
  /** The stored answer (Response.answer JSON and grade); null when the item was left unanswered. */
  response: { answer: string; isCorrect: boolean } | null;
}

type DigestItem = [group: string, right: 0 | 1 | null, prompt: string] | [group: string, right: 0 | 1 | null, prompt: string, texts: string[], key: number, chosen: number];

function shownOptions(item: ClientItem): { id: string; text: string }[] | null {
  if (item.type === "multiple-choice" || item.type === "cause-effect" || item.type === "attribution") return item.options;
  if (item.type === "cloze" && item.options) return item.options;
  return null;
}

function keyOptionId(key: AnswerKeyEntry): string | null {
  const answer = key.answer;
  return answer.kind === "option" ? answer.optionId : answer.kind === "text" ? (answer.optionId ?? null) : null;
}

function chosenOptionId(answer: string): string | null {
  const parsed = JSON.parse(answer) as unknown;
  return typeof parsed === "object" && parsed !== null && "optionId" in parsed && typeof parsed.optionId === "string" ? parsed.optionId : null;
}

/**
 * The digest of one closed attempt from its stored items and answers (any
 * order: they are put in position order).
 *
 * @example
 * const digest = buildAnalysisDigest(items.map((item) => ({ ...item, response: responseOf(item.id) })));
 */
export function buildAnalysisDigest(items: readonly DigestSourceItem[]): string {
  const digest: (number | DigestItem)[] = [ANALYSIS_DIGEST_VERSION];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const client = JSON.parse(item.client) as ClientItem;
    const group = itemKey(item.type, JSON.parse(item.factSlugs) as string[]);
    const right = item.response ? (item.response.isCorrect ? 1 : 0) : null;
    const options = shownOptions(client);
    if (!options) {
      digest.push([group, right, itemWording(client)]);
      continue;
    }
    const ids = options.map((option) => option.id);
    const key = keyOptionId(JSON.parse(item.key) as AnswerKeyEntry);
    const chosen = item.response ? chosenOptionId(item.response.answer) : null;
    digest.push([group, right, itemWording(client), options.map((option) => option.text), key === null ? -1 : ids.indexOf(key), chosen === null ? -1 : ids.indexOf(chosen)]);
  }
  return JSON.stringify(digest);
}

/** Whether `digest` is of this version (cheap: read before decoding, to backfill the others in bulk). */
export function isCurrentAnalysisDigest(digest: string | null): boolean {
  return digest !== null && (digest.startsWith(`[${ANALYSIS_DIGEST_VERSION},`) || digest === `[${ANALYSIS_DIGEST_VERSION}]`);
}

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= -1;

/** A group key's type and fact slugs, decoded once per group and shared by its items. */
export type DigestGroups = Map<string, { type: ItemType; factSlugs: readonly string[] }>;

/**
 * The items of `attemptId` as the statistics take them, from its digest.
 * Light on allocation (a class's analysis decodes some 16,000 items): the
 * option texts are the parsed array itself, and `groups` (pass one map to
 * every call of an analysis) shares each group's type and slugs.
 *
 * @returns null when there is no digest, or it is not a well-formed digest of
 *   this version (the caller digests the attempt again from its rows)
 */
export function decodeAnalysisDigest(attemptId: string, digest: string | null, groups: DigestGroups = new Map()): AnalysedItem[] | null {
  if (!digest) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(digest);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== ANALYSIS_DIGEST_VERSION) return null;
  const items: AnalysedItem[] = [];
  for (let index = 1; index < parsed.length; index++) {
    const entry = parsed[index] as unknown;
    if (!Array.isArray(entry) || (entry.length !== 3 && entry.length !== 6)) return null;
    const group = entry[0] as unknown;
    const right = entry[1] as unknown;
    const prompt = entry[2] as unknown;
    if (typeof group !== "string" || typeof prompt !== "string" || !(right === 0 || right === 1 || right === null)) return null;
    let decoded = groups.get(group);
    if (!decoded) {
      const bar = group.indexOf("|");
      if (bar < 0) return null;
      const slugs = group.slice(bar + 1);
      decoded = { type: group.slice(0, bar) as ItemType, factSlugs: slugs === "" ? [] : slugs.split(",") };
      groups.set(group, decoded);
    }
    let options: string[] | null = null;
    let keyIndex = -1;
    let chosenIndex = -1;
    if (entry.length === 6) {
      const texts = entry[3] as unknown;
      const key = entry[4] as unknown;
      const chosen = entry[5] as unknown;
      if (!Array.isArray(texts) || !isIndex(key) || !isIndex(chosen)) return null;
      for (const text of texts) if (typeof text !== "string") return null;
      options = texts as string[];
      keyIndex = key;
      chosenIndex = chosen;
    }
    items.push({
      attemptId,
      group,
      type: decoded.type,
      factSlugs: decoded.factSlugs,
      prompt,
      options,
      keyIndex,
      response: right === null ? null : { isCorrect: right === 1, chosenIndex },
    });
  }
  return items;
}
