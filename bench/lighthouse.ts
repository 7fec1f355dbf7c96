/**
 * Lighthouse (v12, the last to run on Node 20) on the dashboard, a lesson and
 * the quiz page, signed in (the session cookie goes in --extra-headers),
 * with the mobile preset and its simulated throttling, Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium). Median of RUNS runs per page,
 * next to the empty page of the same build (app/bench/empty): the floor that
 * Next, React and the root layout set on this machine.
 * Opt-in (slow): `npm run bench -- lighthouse` or `npm run bench -- --lighthouse`;
 * LIGHTHOUSE_REPORTS_DIR=folder keeps each run's full JSON report; LIGHTHOUSE_PAGES=empty,lesson
 * measures only those pages; LIGHTHOUSE_RUNS sets the runs per page (default 3).
 * Goals: performance ≥ 95, accessibility 100.
 */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { exitForBuild } from "./lib/app-server";
import { ensureReactServerCondition } from "./lib/react-server";

const LIGHTHOUSE = "lighthouse@12.8.2";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// Set to a folder to keep every run's full report (JSON), to read what an audit found.
const REPORTS_DIR = process.env.LIGHTHOUSE_REPORTS_DIR;
// e.g. "empty,lesson": measure only these pages (empty, dashboard, lesson, quiz).
const ONLY_PAGES = process.env.LIGHTHOUSE_PAGES?.split(",");
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync";
const GOALS = { performance: 95, accessibility: 100 };
// The five metrics the performance score is weighted from (Lighthouse 12).
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;

ensureReactServerCondition(__filename);
exitForBuild("lighthouse", ["bench/empty/page.js", "(learn)/dashboard/page.js", "(learn)/lessons/[moduleSlug]/page.js", "(learn)/quiz/[attemptId]/page.js", "api/bench/bare/route.js"]);

const run = promisify(execFile);

interface Report {
  categories: Record<"performance" | "accessibility", { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

// Lighthouse now and then fails to record a trace (NO_NAVSTART) and exits with an error: such a run is run again.
const TRIES = 3;

async function lighthouse(url: string, cookie: string): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, cookie);
    } catch (error) {
      const reason = (error as { stderr?: string }).stderr?.match(/Runtime error encountered: (.*)/)?.[1] ?? String(error).split("\n")[0];
      if (attempt >= TRIES) throw new Error(`Lighthouse failed ${TRIES} times on ${url}: ${reason}`);
      console.log(`[lighthouse] run failed (${reason}); running it again`);
    }
  }
}

async function lighthouseOnce(url: string, cookie: string): Promise<Report> {
  const { stdout } = await run(
    "npx",
    ["-y", LIGHTHOUSE, url, "--only-categories=performance,accessibility", "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, `--extra-headers=${JSON.stringify({ Cookie: cookie })}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Report;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const score = (report: Report, category: keyof Report["categories"]) => Math.round((report.categories[category].score ?? 0) * 100);

async function main(): Promise<void> {
  const { startLearnerFixture } = await import("./lib/learner-fixture");
  const fixture = await startLearnerFixture();
  const rows: { page: string; performance: number; accessibility: number; metrics: string; failing: string[] }[] = [];
  try {
    const pages = [
      ["empty page", fixture.paths.empty],
      ["dashboard", fixture.paths.dashboard],
      ["lesson", fixture.paths.lesson],
      ["quiz", fixture.paths.quiz],
    ] as const;
    for (const [page, pagePath] of pages.filter(([page]) => !ONLY_PAGES || ONLY_PAGES.includes(page.split(" ")[0] ?? page))) {
      // A served page has been requested before: the first request of a route also loads its code, which is not what a learner waits for.
      await (await fetch(`${fixture.server.base}${pagePath}`, { headers: { cookie: fixture.cookie } })).arrayBuffer();
      const reports: Report[] = [];
      for (let i = 0; i < RUNS; i++) reports.push(await lighthouse(`${fixture.server.base}${pagePath}`, fixture.cookie));
      if (REPORTS_DIR) {
        mkdirSync(REPORTS_DIR, { recursive: true });
        reports.forEach((report, i) => writeFileSync(path.join(REPORTS_DIR, `${page.replace(/ /g, "-")}-${i + 1}.json`), JSON.stringify(report)));
      }
      const performance = median(reports.map((report) => score(report, "performance")));
      const accessibility = median(reports.map((report) => score(report, "accessibility")));
      // What held the scores back in the median-performance run: the audits to fix.
      const typical = reports.find((report) => score(report, "performance") === performance) ?? reports[0];
      const failing = Object.entries(typical?.audits ?? {})
        .filter(([, audit]) => audit.score !== null && audit.score < 0.9)
        .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      const metrics = METRICS.map(([id, label]) => `${label} ${typical?.audits[id]?.displayValue ?? "?"}`).join(", ");
      rows.push({ page, performance, accessibility, metrics, failing });
      console.log(`[lighthouse] ${page}: performance ${reports.map((r) => score(r, "performance")).join("/")}, accessibility ${reports.map((r) => score(r, "accessibility")).join("/")}`);
    }
  } finally {
    await fixture.close();
  }
  console.log(`\nLighthouse ${LIGHTHOUSE}, mobile preset, median of ${RUNS}`);
  console.log("| page       | performance | accessibility |");
  console.log("|------------|------------:|--------------:|");
  for (const row of rows) console.log(`| ${row.page.padEnd(10)} | ${String(row.performance).padStart(11)} | ${String(row.accessibility).padStart(13)} |`);
  console.log("\nMetrics of the median run:");
  for (const row of rows) console.log(`- ${row.page}: ${row.metrics}`);
  console.log("\nGoals (performance ≥ 95, accessibility 100):");
  for (const row of rows.filter((entry) => entry.page !== "empty page")) {
    const isMet = row.performance >= GOALS.performance && row.accessibility >= GOALS.accessibility;
    console.log(`- ${row.page}: ${isMet ? "met" : "NOT met"}${row.failing.length > 0 ? `; audits below 0.9: ${row.failing.join(", ")}` : ""}`);
  }
}

main().catch((error) => {
  console.error("bench/lighthouse failed:", error);
  process.exit(1);
});
