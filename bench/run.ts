/**
 * `npm run bench`: runs every benchmark in this folder, one process each so
 * that one benchmark's heap and JIT state cannot colour the next one's
 * figures. Each benchmark prints its own table, with its baseline measured
 * in the same run. `npm run bench -- engine` runs only the named ones.
 * Slow ones (Lighthouse) are opt-in: name them, or add `--lighthouse`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const benchDir = path.resolve(__dirname);
const OPT_IN = new Set(["lighthouse"]);
const args = process.argv.slice(2);
const wanted = args.filter((arg) => !arg.startsWith("--"));
const optedIn = new Set(args.filter((arg) => arg.startsWith("--")).map((arg) => arg.slice(2)));
const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.endsWith(".test.ts"))
  .map((file) => file.replace(/\.ts$/, ""))
  .filter((name) => (wanted.length === 0 ? !OPT_IN.has(name) || optedIn.has(name) : wanted.includes(name)))
  .sort();

if (benches.length === 0) {
  console.error(`No benchmark matches ${wanted.join(", ")}.`);
  process.exit(1);
}

let failed = 0;
for (const name of benches) {
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", path.join(benchDir, `${name}.ts`)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench/${name}.ts exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
