// Prisma CLI settings for the sqlite schema, passed with `--config` by
// scripts/db-new.ts. The driver adapter makes the CLI use its bundled
// WebAssembly schema engine instead of downloading a native one (not
// reachable offline); an in-memory database is all `migrate diff` needs.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: path.join(__dirname, "migrations") },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: ":memory:" }),
});
