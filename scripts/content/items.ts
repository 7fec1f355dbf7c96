/**
 * `npm run content -- items [pack] [--seeds N]`: what the engine can ask,
 * over seeds 1 to N (default 10): items by type, the facts each module has
 * for each type, the facts no item asks and those only a guess asks (a last
 * resort, such as a blank for Pakistan). An author's check that an edit
 * (a new rule, a reworded question) left no type, module or fact without
 * questions: a module with fewer than five multiple-choice facts cannot give
 * a five-question multiple-choice quiz.
 */
import type { LoadedPack } from "@/lib/content";
import { generateAllItemsDetailed, itemTypes, type ItemType } from "@/lib/engine";
import { intFlag, loadPackForCommand, parseArgs } from "./args";

export const description = "count the items the engine can ask, by type and module, over seeds 1..N (--seeds N)";

export interface ItemSupply {
  seeds: number;
  /** Items of each type over all the seeds. */
  itemsByType: Record<ItemType, number>;
  /** For each module, how many of its facts some item of each type asks. */
  factsByModule: { moduleId: string; facts: number; byType: Record<ItemType, number> }[];
  /** Facts that no item asks, at any of the seeds. */
  unasked: string[];
  /** Facts that only last-resort items ask (a guess, such as a blank for Pakistan), at every seed. */
  onlyLastResort: string[];
}

/** Runs the count; exit code 1 when the pack has problems. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const seeds = intFlag(parsed, "seeds", 10);
  const pack = loadPackForCommand(parsed.positionals[0]);
  if (!pack) return 1;
  process.stdout.write(`${renderSupply(itemSupply(pack, seeds))}\n`);
  return 0;
}

/** Every item the engine generates at seeds "1" to `seeds`, counted by type, module and fact. */
export function itemSupply(pack: LoadedPack, seeds: number): ItemSupply {
  const zero = () => Object.fromEntries(itemTypes.map((type) => [type, 0])) as Record<ItemType, number>;
  const itemsByType = zero();
  const factsByType = new Map<ItemType, Set<string>>(itemTypes.map((type) => [type, new Set()]));
  const askedBetter = new Set<string>();
  for (let seed = 1; seed <= seeds; seed++) {
    for (const { client, key, isLastResort } of generateAllItemsDetailed(pack, { seed: String(seed) })) {
      itemsByType[client.type]++;
      for (const factId of key.factIds) {
        factsByType.get(client.type)?.add(factId);
        if (!isLastResort) askedBetter.add(factId);
      }
    }
  }
  const asked = new Set([...factsByType.values()].flatMap((facts) => [...facts]));
  return {
    seeds,
    itemsByType,
    factsByModule: pack.modules.map((unit) => {
      const byType = zero();
      for (const type of itemTypes) byType[type] = unit.factIds.filter((id) => factsByType.get(type)?.has(id)).length;
      return { moduleId: unit.id, facts: unit.factIds.length, byType };
    }),
    unasked: pack.facts.map((fact) => fact.id).filter((id) => !asked.has(id)),
    onlyLastResort: pack.facts.map((fact) => fact.id).filter((id) => asked.has(id) && !askedBetter.has(id)),
  };
}

const columnHeads: Record<ItemType, string> = {
  "multiple-choice": "choice",
  "true-false": "t/f",
  "short-answer": "typed",
  cloze: "cloze",
  ordering: "order",
  matching: "match",
  "cause-effect": "cause",
  attribution: "who",
};

function renderSupply(supply: ItemSupply): string {
  const out = [`Items over seeds 1 to ${supply.seeds}, by type:`];
  for (const type of itemTypes) out.push(`  ${type.padEnd(16)} ${supply.itemsByType[type]}`);
  out.push("", "Facts each module has for each type (of its facts):");
  out.push(`  ${"module".padEnd(32)} ${"facts".padStart(5)}  ${itemTypes.map((type) => columnHeads[type].padStart(6)).join(" ")}`);
  for (const row of supply.factsByModule) {
    out.push(`  ${row.moduleId.padEnd(32)} ${String(row.facts).padStart(5)}  ${itemTypes.map((type) => String(row.byType[type]).padStart(6)).join(" ")}`);
  }
  out.push("", supply.unasked.length === 0 ? "Every fact is asked by some item." : `Facts no item asks (${supply.unasked.length}): ${supply.unasked.join(", ")}`);
  if (supply.onlyLastResort.length > 0) {
    // A quiz takes such an item only when nothing else fits, and a review of the fact asks only that guess.
    out.push(`Facts asked only by a guess, a last resort (${supply.onlyLastResort.length}; give each a falseStatement or a question): ${supply.onlyLastResort.join(", ")}`);
  }
  return out.join("\n");
}
