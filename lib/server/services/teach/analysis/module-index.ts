import "server-only";
import type { Db } from "@/lib/server/db";

export interface IndexedFact {
  id: string;
  slug: string;
  text: string;
}

export interface IndexedModule {
  slug: string;
  title: string;
  /** Live facts in teaching order. */
  facts: IndexedFact[];
}

export interface ModuleIndex {
  modules: IndexedModule[];
  /** The first live module that teaches the fact, preferring those in `preferred` (the modules an assignment covers). */
  moduleOf(factSlug: string, preferred?: ReadonlySet<string>): IndexedModule | undefined;
  /** Sort position of a module (unknown modules last). */
  position(moduleSlug: string | null): number;
}

/** The live modules of `packIds` with their facts, in one query, for grouping analysis by module. */
export async function loadModuleIndex(db: Db, packIds: readonly string[]): Promise<ModuleIndex> {
  const rows =
    packIds.length === 0
      ? []
      : await db.module.findMany({
          where: { packId: { in: [...packIds] }, retiredAt: null },
          orderBy: [{ packId: "asc" }, { position: "asc" }],
          select: {
            slug: true,
            title: true,
            facts: { where: { fact: { retiredAt: null } }, orderBy: { position: "asc" }, select: { fact: { select: { id: true, slug: true, text: true } } } },
          },
        });
  const modules = rows.map((row) => ({ slug: row.slug, title: row.title, facts: row.facts.map((link) => link.fact) }));
  // A fact can belong to several modules.
  const modulesByFact = new Map<string, IndexedModule[]>();
  for (const unit of modules) {
    for (const fact of unit.facts) modulesByFact.set(fact.slug, [...(modulesByFact.get(fact.slug) ?? []), unit]);
  }
  const positions = new Map(modules.map((unit, index) => [unit.slug, index]));
  return {
    modules,
    moduleOf: (factSlug, preferred) => {
      const candidates = modulesByFact.get(factSlug) ?? [];
      return candidates.find((unit) => preferred?.has(unit.slug)) ?? candidates[0];
    },
    position: (moduleSlug) => (moduleSlug === null ? modules.length : (positions.get(moduleSlug) ?? modules.length)),
  };
}
