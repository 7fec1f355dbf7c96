/**
 * Test helper: turns compact fact definitions into a LoadedPack the way the
 * loader does (plain text and marks from the markup, entity ids, modules in
 * date order). Test data only.
 */
import { sortableStart } from "../../content/dates";
import { parseMarkup } from "../../content/markup";
import type { Entity, Fact, ModuleDef, PackMeta, Source } from "../../content/schema";
import type { LoadedFact, LoadedPack } from "../../content/types";

export type FactInput = Omit<Fact, "entities" | "alsoTrue" | "notRuledOut" | "tags" | "relatedFacts"> & Partial<Pick<Fact, "entities" | "alsoTrue" | "notRuledOut" | "tags" | "relatedFacts">>;
export type EntityInput = Omit<Entity, "aliases" | "roles"> & Partial<Pick<Entity, "aliases" | "roles">>;

/** Builds a LoadedPack; throws on markup errors so a broken fixture fails loudly. */
export function buildPack(parts: {
  meta: PackMeta;
  sources: Source[];
  entities: EntityInput[];
  facts: FactInput[];
  modules: ModuleDef[];
}): LoadedPack {
  const entities: Entity[] = parts.entities.map((entity) => ({ aliases: [], roles: [], ...entity }));
  const facts: LoadedFact[] = parts.facts.map((input) => {
    const fact: Fact = { entities: [], alsoTrue: [], notRuledOut: [], tags: [], relatedFacts: [], ...input };
    const parsed = parseMarkup(fact.text);
    if (parsed.errors.length > 0) throw new Error(`fixture fact ${fact.id}: ${parsed.errors.join("; ")}`);
    const marked = parsed.marks.flatMap((mark) => (mark.ref.type === "entity" ? [mark.ref.id] : []));
    return { ...fact, plainText: parsed.plainText, marks: parsed.marks, entityIds: [...new Set([...marked, ...fact.entities])] };
  });
  const modules = parts.modules.map((module) => ({
    ...module,
    factIds: facts
      .map((fact, i) => ({ fact, i }))
      .filter(({ fact }) => fact.modules.includes(module.id))
      .sort((a, b) => sortableStart(a.fact.date).localeCompare(sortableStart(b.fact.date)) || a.i - b.i)
      .map(({ fact }) => fact.id),
  }));
  return { meta: parts.meta, sources: parts.sources, entities, facts, modules };
}
