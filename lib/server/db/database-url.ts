/**
 * Reading DATABASE_URL: which database it names, and where. No Prisma and no
 * 'server-only' marker, so the migration runner and plain scripts can use it.
 */
import path from "node:path";
import type { DatabaseProvider } from "./schema-files";

/** Where the database lives when DATABASE_URL is unset, relative to the repo root. */
export const DEFAULT_SQLITE_FILE = path.join(".data", "groundwork.db");

/**
 * Which database a URL points at: unset or empty → SQLite (the default file);
 * `file:` → SQLite; `postgres://` / `postgresql://` → PostgreSQL.
 * @throws when the URL has any other scheme.
 * @example databaseProvider("postgresql://app@db:5432/groundwork") // "postgresql"
 */
export function databaseProvider(url: string | undefined = process.env.DATABASE_URL): DatabaseProvider {
  if (!url || url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), or be unset to use ${DEFAULT_SQLITE_FILE}; it starts with "${url.split(":")[0]}:".`,
  );
}

/**
 * The absolute path of the SQLite file a URL names: unset → the default file;
 * relative paths are resolved from the repo root (the working directory).
 * @example sqliteFilePath("file:./.data/dev.db") // "/srv/groundwork/.data/dev.db"
 */
export function sqliteFilePath(url: string | undefined): string {
  const file = url ? url.replace(/^file:(\/\/)?/, "").replace(/\?.*$/, "") : DEFAULT_SQLITE_FILE;
  // turbopackIgnore: a runtime path, not a file of the app to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** A description for messages: the SQLite file, or PostgreSQL host, port and database (never the password). */
export function describeDatabase(url: string | undefined = process.env.DATABASE_URL): string {
  if (databaseProvider(url) === "sqlite") return `the SQLite file ${sqliteFilePath(url)}`;
  const parsed = new URL(url!);
  const database = decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username);
  return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"} (database "${database}", user "${decodeURIComponent(parsed.username)}")`;
}
