/**
 * The packs the exhaustive tests run over: the fixture always, and the real
 * pak-us-relations pack when it loads (it is being written alongside the engine).
 */
import path from "node:path";
import { loadPack } from "../../content/load";
import type { LoadedPack } from "../types";
import { fixturePack } from "./pack";

/** The real pack, or null (with the reason) when it does not load yet. */
export function loadRealPack(): { pack: LoadedPack | null; reason?: string } {
  const dir = path.resolve(__dirname, "../../../content/packs/pak-us-relations");
  const result = loadPack(dir);
  if (result.ok) return { pack: result.pack };
  return { pack: null, reason: `${result.problems.length} problems, first: ${result.problems[0]?.message}` };
}

export const testPacks: [string, LoadedPack][] = (() => {
  const real = loadRealPack();
  // Said out loud: while the real pack is being edited it may not load, and the exhaustive tests then cover the fixture only.
  if (!real.pack) console.warn(`pak-us-relations did not load (${real.reason}); exhaustive tests run on the fixture only`);
  return real.pack ? [["fixture", fixturePack], ["pak-us-relations", real.pack]] : [["fixture", fixturePack]];
})();
