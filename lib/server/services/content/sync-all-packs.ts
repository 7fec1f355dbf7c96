import "server-only";
import path from "node:path";
import { defaultPacksDir, formatProblem, listPacks, loadPack, type LoadOptions, type LoadedPack } from "@/lib/content";
import type { Db } from "@/lib/server/db";
import { syncPack, type SyncPackOptions, type SyncPackResult } from "./sync-pack";

/** One or more packs failed to load; `message` lists every problem. Nothing was synced. */
export class PackLoadError extends Error {
  override name = "PackLoadError";
}

export interface SyncAllPacksOptions extends SyncPackOptions, LoadOptions {
  /** Defaults to content/packs under the repo root. */
  packsDir?: string;
}

/**
 * Loads every pack under the packs folder and syncs each into the database.
 * All packs are loaded first, so a broken pack stops the sync before any
 * write (a half-synced set of packs would be worse than the old one).
 * @throws PackLoadError listing each broken pack's problems.
 */
export async function syncAllPacks(db: Db, options: SyncAllPacksOptions = {}): Promise<SyncPackResult[]> {
  const packsDir = options.packsDir ?? defaultPacksDir();
  const loaded: LoadedPack[] = [];
  const failures: string[] = [];
  for (const packId of listPacks(packsDir)) {
    const result = loadPack(path.join(packsDir, packId), options);
    if (result.ok) {
      loaded.push(result.pack);
    } else {
      failures.push(`Pack "${packId}" has ${result.problems.length} problem(s):\n${result.problems.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`);
    }
  }
  if (failures.length > 0) {
    throw new PackLoadError(
      `Content packs failed to load, so none were synced (run \`npm run content -- check\` for details):\n${failures.join("\n")}`,
    );
  }
  const results: SyncPackResult[] = [];
  for (const pack of loaded) results.push(await syncPack(db, pack, options));
  return results;
}
