/**
 * Benchmark of the generation engine (`npx tsx bench/engine.ts`, or
 * `npm run bench -- engine`). Runs on import and prints a table; each figure
 * has a baseline measured in the same run:
 * - a 20-item quiz from the real pack (goal: median < 5 ms), against a JSON clone of the pack;
 * - every possible item of the real pack (goal: < 200 ms), against the same clone;
 * - a 20-item quiz from a synthetic pack of 10,000 facts (goal: median < 50 ms), against one pass over its facts;
 * - heap used by the 10k pack and its engine index.
 *
 * `ENGINE_AGAINST=<git revision> npm run bench -- engine` also generates the quizzes with that
 * revision's engine, checked out into a temporary worktree, one quiz from each engine in turn on
 * the same seeds: this shared machine's speed drifts by half within minutes, so only figures
 * taken side by side tell two engines apart.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultPacksDir, loadPack } from "@/lib/content/load";
import type { Entity } from "@/lib/content/schema";
import type { LoadedFact, LoadedPack, Mark } from "@/lib/content/types";
import { generateAllItems, generateQuiz } from "@/lib/engine";

type Engine = { generateQuiz: typeof generateQuiz };

interface Row {
  name: string;
  median: number;
  p95: number;
  runs: number;
  baseline: string;
  baselineMedian: number;
  goal: string;
}

function time(runs: number, body: (i: number) => void): { median: number; p95: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, p95: times[Math.floor(times.length * 0.95)] ?? 0 };
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** A synthetic pack: `factCount` facts of every kind over 240 entities in 20 modules, with marks like real facts. */
export function syntheticPack(factCount: number): LoadedPack {
  const entities: Entity[] = [];
  const add = (prefix: string, count: number, make: (i: number) => Omit<Entity, "id" | "aliases" | "roles">) => {
    for (let i = 0; i < count; i++) entities.push({ id: `${prefix}-${i}`, aliases: [], roles: [], ...make(i) });
  };
  add("country", 30, (i) => ({ kind: "place", placeType: "country", name: `Country ${i}` }));
  add("city", 50, (i) => ({ kind: "place", placeType: "city", name: `City ${i}` }));
  add("person", 80, (i) => ({ kind: "person", name: `Person Number ${i}` }));
  add("org", 50, (i) => ({ kind: "organisation", name: `Organisation ${i}`, acronym: `ORG${i}` }));
  add("group", 30, (i) => ({ kind: "group", name: `Group ${i}` }));
  for (const person of entities.filter((e) => e.kind === "person")) {
    person.roles.push({ title: `holder of office ${person.id.slice(7)}`, date: { precision: "year", value: "2011" }, source: { source: "synthetic", para: 1 } });
  }
  const pick = (prefix: string, i: number, count: number) => `${prefix}-${i % count}`;
  const name = (id: string) => entities.find((e) => e.id === id)?.name ?? id;

  const kinds = ["event", "quantity", "person-role", "cause-effect", "position", "expert-view", "comparison", "definition"] as const;
  const facts: LoadedFact[] = [];
  for (let i = 0; i < factCount; i++) {
    const kind = kinds[i % kinds.length] ?? "event";
    const year = 1980 + (i % 40);
    const month = String((i % 12) + 1).padStart(2, "0");
    const a = pick("country", i * 7, 30);
    const b = pick("city", i * 3, 50);
    const p = pick("person", i * 11, 80);
    const o = pick("org", i * 5, 50);
    const parts: (string | { text: string; ref: Mark["ref"] })[] = [
      "In ", { text: `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][i % 12]} ${year}`, ref: { type: "date" } },
      " ", { text: name(p), ref: { type: "entity", id: p } }, " of ", { text: name(o), ref: { type: "entity", id: o } },
      " met officials from ", { text: name(a), ref: { type: "entity", id: a } }, " in ", { text: name(b), ref: { type: "entity", id: b } },
    ];
    if (kind === "quantity") parts.push(", where ", { text: String(10 + (i % 90)), ref: { type: "quantity" } }, ` agreements numbered ${i} were signed`);
    parts.push(` about matter ${i}.`);
    let plainText = "";
    const marks: Mark[] = [];
    for (const part of parts) {
      if (typeof part === "string") plainText += part;
      else {
        marks.push({ start: plainText.length, end: plainText.length + part.text.length, text: part.text, ref: part.ref });
        plainText += part.text;
      }
    }
    const fact: LoadedFact = {
      id: `fact-${i}`,
      kind,
      text: plainText,
      plainText,
      marks,
      entityIds: [p, o, a, b],
      date: { precision: "month", value: `${year}-${month}` },
      entities: [],
      alsoTrue: [],
      notRuledOut: [],
      parties: [a],
      tags: [`topic-${i % 15}`],
      // Four facts a paragraph, as in the real pack (4.3): a quiz asks one fact per paragraph while it can.
      sources: [{ source: "synthetic", para: Math.floor(i / 4) + 1 }],
      modules: [`module-${i % 20}`],
      relatedFacts: i % 50 === 1 ? [{ id: `fact-${i - 1}`, relation: "same-event" }] : [],
      ...(kind === "event" ? { label: `the meeting on matter ${i}` } : {}),
      ...(kind === "quantity" ? { quantity: { value: 10 + (i % 90), unit: "agreements", counts: `agreements signed on matter ${i}` } } : {}),
      ...(kind === "person-role" ? { question: `Which organisation did ${name(p)} represent at the meeting on matter ${i}?`, answer: o } : {}),
      ...(kind === "cause-effect" ? { cause: `talks on matter ${i} broke down in ${name(b)}`, effect: `officials from ${name(a)} left over issue ${i}` } : {}),
      ...(kind === "position" || kind === "expert-view" ? { claimedBy: [p], claim: `matter ${i} needed a settlement of kind ${i % 97}` } : {}),
    };
    facts.push(fact);
  }
  const modules = Array.from({ length: 20 }, (_, m) => ({
    id: `module-${m}`,
    title: `Module ${m}`,
    summary: `Synthetic module ${m} for the benchmark, holding every twentieth fact.`,
    objectives: ["Objective one here.", "Objective two here.", "Objective three here."],
    factIds: facts.filter((f) => f.modules[0] === `module-${m}`).map((f) => f.id),
  }));
  return {
    meta: { id: "synthetic", title: "Synthetic", version: "1.0.0", description: "Benchmark pack.", language: "en-GB", topics: {} },
    sources: [{ id: "synthetic", file: "none", publisher: "Bench", author: null, title: "Synthetic source", kind: "news-report", date: { precision: "year", value: "2024" } }],
    entities,
    facts,
    modules,
  };
}

/** A revision's engine, from a temporary worktree, and how to remove the worktree. */
async function engineAt(revision: string): Promise<{ engine: Engine; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "groundwork-engine-"));
  try {
    execFileSync("git", ["worktree", "add", "--detach", "--quiet", dir, revision], { stdio: ["ignore", "ignore", "pipe"] });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`ENGINE_AGAINST: git cannot check out "${revision}" here`);
  }
  const remove = () => execFileSync("git", ["worktree", "remove", "--force", dir]);
  try {
    // The engine imports nothing outside lib/engine but types, so the checkout needs no node_modules.
    return { engine: (await import(path.join(dir, "lib/engine/index.ts"))) as Engine, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * The median of `runs` quizzes from each engine on the same seeds, one from each in turn, each engine
 * first in every other round. The first quiz (which fills each engine's caches) is timed alone.
 */
function sideBySide(pack: LoadedPack, ours: Engine, theirs: Engine, runs: number, warm: number): { ours: number; theirs: number; firstOurs: number; firstTheirs: number } {
  const quiz = (engine: Engine, seed: string) => {
    const start = performance.now();
    engine.generateQuiz(pack, { modules: "all", count: 20, seed });
    return performance.now() - start;
  };
  const firstOurs = quiz(ours, "cold");
  const firstTheirs = quiz(theirs, "cold");
  for (let i = 0; i < warm; i++) for (const engine of [ours, theirs]) quiz(engine, `warm-${i}`);
  const times = { ours: [] as number[], theirs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const turns = i % 2 === 0 ? (["ours", "theirs"] as const) : (["theirs", "ours"] as const);
    for (const side of turns) times[side].push(quiz(side === "ours" ? ours : theirs, `side-${i}`));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return { ours: median(times.ours), theirs: median(times.theirs), firstOurs, firstTheirs };
}

/** The quiz rows again, side by side with another revision's engine (see the module comment). */
function compareWith(revision: string, theirs: Engine, pack: LoadedPack): void {
  const ours: Engine = { generateQuiz };
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  // Fresh pack objects: each engine keeps its caches by pack, and starts here with none.
  const real = sideBySide(JSON.parse(JSON.stringify(pack)) as LoadedPack, ours, theirs, 200, 20);
  const big = sideBySide(syntheticPack(10_000), ours, theirs, 50, 0);
  console.log(`\nside by side with ${revision}, one quiz from each engine in turn:`);
  console.table([
    { benchmark: "20-item quiz, real pack (median of 200)", "this checkout": ms(real.ours), [revision]: ms(real.theirs), ratio: (real.ours / real.theirs).toFixed(2) },
    { benchmark: "20-item quiz, synthetic pack (median of 50)", "this checkout": ms(big.ours), [revision]: ms(big.theirs), ratio: (big.ours / big.theirs).toFixed(2) },
    { benchmark: "first quiz, synthetic pack", "this checkout": ms(big.firstOurs), [revision]: ms(big.firstTheirs), ratio: (big.firstOurs / big.firstTheirs).toFixed(2) },
  ]);
}

/** Runs every measurement and prints the table; with ENGINE_AGAINST, the side-by-side one too. */
export async function main(): Promise<void> {
  const against = process.env.ENGINE_AGAINST;
  // Checked out first, so that a revision git does not know fails at once.
  const baseline = against ? await engineAt(against) : null;
  try {
    measure(baseline && against ? { revision: against, engine: baseline.engine } : null);
  } finally {
    baseline?.remove();
  }
}

/** Every measurement, printed as a table; with a baseline engine, the side-by-side table first. */
function measure(baseline: { revision: string; engine: Engine } | null): void {
  const loaded = loadPack(path.join(defaultPacksDir(), "pak-us-relations"));
  if (!loaded.ok) {
    console.error(`pak-us-relations does not load (${loaded.problems.length} problems); run npm run content -- check`);
    process.exitCode = 1;
    return;
  }
  const pack = loaded.pack;
  // First, while neither engine has run: the one measured below would start with its code compiled
  // and its text caches full. Measured after the rest, one engine on both sides read 0.84–0.91 of
  // itself; measured first, 0.95–0.97: a ratio nearer 1 than that tells the two apart no better.
  if (baseline) compareWith(baseline.revision, baseline.engine, pack);
  const rows: Row[] = [];

  const clone = time(50, () => JSON.parse(JSON.stringify(pack)));
  const coldStart = performance.now();
  generateQuiz(pack, { modules: "all", count: 20, seed: "cold" });
  const coldQuiz = performance.now() - coldStart;
  for (let i = 0; i < 20; i++) generateQuiz(pack, { modules: "all", count: 20, seed: `warm-${i}` });
  const quiz = time(200, (i) => generateQuiz(pack, { modules: "all", count: 20, seed: `bench-${i}` }));
  rows.push({ name: `20-item quiz, real pack (${pack.facts.length} facts)`, ...quiz, runs: 200, baseline: "JSON clone of the pack", baselineMedian: clone.median, goal: "< 5 ms" });
  const all = time(20, (i) => generateAllItems(pack, { seed: `all-${i}` }));
  const itemCount = generateAllItems(pack, { seed: "count" }).items.length;
  rows.push({ name: `every item, real pack (${itemCount} items)`, ...all, runs: 20, baseline: "JSON clone of the pack", baselineMedian: clone.median, goal: "< 200 ms" });

  const heapBefore = heapUsed();
  const big = syntheticPack(10_000);
  const heapPack = heapUsed();
  const bigCold = performance.now();
  generateQuiz(big, { modules: "all", count: 20, seed: "cold" });
  const bigColdMs = performance.now() - bigCold;
  const pass = time(50, () => {
    let marks = 0;
    for (const fact of big.facts) marks += fact.marks.length + fact.plainText.length;
    return marks;
  });
  const bigQuiz = time(50, (i) => generateQuiz(big, { modules: "all", count: 20, seed: `big-${i}` }));
  const heapAfterQuizzes = heapUsed();
  rows.push({ name: "20-item quiz, synthetic pack (10,000 facts)", ...bigQuiz, runs: 50, baseline: "one pass over the facts", baselineMedian: pass.median, goal: "< 50 ms" });

  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const table = rows.map((row) => ({
    benchmark: row.name,
    median: ms(row.median),
    p95: ms(row.p95),
    runs: row.runs,
    goal: row.goal,
    met: row.goal.startsWith("<") && row.median < Number(row.goal.replace(/[^\d.]/g, "")) ? "yes" : "NO",
    baseline: `${row.baseline}: ${ms(row.baselineMedian)}`,
  }));
  console.table(table);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`first quiz on the real pack (builds the index): ${ms(coldQuiz)}`);
  console.log(`first quiz on the 10k pack (builds the index): ${ms(bigColdMs)}`);
  const gcNote = (globalThis as { gc?: unknown }).gc ? "" : " (run with --expose-gc for steadier figures)";
  console.log(`heap used: 10k pack alone ${mb(heapPack - heapBefore)}; pack with engine index and caches after 51 quizzes ${mb(heapAfterQuizzes - heapBefore)}${gcNote}`);
  // Figures are reported, not enforced: the goals are for a quiet machine.
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
