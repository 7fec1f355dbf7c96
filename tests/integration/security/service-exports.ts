/**
 * Every exported function of the services that handle user data, found on
 * disk, so the IDOR suite notices a new export the day it is added.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
export const AUDITED_SERVICE_FOLDERS = ["learn", "review", "teach", "notifications"].map((name) => `lib/server/services/${name}`);

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(relative);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [relative] : [];
  });
}

export interface ServiceExport {
  name: string;
  /** Repository-relative path of the module that exports it. */
  file: string;
}

/** The exported functions (classes included: they are callable too) of every module in the audited folders. */
export async function listServiceExports(): Promise<ServiceExport[]> {
  const files = AUDITED_SERVICE_FOLDERS.flatMap(sourceFilesUnder).sort();
  const found: ServiceExport[] = [];
  for (const file of files) {
    const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") found.push({ name, file });
    }
  }
  return found;
}

/** Source files of the app's routes, pages and actions (what a request can reach directly). */
export function appSourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(relative);
      return /\.tsx?$/.test(entry.name) ? [path.join(ROOT, relative)] : [];
    });
  return walk("app");
}
