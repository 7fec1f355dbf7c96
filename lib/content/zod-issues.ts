/**
 * Turns zod issues into messages a content author understands, located at
 * the YAML node they concern.
 */
import type { z } from "zod";
import type { ContentProblem } from "./problems";
import type { DataPath, YamlFile } from "./yaml-file";

/**
 * Validates `data` (found at `basePath` in `yamlFile`) with `schema`. Returns
 * the parsed value, or the located problems. `label` prefixes every message
 * ("fact drone-strikes-2010") so a problem names the item it belongs to.
 */
export function validateWithSchema<T>(
  schema: z.ZodType<T>,
  data: unknown,
  yamlFile: YamlFile,
  basePath: DataPath,
  label: string,
): { ok: true; value: T } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };

  const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
    const issuePath = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const path = [...basePath, ...issuePath];
    const where = issuePath.length > 0 ? `"${issuePath.join(".")}"` : "this entry";
    const prefix = label ? `${label}: ` : "";

    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        ...yamlFile.problemAt([...path, key], ""),
        line: yamlFile.keyLineAt(path, key),
        message: `${prefix}unknown field "${key}"${issuePath.length > 0 ? ` in ${where}` : ""} (check the spelling against content/FORMAT.md)`,
      }));
    }
    const value = valueAt(data, issuePath);
    return [
      {
        ...yamlFile.problemAt(path, ""),
        line: value === missing ? lineOfMissing(yamlFile, path, basePath.length) : yamlFile.lineAt(path),
        message: prefix + describeIssue(issue, where, value),
      },
    ];
  });
  return { ok: false, problems };
}

function describeIssue(issue: z.core.$ZodIssue, where: string, value: Presence): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === missing) return `missing required field ${where}`;
      if (issue.expected === "string" && typeof value === "number") {
        return `${where} must be text: put the value in quotes ("${value}")`;
      }
      return `${where} must be ${article(issue.expected)}, not ${describeValue(value)}`;
    case "invalid_value":
      return `${where} is ${describeValue(value)}; allowed: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_small":
      if (issue.origin === "array") return `${where} must list at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? `${where} must not be empty`
          : `${where} is too short (at least ${String(issue.minimum)} characters)`;
      }
      return `${where} must be at least ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "array") return `${where} must list at most ${String(issue.maximum)} item(s)`;
      return `${where} must be at most ${String(issue.maximum)}`;
    case "invalid_format":
      if (issue.format === "ends_with") return `${where} must end with "${String((issue as { suffix?: unknown }).suffix)}"`;
      return `${where} ${issue.message.startsWith("must") ? issue.message : `is not valid: ${issue.message}`}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/**
 * A missing field has no node; point at the key of the map it belongs in
 * ("quantity:" when quantity.unit is missing), or at the entry itself.
 */
function lineOfMissing(yamlFile: YamlFile, path: DataPath, entryDepth: number): number | undefined {
  const container = path.slice(0, -1);
  const containerKey = container[container.length - 1];
  if (container.length > entryDepth && typeof containerKey === "string") {
    return yamlFile.keyLineAt(container.slice(0, -1), containerKey);
  }
  return yamlFile.lineAt(container);
}

const missing = Symbol("missing");
type Presence = unknown;

function valueAt(data: unknown, path: readonly (string | number)[]): Presence {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !(key in current)) return missing;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current === undefined ? missing : current;
}

function describeValue(value: unknown): string {
  if (value === missing) return "missing";
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map of fields";
  if (typeof value === "string") return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    array: "a list",
    object: "a map of fields",
    boolean: "true or false",
  };
  return names[expected] ?? expected;
}
