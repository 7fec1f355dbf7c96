import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { migrationsDir, type DatabaseProvider } from "@/lib/server/db/schema-files";

/** One migration folder: prisma/<provider>/migrations/<name>/migration.sql */
export interface MigrationFile {
  /** The folder name, `<timestamp>_<description>`: also the ledger key. */
  name: string;
  sql: string;
  /** sha256 of the SQL with line endings normalised (a CRLF checkout is not a change). */
  checksum: string;
}

/** The checksum the ledger stores for a migration's SQL. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

/**
 * The provider's migrations in the order they apply (folder names start with
 * a UTC timestamp, so name order is time order).
 */
export function readMigrationFiles(provider: DatabaseProvider, dir: string = migrationsDir(provider)): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}
