/**
 * The engine is pure: it imports only itself (and types from lib/content),
 * and never reads the clock, global randomness, the file system or the framework.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function engineSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__fixtures__" ? [] : engineSources(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("engine purity", () => {
  const files = engineSources(__dirname);

  it.each(files.map((file) => [path.relative(__dirname, file), file]))("%s imports only the engine and content types", (_name, file) => {
    // Comments may name what the code avoids ("never calls Math.random()"); only code counts.
    const source = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm)) {
      const [, isType, specifier = ""] = match;
      if (specifier.startsWith("./") || specifier.startsWith("../") && !specifier.startsWith("../content") && path.resolve(path.dirname(file), specifier).startsWith(__dirname)) continue;
      // Only type imports may reach outside the engine, and only to the content schema and types.
      expect(isType, `${specifier} in ${file}`).toBeTruthy();
      expect(specifier).toMatch(/^\.\.\/(\.\.\/)?content\/(types|schema)$/);
    }
    expect(source).not.toMatch(/\bDate\.now\(|\bnew Date\(\)|Math\.random\(|performance\.now\(|process\.|require\(/);
    expect(source).not.toMatch(/from "(next|react|@prisma|node:)/);
  });
});
