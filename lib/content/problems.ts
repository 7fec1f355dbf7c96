/**
 * Problems found while loading a content pack, addressed to content authors:
 * each names the file (relative to the pack folder) and, when known, the line.
 */

export interface ContentProblem {
  /** Path of the offending file relative to the pack folder, e.g. "facts/dw-2012-ties.yaml". */
  file: string;
  /** 1-based line of the offending YAML node, when it could be located. */
  line?: number;
  /** Where in the file's data the problem sits, e.g. "[3].quantity.unit". */
  path?: string;
  /** What is wrong, in words an author understands. */
  message: string;
}

/** Formats a problem the way editors and terminals link it: `file:line: message`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** Sorts problems by file, then line, then message, so output is stable and readable top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}

/** Renders a data path such as `[3, "quantity", "unit"]` as `[3].quantity.unit`. */
export function formatDataPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}
