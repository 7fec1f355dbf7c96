import "server-only";
import type { ClientItem, ItemOption, ItemType } from "@/lib/engine";
import type { Db } from "@/lib/server/db";
import { parseKey } from "@/lib/server/services/learn/attempt-records";
import { itemKey, type AnalysedItem } from "./tally-items";

function optionsOf(item: ClientItem): ItemOption[] | null {
  if (item.type === "multiple-choice" || item.type === "cause-effect" || item.type === "attribution") return item.options;
  if (item.type === "cloze" && item.options) return item.options;
  return null;
}

function chosenOptionId(answer: string): string | null {
  const parsed = JSON.parse(answer) as unknown;
  return typeof parsed === "object" && parsed !== null && "optionId" in parsed && typeof parsed.optionId === "string" ? parsed.optionId : null;
}

function keyOptionIdOf(storedKey: string): string | null {
  const answer = parseKey(storedKey).answer;
  return answer.kind === "option" ? answer.optionId : answer.kind === "text" ? (answer.optionId ?? null) : null;
}

// Only these can show options, so only their shown item (`client`) is needed for every answer.
const CHOICE_TYPES: ItemType[] = ["multiple-choice", "cause-effect", "attribution", "cloze"];

type LoadedItem = AnalysedItem & { id: string; group: string };

/**
 * Every item of the attempts `countedIds` (handed-in attempts on
 * `assignmentIds`), decoded for the statistics, in the order of `countedIds`.
 *
 * Reads filtered by assignment (joins, not lists of thousands of ids), and
 * only the columns the figures need, since a class's items are many and
 * their JSON is most of the page's time:
 * - choice items with the item as shown (options), other items without it:
 *   their wording is read for one item per group (a small query);
 * - no answer keys (the largest column): an item's right option is the one a
 *   right answer chose, and since all items of a group ask the same thing,
 *   one right answer marks the key for the group. Only for a choice group
 *   nobody got right is one stored key read.
 */
export async function loadAnalysedItems(db: Db, assignmentIds: readonly string[], countedIds: readonly string[]): Promise<AnalysedItem[]> {
  if (countedIds.length === 0) return [];
  const attempt = { assignmentId: { in: [...assignmentIds] }, status: { not: "in_progress" } };
  const columns = { id: true, attemptId: true, position: true, type: true, factSlugs: true } as const;
  const [choiceRows, otherRows, responses] = await Promise.all([
    db.attemptItem.findMany({ where: { attempt, type: { in: CHOICE_TYPES } }, select: { ...columns, client: true } }),
    db.attemptItem.findMany({ where: { attempt, type: { notIn: CHOICE_TYPES } }, select: columns }),
    db.response.findMany({ where: { attemptItem: { attempt } }, select: { attemptItemId: true, answer: true, isCorrect: true } }),
  ]);

  const order = new Map(countedIds.map((id, index) => [id, index]));
  const responseByItem = new Map(responses.map((response) => [response.attemptItemId, response]));
  // Observations in the caller's order (students by name), so the upper–lower split is reproducible.
  const counted = [...choiceRows, ...otherRows]
    .filter((row) => order.has(row.attemptId))
    .sort((a, b) => (order.get(a.attemptId) ?? 0) - (order.get(b.attemptId) ?? 0) || a.position - b.position);

  const items = counted.map((row): LoadedItem => {
    const client = "client" in row && typeof row.client === "string" ? (JSON.parse(row.client) as ClientItem) : null;
    const options = client ? optionsOf(client) : null;
    const response = responseByItem.get(row.id);
    const chosen = options && response ? chosenOptionId(response.answer) : null;
    const factSlugs = JSON.parse(row.factSlugs) as string[];
    return {
      id: row.id,
      group: itemKey(row.type, factSlugs),
      attemptId: row.attemptId,
      type: row.type as ItemType,
      factSlugs,
      prompt: client?.prompt ?? null,
      options,
      keyOptionId: response?.isCorrect ? chosen : null,
      response: response ? { isCorrect: response.isCorrect, chosenOptionId: chosen } : null,
    };
  });

  /** By item id, the first answered item of each group that `matches`. */
  const firstAnsweredOf = (matches: (item: LoadedItem) => boolean): Map<string, LoadedItem> => {
    const groups = new Set<string>();
    const found = new Map<string, LoadedItem>();
    for (const item of items) {
      if (item.response === null || groups.has(item.group) || !matches(item)) continue;
      groups.add(item.group);
      found.set(item.id, item);
    }
    return found;
  };
  const keyed = new Set(items.filter((item) => item.keyOptionId !== null).map((item) => item.group));
  const needKey = firstAnsweredOf((item) => item.options !== null && !keyed.has(item.group));
  const needPrompt = firstAnsweredOf((item) => item.prompt === null);
  const ids = [...new Set([...needKey.keys(), ...needPrompt.keys()])];
  if (ids.length > 0) {
    for (const row of await db.attemptItem.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, client: true } })) {
      const forKey = needKey.get(row.id);
      if (forKey) forKey.keyOptionId = keyOptionIdOf(row.key);
      const forPrompt = needPrompt.get(row.id);
      if (forPrompt) forPrompt.prompt = (JSON.parse(row.client) as ClientItem).prompt;
    }
  }
  return items;
}
