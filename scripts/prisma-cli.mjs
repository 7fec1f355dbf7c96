// Runs the Prisma 6.19 CLI offline. Plain JavaScript so that `postinstall`
// works before any TypeScript tooling is relied on.
//
// The CLI tries to download native engines before some commands unless these
// variables point at an existing file. Groundwork never executes a native
// engine (driver adapters + the bundled WebAssembly engines do the work), so
// an empty placeholder file is enough.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const placeholder = path.join(repoRoot, "prisma", ".engine-placeholder");

/** The environment every Prisma CLI call gets. */
export function prismaEnv() {
  if (!existsSync(placeholder)) writeFileSync(placeholder, "");
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
}

/**
 * Runs `prisma <args>` from the repo root. Returns stdout when `capture` is
 * set (stderr still streams); throws with the CLI's output on failure.
 */
export function runPrisma(args, { capture = false } = {}) {
  const cli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    env: prismaEnv(),
    encoding: "utf8",
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status ?? result.signal})${capture ? `\n${result.stdout}` : ""}`);
  }
  return capture ? result.stdout : "";
}
