import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/server/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/server/generated/sqlite/client";
import { databaseProvider, sqliteFilePath } from "@/lib/server/db/database-url";

export type { DatabaseProvider } from "@/lib/server/db/schema-files";
export { DEFAULT_SQLITE_FILE, databaseProvider, describeDatabase, sqliteFilePath } from "@/lib/server/db/database-url";

/**
 * The Prisma client type the whole app uses. The SQLite and PostgreSQL clients
 * are generated from the same models and expose the same API; typing every
 * client as the SQLite one also keeps PostgreSQL-only query options (such as
 * `mode: "insensitive"`) out of the code.
 */
export type Db = SqliteClient;

// Per connection (only journal_mode persists in the file): WAL lets readers
// run beside the writer; NORMAL is durable enough under WAL and ~6x faster
// than FULL here; foreign keys are off by default in SQLite.
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** The better-sqlite3 adapter, with Groundwork's pragmas applied to every connection it opens. */
class GroundworkSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

/**
 * A new PrismaClient for `url` (same rules as DATABASE_URL). For scripts and
 * tests; the app uses `getDb()`. The caller owns it: `await db.$disconnect()`.
 */
export function createDb(url: string | undefined): Db {
  if (databaseProvider(url) === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url! }) });
    // Same models, same generated API: only the provider differs.
    return client as unknown as Db;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return new SqliteClient({ adapter: new GroundworkSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
}

const globalForDb = globalThis as typeof globalThis & { groundworkDb?: Db };

/**
 * The app's one PrismaClient for DATABASE_URL, created on first use. Kept on
 * globalThis so hot reloads in development do not open a new pool each time.
 */
export function getDb(): Db {
  globalForDb.groundworkDb ??= createDb(process.env.DATABASE_URL);
  return globalForDb.groundworkDb;
}
