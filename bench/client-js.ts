/**
 * Client JavaScript shipped to the quiz page (`npm run bench -- client-js`):
 * from the production build, the quiz page (signed in, a practice quiz in
 * progress) and an empty page of the same build (app/bench/empty), each
 * summed over the `<script src>` files its HTML loads, gzipped (level 9, as
 * a CDN would serve them), leaving out the noModule polyfills that modern
 * browsers skip. Goal: quiz page ≤ 1.2× the empty page.
 */
import { gzipSync } from "node:zlib";
import { exitForBuild } from "./lib/app-server";
import { ensureReactServerCondition } from "./lib/react-server";

const GOAL_RATIO = 1.2;

ensureReactServerCondition(__filename);
exitForBuild("client-js", [`bench/empty/page.js`, `(learn)/quiz/[attemptId]/page.js`, "api/bench/bare/route.js"]);

interface PageScripts {
  path: string;
  files: { src: string; gzipBytes: number }[];
  gzipBytes: number;
}

async function scriptsOf(base: string, pagePath: string, cookie: string): Promise<PageScripts> {
  const response = await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
  const html = await response.text();
  // A noModule script (Next's legacy polyfills) is skipped, not even fetched, by every browser that runs modules.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((match) => !/\snomodule\b/i.test(match[0]));
  const sources = [...new Set(tags.map((match) => (match[1] ?? "").replace(/&amp;/g, "&")))];
  const files = await Promise.all(
    sources.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      return { src, gzipBytes: gzipSync(body, { level: 9 }).byteLength };
    }),
  );
  return { path: pagePath, files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

async function main(): Promise<void> {
  const { startLearnerFixture } = await import("./lib/learner-fixture");
  const fixture = await startLearnerFixture();
  try {
    const { base } = fixture.server;
    const empty = await scriptsOf(base, fixture.paths.empty, fixture.cookie);
    const quiz = await scriptsOf(base, fixture.paths.quiz, fixture.cookie);
    const kB = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log("\nClient JavaScript (sum of gzip -9 sizes of the <script src> files in the HTML)");
    console.log("| page        | scripts | gzip kB |");
    console.log("|-------------|--------:|--------:|");
    for (const [label, page] of [["empty page", empty], ["quiz page", quiz]] as const) {
      console.log(`| ${label.padEnd(11)} | ${String(page.files.length).padStart(7)} | ${kB(page.gzipBytes).padStart(7)} |`);
    }
    const emptyFiles = new Set(empty.files.map((file) => file.src));
    const extra = quiz.files.filter((file) => !emptyFiles.has(file.src)).sort((a, b) => b.gzipBytes - a.gzipBytes);
    console.log(`\nOnly on the quiz page: ${extra.map((file) => `${file.src.split("/").pop()} ${kB(file.gzipBytes)} kB`).join(", ") || "nothing"}`);
    const ratio = quiz.gzipBytes / empty.gzipBytes;
    console.log(`\nGoal: quiz page ${ratio.toFixed(2)}× the empty page (goal ≤ ${GOAL_RATIO}×): ${ratio <= GOAL_RATIO ? "met" : "NOT met"}`);
  } finally {
    await fixture.close();
  }
}

main().catch((error) => {
  console.error("bench/client-js failed:", error);
  process.exit(1);
});
