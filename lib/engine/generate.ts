/**
 * Every item the engine can make from a set of facts: per-fact items of each
 * type, and ordering and matching items over a scope (a module, or the facts
 * of a review).
 */
import { attributionItem } from "./items/attribution";
import { causeEffectItem } from "./items/cause-effect";
import { clozeItem } from "./items/cloze";
import type { GeneratedItem, GenerationContext, ItemAsk, LaterRound } from "./items/common";
import { matchingItem } from "./items/matching";
import { asksWhichIsTrue, multipleChoiceItem, questionAsk } from "./items/multiple-choice";
import { orderingItem } from "./items/ordering";
import { shortAnswerItem } from "./items/short-answer";
import { trueFalseItem } from "./items/true-false";
import { factsOfModule, indexPack, modulesScope } from "./pack-index";
import type { ClientItem, ItemType, LoadedFact, LoadedPack, MatchingKind, Quiz } from "./types";

type FactGenerator = (context: GenerationContext, fact: LoadedFact) => GeneratedItem | null;

/** Per-fact generators, in the order a fact's candidates are listed. */
export const factGenerators: [ItemType, FactGenerator][] = [
  ["multiple-choice", multipleChoiceItem],
  ["true-false", trueFalseItem],
  ["short-answer", shortAnswerItem],
  ["cloze", clozeItem],
  ["cause-effect", causeEffectItem],
  ["attribution", attributionItem],
];

const matchingKinds: MatchingKind[] = ["acronym", "person-role", "event-year"];

const generatorByType = new Map(factGenerators);

/** One fact's item of one per-fact type, or null when the fact does not support it. */
export function generateOne(context: GenerationContext, fact: LoadedFact, type: ItemType): GeneratedItem | null {
  return generatorByType.get(type)?.(context, fact) ?? null;
}

/**
 * What the fact's item of `type` would ask, where that is known before the item is built: a choice or
 * typed question asks for its fact's answer whatever the seed. Undefined for the other types, and for
 * a choice that is "which of these statements is true?", whose options are drawn with the seed (see
 * `asksWhichIsTrue`).
 */
export function knownAsk(context: GenerationContext, fact: LoadedFact, type: ItemType): ItemAsk | null | undefined {
  if (type === "multiple-choice") return asksWhichIsTrue(context, fact) ? undefined : (questionAsk(context, fact, true) ?? undefined);
  if (type === "short-answer") return questionAsk(context, fact, false);
  return undefined;
}

/** The items of the allowed types that one fact supports. */
export function itemsForFact(context: GenerationContext, fact: LoadedFact, types: ReadonlySet<ItemType>): GeneratedItem[] {
  const items: GeneratedItem[] = [];
  for (const [type, generate] of factGenerators) {
    if (!types.has(type)) continue;
    const item = generate(context, fact);
    if (item) items.push(item);
  }
  return items;
}

/** The items built over a scope of facts rather than one fact. */
export type ScopeItemKind = "ordering" | `matching:${MatchingKind}`;

/** The scope item kinds the allowed types include. */
export function scopeItemKinds(types: ReadonlySet<ItemType>): ScopeItemKind[] {
  return [
    ...(types.has("ordering") ? (["ordering"] as const) : []),
    ...(types.has("matching") ? matchingKinds.map((kind) => `matching:${kind}` as const) : []),
  ];
}

/** One ordering or matching item over a scope (a later one of its kind: `later`), or null when the scope cannot support it. */
export function generateScopeItem(context: GenerationContext, facts: readonly LoadedFact[], scope: string, kind: ScopeItemKind, later?: LaterRound): GeneratedItem | null {
  if (kind === "ordering") return orderingItem(context, facts, scope, later);
  return matchingItem(context, facts, scope, kind.slice("matching:".length) as MatchingKind, later);
}

/** The scope item kind of an ordering or matching item. */
export function scopeItemKind(item: ClientItem): ScopeItemKind | null {
  if (item.type === "ordering") return "ordering";
  return item.type === "matching" ? `matching:${item.matchKind}` : null;
}

/** Ordering and matching items over a scope of facts (a module or a review set). */
export function itemsForScope(context: GenerationContext, facts: readonly LoadedFact[], scope: string, types: ReadonlySet<ItemType>): GeneratedItem[] {
  return scopeItemKinds(types).flatMap((kind) => generateScopeItem(context, facts, scope, kind) ?? []);
}

/** Internal: every generated item with its bookkeeping, for tests and the benchmark. */
export function generateAllItemsDetailed(pack: LoadedPack, options: { seed: string; types?: readonly ItemType[] }): GeneratedItem[] {
  const index = indexPack(pack);
  const context: GenerationContext = { index, seed: options.seed };
  const types = new Set<ItemType>(options.types ?? factGenerators.map(([type]) => type).concat(["ordering", "matching"]));
  const items: GeneratedItem[] = [];
  for (const fact of pack.facts) items.push(...itemsForFact(context, fact, types));
  for (const moduleDef of pack.modules) {
    items.push(...itemsForScope(context, factsOfModule(index, moduleDef), `module:${moduleDef.id}`, types));
  }
  if (pack.modules.length > 1) {
    const { id, facts } = modulesScope(index, pack.modules.map((m) => m.id));
    items.push(...itemsForScope(context, facts, id, types));
  }
  return items;
}

/**
 * Every item the pack supports for a seed: each fact's items of every type and
 * each module's ordering and matching items. Useful for previews, content
 * review and tests; a quiz draws from the same items.
 *
 * @example
 * const { items, key } = generateAllItems(pack, { seed: "review" });
 * items.length === Object.keys(key).length // true
 */
export function generateAllItems(pack: LoadedPack, options: { seed: string; types?: readonly ItemType[] }): Quiz {
  const items = generateAllItemsDetailed(pack, options);
  const key: Quiz["key"] = {};
  for (const item of items) key[item.client.id] = item.key;
  return { items: items.map((item) => item.client), key };
}
