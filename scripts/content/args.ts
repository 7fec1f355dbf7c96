/**
 * Shared argument handling for `npm run content -- <command> [pack] [--flag value]`.
 * Commands (check, export, quiz, lesson, …) reuse it so they all accept a pack the same way.
 */
import fs from "node:fs";
import path from "node:path";
import { defaultPacksDir, listPacks, loadPack } from "@/lib/content/load";
import { formatProblem, type ContentProblem } from "@/lib/content/problems";
import type { LoadedPack } from "@/lib/content/types";

export interface ParsedArgs {
  /** Arguments that are not flags, in order (the first is usually the pack id). */
  positionals: string[];
  /** `--name value` and `--name=value` as strings; flags named in `booleanFlags` (or given last) as true. */
  flags: Record<string, string | true>;
}

/**
 * Splits command arguments into positionals and flags. A flag takes the next
 * argument as its value unless it is listed in `booleanFlags`, written
 * `--name=value`, or followed by another flag or nothing.
 *
 * @example
 * parseArgs(["pak-us-relations", "--seed", "7", "--json"], ["json"])
 * // { positionals: ["pak-us-relations"], flags: { seed: "7", json: true } }
 */
export function parseArgs(args: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const [name = "", inlineValue] = splitOnce(arg.slice(2), "=");
    if (inlineValue !== undefined) {
      flags[name] = inlineValue;
      continue;
    }
    const next = args[i + 1];
    if (booleanFlags.includes(name) || next === undefined || next.startsWith("--")) {
      flags[name] = true;
    } else {
      flags[name] = next;
      i++;
    }
  }
  return { positionals, flags };
}

/** Reads a flag as a string, or undefined when absent. Throws a UsageError when it was given without a value. */
export function stringFlag(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.flags[name];
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** Reads a flag as an integer, or `fallback` when absent. Throws a UsageError when it is not an integer. */
export function intFlag(parsed: ParsedArgs, name: string, fallback: number): number {
  const value = stringFlag(parsed, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** A mistake in how a command was called; the dispatcher prints its message and exits with 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * The pack a command works on: the given id, a path to a pack folder (any
 * argument containing "/", handy for packs in progress elsewhere), or the only
 * pack when none is given. Throws a UsageError naming the available packs otherwise.
 */
export function resolvePack(packId: string | undefined, packsDir: string = defaultPacksDir()): { id: string; dir: string } {
  if (packId?.includes("/")) {
    const dir = path.resolve(packId);
    if (!fs.existsSync(dir)) throw new UsageError(`no pack folder at ${dir}`);
    return { id: path.basename(dir), dir };
  }
  const packs = listPacks(packsDir);
  if (packId === undefined) {
    if (packs.length === 1 && packs[0] !== undefined) return { id: packs[0], dir: path.join(packsDir, packs[0]) };
    throw new UsageError(
      packs.length === 0 ? `no packs found in ${packsDir}` : `several packs exist, name one: ${packs.join(", ")}`,
    );
  }
  if (!packs.includes(packId)) {
    throw new UsageError(`unknown pack "${packId}"; packs in ${packsDir}: ${packs.join(", ") || "(none)"}`);
  }
  return { id: packId, dir: path.join(packsDir, packId) };
}

/**
 * Loads the pack named by the first positional argument (or the only pack).
 * On problems, prints them to stderr and returns null, so a command can `return 1`.
 */
export function loadPackForCommand(packId: string | undefined): LoadedPack | null {
  const { dir } = resolvePack(packId);
  const result = loadPack(dir);
  if (result.ok) return result.pack;
  printProblems(result.problems, "problem");
  return null;
}

/** Prints problems as `file:line: message` lines on stderr, then a count. */
export function printProblems(problems: readonly ContentProblem[], noun: "problem" | "warning"): void {
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) console.error(`${problems.length} ${noun}${problems.length === 1 ? "" : "s"}`);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
