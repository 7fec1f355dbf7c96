import "server-only";
import path from "node:path";
import { defaultPacksDir, loadPack, type LoadedPack } from "@/lib/content";
import { AppError } from "@/lib/server/errors";

// A pack is read and validated once per server process: generation needs the
// whole loaded pack (entities and sources too), which the database does not
// hold. Grading never needs it: every attempt stores its own items and keys.
const packs = new Map<string, LoadedPack>();

/**
 * The loaded content pack `packId` from content/packs, cached for the life of
 * the process (content changes ship with a deploy, which restarts it).
 * @throws AppError 503 when the pack on disk does not load.
 */
export function loadQuizPack(packId: string): LoadedPack {
  const cached = packs.get(packId);
  if (cached) return cached;
  const result = loadPack(path.join(defaultPacksDir(), packId));
  if (!result.ok) {
    console.error(`[learn] pack ${packId} does not load: ${result.problems.length} problem(s)`, result.problems.slice(0, 5));
    throw new AppError("This topic's content is being updated. Please try again shortly.", { status: 503 });
  }
  packs.set(packId, result.pack);
  return result.pack;
}
