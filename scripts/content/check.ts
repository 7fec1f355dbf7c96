/**
 * `npm run content -- check [pack]`: validates a pack, prints every problem as
 * `file:line: message`, the warnings, and a summary of what the pack holds.
 */
import { loadPack } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import type { LoadedPack } from "@/lib/content/types";
import { parseArgs, resolvePack } from "./args";

export const description = "validate a pack; list every problem with file and line, then a summary";

/** Runs the check; exit code 1 when the pack has problems. */
export async function run(args: string[]): Promise<number> {
  const { positionals } = parseArgs(args);
  const { id, dir } = resolvePack(positionals[0]);
  const result = loadPack(dir);

  if (!result.ok) {
    for (const problem of result.problems) console.log(formatProblem(problem));
  }
  for (const warning of result.warnings) console.log(`warning: ${formatProblem(warning)}`);

  if (!result.ok) {
    console.log(
      `\n${id}: ${count(result.problems.length, "problem")}, ${count(result.warnings.length, "warning")}`,
    );
    return 1;
  }
  console.log(`\n${summarize(result.pack)}`);
  console.log(`\n${id}: OK, ${count(result.warnings.length, "warning")}`);
  return 0;
}

/** A plain-text overview: totals, then facts per source, per module and per kind. */
export function summarize(pack: LoadedPack): string {
  const { sources, entities, facts, modules } = pack;
  const perSource = tally(facts.flatMap((fact) => [...new Set(fact.sources.map((ref) => ref.source))]));
  const perKind = tally(facts.map((fact) => fact.kind));
  const table = (rows: [string, number][]) => {
    const width = Math.max(...rows.map(([name]) => name.length), 0);
    return rows.map(([name, n]) => `  ${name.padEnd(width)}  ${String(n).padStart(4)}`).join("\n");
  };
  return [
    `${pack.meta.title} (${pack.meta.id} ${pack.meta.version})`,
    `${count(sources.length, "source")}, ${count(entities.length, "entity", "entities")}, ${count(facts.length, "fact")}, ${count(modules.length, "module")}`,
    "",
    "facts per source:",
    table(sources.map((source) => [source.id, perSource.get(source.id) ?? 0])),
    "",
    "facts per module:",
    table(modules.map((module) => [module.id, module.factIds.length])),
    "",
    "facts per kind:",
    table([...perKind.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  ].join("\n");
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
