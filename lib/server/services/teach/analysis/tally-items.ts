import type { ItemType } from "@/lib/engine";
import { facility, itemFlags, optionRates, pointBiserial, upperLowerIndex, type Observation, type OptionTally } from "./statistics";
import type { ItemStats } from "./types";

/** One item of one handed-in attempt, decoded to what the statistics need (see decodeAnalysisDigest). */
export interface AnalysedItem {
  attemptId: string;
  /** What identifies the item across students: `itemKey(type, factSlugs)`. */
  group: string;
  type: ItemType;
  factSlugs: readonly string[];
  /** The wording shown (a group shows its most common wording). */
  prompt: string;
  /** Choice items: the option texts as shown (option ids are per quiz: texts identify options across students). */
  options: readonly string[] | null;
  /** The index in `options` of the right option; -1 when there is none. */
  keyIndex: number;
  /** Null when the item was left unanswered (it counts as wrong in the score, but is not an answer). */
  response: { isCorrect: boolean; chosenIndex: number } | null;
}

export function itemKey(type: string, factSlugs: readonly string[]): string {
  return `${type}|${[...factSlugs].sort().join(",")}`;
}

interface Accumulator {
  type: ItemType;
  factSlugs: string[];
  prompts: Map<string, number>;
  observations: Observation[];
  unanswered: number;
  tallies: Map<string, OptionTally>;
}

/**
 * Statistics per item (type + facts) over handed-in attempts, fed one
 * attempt at a time (so a class's decoded items need not all be held at
 * once). `add` takes every item of one attempt (answered or not); attempts
 * and their items must come in a stable order, so that rest scores and the
 * upper–lower split are reproducible.
 */
export class ItemTally {
  private readonly groups = new Map<string, Accumulator>();

  add(attempt: readonly AnalysedItem[]): void {
    let correct = 0;
    for (const item of attempt) if (item.response?.isCorrect) correct++;
    const others = attempt.length - 1;

    for (const item of attempt) {
      let group = this.groups.get(item.group);
      if (!group) {
        group = { type: item.type, factSlugs: [...item.factSlugs].sort(), prompts: new Map(), observations: [], unanswered: 0, tallies: new Map() };
        this.groups.set(item.group, group);
      }
      group.prompts.set(item.prompt, (group.prompts.get(item.prompt) ?? 0) + 1);
      // Left blank, it is no answer to figure in, but it is counted and listed: a question nobody answered was missing from the analysis (UX review).
      if (!item.response) {
        group.unanswered++;
        continue;
      }

      // Rest score: the share right of the attempt's other items (corrected: this item left out).
      const restScore = others === 0 ? 0 : (correct - (item.response.isCorrect ? 1 : 0)) / others;
      group.observations.push({ isCorrect: item.response.isCorrect, restScore });

      if (!item.options) continue;
      // Option ids are reshuffled per quiz: the text is what identifies an option across students.
      for (let index = 0; index < item.options.length; index++) {
        const text = item.options[index] as string;
        let tally = group.tallies.get(text);
        if (!tally) {
          tally = { text, isKey: false, shown: 0, chosen: 0 };
          group.tallies.set(text, tally);
        }
        tally.shown++;
        if (index === item.keyIndex) tally.isKey = true;
        if (index === item.response.chosenIndex) tally.chosen++;
      }
    }
  }

  stats(): ItemStats[] {
    return [...this.groups.entries()].map(([key, group]): ItemStats => {
      const discrimination = pointBiserial(group.observations);
      const options = optionRates([...group.tallies.values()].sort((a, b) => Number(b.isKey) - Number(a.isKey) || b.chosen - a.chosen || a.text.localeCompare(b.text)));
      // The most common wording (ties: the first in alphabetical order).
      const prompt = [...group.prompts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "";
      return {
        key,
        type: group.type,
        factSlugs: group.factSlugs,
        prompt,
        responses: group.observations.length,
        unanswered: group.unanswered,
        correct: group.observations.filter((observation) => observation.isCorrect).length,
        facility: facility(group.observations),
        discrimination,
        upperLower: upperLowerIndex(group.observations),
        options,
        flags: itemFlags(group.observations.length, discrimination, options),
      };
    });
  }
}

/** ItemTally over `attempts`, each the items of one attempt. */
export function tallyItems(attempts: Iterable<readonly AnalysedItem[]>): ItemStats[] {
  const tally = new ItemTally();
  for (const attempt of attempts) tally.add(attempt);
  return tally.stats();
}
