import "server-only";
import { generateQuiz, InvalidRequestError, itemTypes, type ItemType } from "@/lib/engine";
import { loadQuizPack } from "./quiz-pack";

// A type can depend on the draw (an ordering item needs dated events that do not overlap), so a few seeds are tried.
const PROBE_SEEDS = ["types-1", "types-2", "types-3"];
const cache = new Map<string, ItemType[]>();

/**
 * The question types a quiz over `moduleSlugs` of pack `packId` can ask: each
 * type that a 20-question quiz of that type alone draws at least once, at one
 * of a few fixed seeds. For telling a learner which types to tick when their
 * choice gave no question; cached per process, as the pack is. None for a
 * module the pack does not have.
 *
 * @example
 * questionTypesFor("pak-us-relations", ["cold-war-and-sanctions"]) // ["multiple-choice", "true-false", "short-answer", "cloze", "cause-effect"]
 */
export function questionTypesFor(packId: string, moduleSlugs: string[]): ItemType[] {
  const key = `${packId}:${[...moduleSlugs].sort().join(",")}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const pack = loadQuizPack(packId);
  let found: ItemType[];
  try {
    found = itemTypes.filter((type) => PROBE_SEEDS.some((seed) => generateQuiz(pack, { modules: moduleSlugs, count: 20, types: [type], seed }).items.length > 0));
  } catch (error) {
    // A module the pack on disk does not have yet (a sync pending): no hint, rather than a failed page.
    if (error instanceof InvalidRequestError) return [];
    throw error;
  }
  cache.set(key, found);
  return found;
}
