/**
 * Renders the per-provider Prisma schemas from the one source of models
 * (prisma/models.prisma). Used by `npm run db:schemas` (write / --check) and
 * by the drift test. No 'server-only' marker: scripts and tests import it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** The databases Groundwork runs on. */
export const DATABASE_PROVIDERS = ["sqlite", "postgresql"] as const;
export type DatabaseProvider = (typeof DATABASE_PROVIDERS)[number];

/**
 * The repository root: the folder the app, the scripts and the tests run
 * from (as in lib/content). Not derived from __dirname, which means nothing
 * once Next has bundled the server code.
 */
export const REPO_ROOT = process.cwd();
export const PRISMA_DIR = path.join(REPO_ROOT, "prisma");
export const MODELS_FILE = path.join(PRISMA_DIR, "models.prisma");
/**
 * The models as of the latest migration: `npm run db:new` diffs the schema
 * rendered from it against the current one, then replaces it.
 */
export const MODELS_SNAPSHOT_FILE = path.join(PRISMA_DIR, "models.migrated.prisma");

/** prisma/<provider>/schema.prisma */
export function schemaPath(provider: DatabaseProvider): string {
  return path.join(PRISMA_DIR, provider, "schema.prisma");
}

/** prisma/<provider>/prisma.config.ts: the CLI's settings (driver adapter, WebAssembly engines). */
export function configPath(provider: DatabaseProvider): string {
  return path.join(PRISMA_DIR, provider, "prisma.config.ts");
}

/** prisma/<provider>/migrations */
export function migrationsDir(provider: DatabaseProvider): string {
  return path.join(PRISMA_DIR, provider, "migrations");
}

// The datasource URL is never used at run time: the app and the CLI connect
// through driver adapters. Prisma 6.19 still requires the field, so it holds
// an obviously inert placeholder rather than env("DATABASE_URL"), which would
// make `prisma generate` depend on the environment.
const DATASOURCE_URL: Record<DatabaseProvider, string> = {
  sqlite: "file:./unused-by-adapter.db",
  postgresql: "postgresql://unused-by-adapter@localhost/unused",
};

/**
 * The full schema text for one provider: header, generator, datasource, then
 * the models file verbatim.
 */
export function renderSchema(provider: DatabaseProvider, models: string): string {
  return `// GENERATED from prisma/models.prisma by \`npm run db:schemas\`: do not edit.
// Edit prisma/models.prisma, then run \`npm run db:schemas\` and \`npm run db:new -- <name>\`.

generator client {
  provider     = "prisma-client"
  output       = "../../lib/server/generated/${provider}"
  engineType   = "client"
  runtime      = "nodejs"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
  url      = "${DATASOURCE_URL[provider]}"
}

${models.trimEnd()}
`;
}

/** Reads prisma/models.prisma (or another models file, such as the snapshot). */
export function readModels(file: string = MODELS_FILE): string {
  return readFileSync(file, "utf8");
}

/** Providers whose committed schema.prisma differs from what models.prisma renders. */
export function driftedSchemas(models: string = readModels()): DatabaseProvider[] {
  return DATABASE_PROVIDERS.filter((provider) => {
    let committed: string;
    try {
      committed = readFileSync(schemaPath(provider), "utf8");
    } catch {
      return true;
    }
    return committed !== renderSchema(provider, models);
  });
}
