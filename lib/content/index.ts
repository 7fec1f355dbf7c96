/**
 * Public API of the content layer: load and validate packs, hash them for the
 * database sync, and the pack types. Server code and scripts import from here.
 */
export { defaultPacksDir, listPacks, loadPack, repoRoot, sharedSourcesDir } from "./load";
export type { LoadOptions, LoadResult } from "./load";
export { canonicalJson, factContentHash, packContentHash } from "./hash";
export { formatProblem, sortProblems } from "./problems";
export type { ContentProblem } from "./problems";
export { parseMarkup } from "./markup";
export { checkFactDate, sortableStart } from "./dates";
export type * from "./types";
export * from "./schema";
