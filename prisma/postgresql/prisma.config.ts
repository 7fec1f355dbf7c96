// Prisma CLI settings for the postgresql schema, passed with `--config` by
// scripts/db-new.ts. The driver adapter makes the CLI use its bundled
// WebAssembly schema engine instead of downloading a native one (not
// reachable offline). That engine connects through the adapter even for
// `migrate diff --script`, so it points at the local test server
// (TEST_POSTGRES_URL, as the tests use; see scripts/ensure-postgres.sh) and
// never at DATABASE_URL, which may be production. Nothing is written there.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: path.join(__dirname, "migrations") },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres" }),
});
