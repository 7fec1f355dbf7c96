/**
 * `npm run content -- export [pack]`: prints the validated pack as one JSON
 * document on stdout, facts with plain text, resolved citations and hashes.
 * A pack with problems prints them on stderr and exits 1.
 */
import { factContentHash, packContentHash } from "@/lib/content/hash";
import type { LoadedFact, LoadedPack } from "@/lib/content/types";
import { loadPackForCommand, parseArgs } from "./args";

export const description = "print the validated pack as JSON (facts with plain text and resolved sources)";

/** Runs the export; exit code 1 when the pack has problems. */
export async function run(args: string[]): Promise<number> {
  const { positionals } = parseArgs(args);
  const pack = loadPackForCommand(positionals[0]);
  if (!pack) return 1;
  process.stdout.write(`${JSON.stringify(exportPack(pack), null, 2)}\n`);
  return 0;
}

/** The export document: the pack with each fact's citations resolved to their sources. */
export function exportPack(pack: LoadedPack) {
  const sourcesById = new Map(pack.sources.map((source) => [source.id, source]));
  return {
    pack: { ...pack.meta, contentHash: packContentHash(pack) },
    sources: pack.sources,
    entities: pack.entities,
    facts: pack.facts.map((fact) => exportFact(fact, sourcesById)),
    modules: pack.modules,
  };
}

function exportFact(fact: LoadedFact, sourcesById: Map<string, LoadedPack["sources"][number]>) {
  const { id, kind, text, plainText, date, entityIds, sources, entities, ...rest } = fact;
  return {
    id,
    kind,
    text: plainText,
    markedText: text,
    date,
    entities: entityIds,
    unmarkedEntities: entities,
    sources: sources.map((ref) => {
      // The loader guarantees every cited source exists.
      const source = sourcesById.get(ref.source);
      return {
        source: ref.source,
        para: ref.para,
        title: source?.title,
        publisher: source?.publisher ?? null,
        author: source?.author ?? null,
        date: source?.date,
      };
    }),
    ...rest,
    contentHash: factContentHash(fact),
  };
}
