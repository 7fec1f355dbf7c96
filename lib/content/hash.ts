/**
 * Stable content hashes of a loaded pack and of single facts, so the database
 * sync can tell what changed. Canonical JSON: object keys sorted, undefined
 * fields dropped, so field order in the YAML does not change the hash.
 */
import { createHash } from "node:crypto";
import type { LoadedFact, LoadedPack } from "./types";

/** JSON with object keys in sorted order at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** sha256 (hex) of the pack's canonical JSON. */
export function packContentHash(pack: LoadedPack): string {
  return sha256(canonicalJson(pack));
}

/** sha256 (hex) of one fact's canonical JSON. */
export function factContentHash(fact: LoadedFact): string {
  return sha256(canonicalJson(fact));
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) sorted[key] = sortKeys(field);
  }
  return sorted;
}
