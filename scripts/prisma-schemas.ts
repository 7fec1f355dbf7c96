/**
 * `npm run db:schemas` writes prisma/<provider>/schema.prisma from
 * prisma/models.prisma. `npm run db:check` (`-- --check`) only checks, for
 * CI: exit 1 when a schema drifted or a model change has no migration yet.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  DATABASE_PROVIDERS,
  MODELS_SNAPSHOT_FILE,
  REPO_ROOT,
  driftedSchemas,
  readModels,
  renderSchema,
  schemaPath,
} from "@/lib/server/db/schema-files";

const isCheck = process.argv.includes("--check");
const models = readModels();
const drifted = driftedSchemas(models);

if (isCheck) {
  if (drifted.length > 0) {
    const files = drifted.map((provider) => path.relative(REPO_ROOT, schemaPath(provider))).join(", ");
    console.error(`Schema drift: ${files} no longer match prisma/models.prisma. Run \`npm run db:schemas\` and commit the result.`);
    process.exit(1);
  }
  if (!existsSync(MODELS_SNAPSHOT_FILE) || readFileSync(MODELS_SNAPSHOT_FILE, "utf8") !== models) {
    console.error("prisma/models.prisma changed since the last migration: run `npm run db:new -- <name>` and commit the migrations.");
    process.exit(1);
  }
  console.log("Schemas match prisma/models.prisma, and every model change has a migration.");
} else {
  for (const provider of DATABASE_PROVIDERS) {
    writeFileSync(schemaPath(provider), renderSchema(provider, models));
  }
  console.log(drifted.length > 0 ? `Wrote ${drifted.join(", ")} schema(s).` : "Schemas already up to date.");
}
