import type { ItemOption, ItemType } from "@/lib/engine";
import { facility, itemFlags, optionRates, pointBiserial, upperLowerIndex, type Observation, type OptionTally } from "./statistics";
import type { ItemStats } from "./types";

/** One item of one handed-in attempt, decoded to what the statistics need. */
export interface AnalysedItem {
  attemptId: string;
  type: ItemType;
  factSlugs: string[];
  /** The wording shown; null when not read (other items of its group carry it). */
  prompt: string | null;
  /** Choice items: the options as shown (ids are per quiz), and the right one's id. */
  options: ItemOption[] | null;
  keyOptionId: string | null;
  /** Null when the item was left unanswered (it counts as wrong in the score, but is not an answer). */
  response: { isCorrect: boolean; chosenOptionId: string | null } | null;
}

export function itemKey(type: string, factSlugs: readonly string[]): string {
  return `${type}|${[...factSlugs].sort().join(",")}`;
}

interface Accumulator {
  type: ItemType;
  factSlugs: string[];
  prompts: Map<string, number>;
  observations: Observation[];
  tallies: Map<string, OptionTally>;
}

/**
 * Statistics per item (type + facts) over handed-in attempts. `items` must
 * hold every item of each attempt (answered or not), in a stable order, so
 * that rest scores and the upper–lower split are reproducible.
 */
export function tallyItems(items: readonly AnalysedItem[]): ItemStats[] {
  const perAttempt = new Map<string, { correct: number; total: number }>();
  for (const item of items) {
    const entry = perAttempt.get(item.attemptId) ?? { correct: 0, total: 0 };
    entry.total++;
    if (item.response?.isCorrect) entry.correct++;
    perAttempt.set(item.attemptId, entry);
  }

  const groups = new Map<string, Accumulator>();
  for (const item of items) {
    if (!item.response) continue;
    const key = itemKey(item.type, item.factSlugs);
    const group: Accumulator = groups.get(key) ?? { type: item.type, factSlugs: [...item.factSlugs].sort(), prompts: new Map(), observations: [], tallies: new Map() };
    groups.set(key, group);
    if (item.prompt !== null) group.prompts.set(item.prompt, (group.prompts.get(item.prompt) ?? 0) + 1);

    // Rest score: the share right of the attempt's other items (corrected: this item left out).
    const attempt = perAttempt.get(item.attemptId) ?? { correct: 0, total: 1 };
    const others = attempt.total - 1;
    const restScore = others === 0 ? 0 : (attempt.correct - (item.response.isCorrect ? 1 : 0)) / others;
    group.observations.push({ isCorrect: item.response.isCorrect, restScore });

    if (!item.options) continue;
    // Option ids are reshuffled per quiz: the text is what identifies an option across students.
    for (const option of item.options) {
      const tally = group.tallies.get(option.text) ?? { text: option.text, isKey: false, shown: 0, chosen: 0 };
      tally.shown++;
      if (option.id === item.keyOptionId) tally.isKey = true;
      if (option.id === item.response.chosenOptionId) tally.chosen++;
      group.tallies.set(option.text, tally);
    }
  }

  return [...groups.entries()].map(([key, group]): ItemStats => {
    const discrimination = pointBiserial(group.observations);
    const options = optionRates([...group.tallies.values()].sort((a, b) => Number(b.isKey) - Number(a.isKey) || b.chosen - a.chosen || a.text.localeCompare(b.text)));
    const prompt = [...group.prompts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
    return {
      key,
      type: group.type,
      factSlugs: group.factSlugs,
      prompt,
      responses: group.observations.length,
      correct: group.observations.filter((observation) => observation.isCorrect).length,
      facility: facility(group.observations),
      discrimination,
      upperLower: upperLowerIndex(group.observations),
      options,
      flags: itemFlags(group.observations.length, discrimination, options),
    };
  });
}
