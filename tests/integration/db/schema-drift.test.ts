import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DATABASE_PROVIDERS,
  MODELS_SNAPSHOT_FILE,
  driftedSchemas,
  readModels,
  renderSchema,
  schemaPath,
} from "@/lib/server/db/schema-files";
import { readMigrationFiles } from "@/lib/server/db/migrations/migration-files";

describe("one source of models", () => {
  it("prisma/<provider>/schema.prisma match prisma/models.prisma (fix: npm run db:schemas)", () => {
    expect(driftedSchemas()).toEqual([]);
  });

  it("detects drift when the models change", () => {
    const changed = `${readModels()}\nmodel Extra {\n  id String @id\n}\n`;
    expect(driftedSchemas(changed)).toEqual([...DATABASE_PROVIDERS]);
  });

  it("every model change has a migration (fix: npm run db:new -- <name>)", () => {
    expect(readFileSync(MODELS_SNAPSHOT_FILE, "utf8")).toBe(readModels());
  });

  it("both providers have the same migrations, by name", () => {
    const [sqlite, postgresql] = DATABASE_PROVIDERS.map((provider) => readMigrationFiles(provider).map((file) => file.name));
    expect(sqlite!.length).toBeGreaterThan(0);
    expect(postgresql).toEqual(sqlite);
  });

  it("uses only what both databases support", () => {
    const models = readModels().replace(/\/\/.*$/gm, "");
    expect(models).not.toMatch(/\bJson\b/);
    expect(models).not.toMatch(/@db\./);
    expect(models).not.toMatch(/\b(String|Int|Float|Boolean|DateTime)\[\]/);
    expect(models).not.toMatch(/^\s*(enum|datasource|generator)\b/m);
  });

  it("each schema names its own provider and client output", () => {
    for (const provider of DATABASE_PROVIDERS) {
      const schema = readFileSync(schemaPath(provider), "utf8");
      expect(schema).toBe(renderSchema(provider, readModels()));
      expect(schema).toContain(`provider = "${provider}"`);
      expect(schema).toContain(`output       = "../../lib/server/generated/${provider}"`);
    }
  });
});
