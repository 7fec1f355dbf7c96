/**
 * Loads a content pack from content/packs/<pack-id>/: reads every YAML file,
 * validates it with the zod schema, cross-checks ids, dates, markup and
 * citations, and returns either the whole pack or every problem found. A
 * broken pack never half-loads. The only module that reads content/.
 */
import fs from "node:fs";
import path from "node:path";
import { crossCheckPack, type Located, type ParsedPack } from "./cross-check";
import { sortProblems, type ContentProblem } from "./problems";
import { entitySchema, factSchema, moduleSchema, packMetaSchema, sourceSchema, type PackMeta } from "./schema";
import type { LoadedPack } from "./types";
import { parseYamlFile, type YamlFile } from "./yaml-file";
import { validateWithSchema } from "./zod-issues";
import type { z } from "zod";

export type { ContentProblem } from "./problems";

export type LoadResult =
  | { ok: true; pack: LoadedPack; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

export interface LoadOptions {
  /**
   * Folder holding the source articles named in sources.yaml, used to check
   * that cited paragraphs exist. Defaults to `sharedSourcesDir()`; when the
   * folder does not exist the paragraph check is skipped.
   */
  sourcesDir?: string;
}

/** The repository root: the folder the app and the scripts are run from. */
export function repoRoot(): string {
  return process.cwd();
}

/** Where packs live: content/packs under the repository root. */
export function defaultPacksDir(): string {
  return path.resolve(repoRoot(), "content", "packs");
}

/** Where the source articles live on authors' machines: shared/sources beside the repository. */
export function sharedSourcesDir(): string {
  return path.resolve(repoRoot(), "..", "shared", "sources");
}

/** Ids (folder names) of the packs under `packsDir`, sorted. */
export function listPacks(packsDir: string = defaultPacksDir()): string[] {
  // turbopackIgnore: packs are read at run time from the checkout `next start` runs in,
  // so the build must not trace (copy) the whole project for this dynamic path.
  if (!fs.existsSync(/*turbopackIgnore: true*/ packsDir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ packsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Loads and validates the pack in `packDir`. Reports every problem at once,
 * each with the file (relative to `packDir`) and line it concerns.
 *
 * @example
 * const result = loadPack(path.join(defaultPacksDir(), "pak-us-relations"));
 * if (!result.ok) for (const p of result.problems) console.error(formatProblem(p));
 */
export function loadPack(packDir: string, options: LoadOptions = {}): LoadResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  if (!fs.existsSync(packDir) || !fs.statSync(packDir).isDirectory()) {
    return { ok: false, problems: [{ file: ".", message: `pack folder not found: ${packDir}` }], warnings };
  }

  const readFile = (relative: string): YamlFile | undefined => {
    const absolute = path.join(packDir, relative);
    if (!fs.existsSync(absolute)) {
      problems.push({ file: relative, message: `missing file ${relative} (every pack has one)` });
      return undefined;
    }
    const yamlFile = parseYamlFile(relative, fs.readFileSync(absolute, "utf8"));
    problems.push(...yamlFile.syntaxProblems);
    return yamlFile;
  };
  const readFolder = (folder: string): YamlFile[] => {
    const absolute = path.join(packDir, folder);
    if (!fs.existsSync(absolute)) {
      problems.push({ file: folder, message: `missing folder ${folder}/ (every pack has one)` });
      return [];
    }
    return fs
      .readdirSync(absolute)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => readFile(`${folder}/${name}`))
      .filter((file): file is YamlFile => file !== undefined);
  };

  const packFile = readFile("pack.yaml");
  const meta = packFile ? validateMeta(packFile, path.basename(packDir), problems) : undefined;

  // Ids of entries that failed their schema still count as defined, so one typo
  // in an entity does not also flag every fact that names it.
  const rejectedIds = new Set<string>();
  const collect = <T extends { id: string }>(files: YamlFile[], schema: z.ZodType<T>, noun: string) =>
    files.flatMap((file) => validateList(file, schema, noun, problems, warnings, rejectedIds));

  const sourcesFile = readFile("sources.yaml");
  const modulesFile = readFile("modules.yaml");
  const parsed: ParsedPack = {
    sources: collect(sourcesFile ? [sourcesFile] : [], sourceSchema, "source"),
    modules: collect(modulesFile ? [modulesFile] : [], moduleSchema, "module"),
    entities: collect(readFolder("entities"), entitySchema, "entity"),
    facts: collect(readFolder("facts"), factSchema, "fact"),
    rejectedIds,
  };

  const sourcesDir = options.sourcesDir ?? sharedSourcesDir();
  const checked = crossCheckPack(parsed, { paragraphs: paragraphReader(sourcesDir) });
  problems.push(...checked.problems);
  warnings.push(...checked.warnings);

  if (meta && packFile) problems.push(...unusedTopics(meta, parsed, packFile));

  if (problems.length > 0 || !meta) {
    return { ok: false, problems: sortProblems(problems), warnings: sortProblems(warnings) };
  }
  return { ok: true, pack: { meta, ...checked.pack }, warnings: sortProblems(warnings) };
}

function validateMeta(file: YamlFile, folderName: string, problems: ContentProblem[]): PackMeta | undefined {
  if (file.syntaxProblems.length > 0) return undefined;
  const result = validateWithSchema(packMetaSchema, file.data ?? {}, file, [], "pack.yaml");
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  if (result.value.id !== folderName) {
    problems.push(
      file.problemAt(["id"], `pack id "${result.value.id}" must match its folder name "${folderName}"`),
    );
  }
  return result.value;
}

/** A topic label for a tag no fact carries is a misspelt tag or a leftover: either way it labels nothing. */
function unusedTopics(meta: PackMeta, parsed: ParsedPack, packFile: YamlFile): ContentProblem[] {
  const tags = new Set(parsed.facts.flatMap((entry) => entry.value.tags));
  return Object.keys(meta.topics)
    .filter((tag) => !tags.has(tag))
    .map((tag) => packFile.problemAt(["topics", tag], `topic "${tag}" is no fact's tag: spell it as the facts do, or remove it`));
}

/** Validates each entry of a list file on its own, so one bad entry does not hide the others' problems. */
function validateList<T extends { id: string }>(
  file: YamlFile,
  schema: z.ZodType<T>,
  noun: string,
  problems: ContentProblem[],
  warnings: ContentProblem[],
  rejectedIds: Set<string>,
): Located<T>[] {
  if (file.syntaxProblems.length > 0) return [];
  if (file.data === undefined || file.data === null) {
    warnings.push({ file: file.file, message: `file is empty: no ${noun} entries` });
    return [];
  }
  if (!Array.isArray(file.data)) {
    problems.push(file.problemAt([], `must be a list of ${noun} entries, each starting with "- id: ..."`));
    return [];
  }
  const located: Located<T>[] = [];
  file.data.forEach((entry: unknown, index: number) => {
    const label = `${noun} ${entryName(entry, index)}`;
    const result = validateWithSchema(schema, entry, file, [index], label);
    if (result.ok) located.push({ value: result.value, file, index });
    else {
      problems.push(...result.problems);
      const id = idOf(entry);
      if (id !== undefined) rejectedIds.add(id);
    }
  });
  return located;
}

function idOf(entry: unknown): string | undefined {
  const id = entry !== null && typeof entry === "object" ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}

function entryName(entry: unknown, index: number): string {
  const id = idOf(entry);
  return id === undefined ? `#${index + 1}` : `"${id}"`;
}

/**
 * Returns a function giving the paragraphs (non-empty lines) of an article
 * file, or undefined when the sources folder is absent (checks skipped) and
 * null when the folder exists but the file does not.
 */
function paragraphReader(sourcesDir: string): (file: string) => readonly string[] | null | undefined {
  const hasFolder = fs.existsSync(sourcesDir);
  const cache = new Map<string, string[] | null>();
  return (file) => {
    if (!hasFolder) return undefined;
    if (!cache.has(file)) {
      const absolute = path.join(sourcesDir, file);
      cache.set(
        file,
        fs.existsSync(absolute) ? fs.readFileSync(absolute, "utf8").split(/\r?\n/).filter((line) => line.trim() !== "") : null,
      );
    }
    return cache.get(file) ?? null;
  };
}
