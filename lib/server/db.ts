import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { PrismaClient as PostgresClient } from "@/lib/server/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/server/generated/sqlite/client";
import { databaseProvider, sqliteFilePath } from "@/lib/server/db/database-url";
import { registerPostgresPool, registerSqliteConnection, type SqliteConnection } from "@/lib/server/db/hot-sql";

export type { DatabaseProvider } from "@/lib/server/db/schema-files";
export { DEFAULT_SQLITE_FILE, databaseProvider, describeDatabase, sqliteFilePath } from "@/lib/server/db/database-url";

/**
 * The Prisma client type the whole app uses. The SQLite and PostgreSQL clients
 * are generated from the same models and expose the same API; typing every
 * client as the SQLite one also keeps PostgreSQL-only query options (such as
 * `mode: "insensitive"`) out of the code.
 */
export type Db = SqliteClient;

/** Prisma.sql / Prisma.join for the raw SQL hot paths (both clients share one runtime). */
export { Prisma } from "@/lib/server/generated/sqlite/client";

// Per connection (only journal_mode persists in the file): WAL lets readers
// run beside the writer; NORMAL is durable enough under WAL and ~6x faster
// than FULL here; foreign keys are off by default in SQLite.
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * First come, first served use of the one SQLite connection: a query holds it
 * for its own (synchronous) run, a transaction from BEGIN to COMMIT/ROLLBACK.
 * FIFO, so a busy stream of transactions cannot starve single queries.
 */
class ConnectionQueue {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves once everything queued earlier is done; the caller holds the connection until it calls `release`. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * The better-sqlite3 adapter, with Groundwork's pragmas applied to every
 * connection it opens, and queries kept out of other requests' transactions.
 * The adapter has one connection and serialises transactions, but not the
 * queries outside them: another request's write would run inside an open
 * transaction and vanish if it rolled back (a retried answer does), after
 * having been reported as saved. So every query and transaction takes its
 * turn on the connection (ConnectionQueue).
 */
class GroundworkSQLite3 extends PrismaBetterSQLite3 {
  /** The connection Prisma opened last, for the hot paths (lib/server/db/hot-sql.ts). */
  connection: SqliteConnection | null = null;

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const queue = new ConnectionQueue();
    this.connection = { database: betterSqlite3Database(adapter), turns: queue };
    const { queryRaw, executeRaw, executeScript, startTransaction } = adapter;
    adapter.queryRaw = (query) => queue.run(() => queryRaw.call(adapter, query));
    adapter.executeRaw = (query) => queue.run(() => executeRaw.call(adapter, query));
    adapter.executeScript = (script) => queue.run(() => executeScript.call(adapter, script));
    adapter.startTransaction = async (isolationLevel) => {
      const release = await queue.acquire();
      try {
        const transaction = await startTransaction.call(adapter, isolationLevel);
        const { commit, rollback } = transaction;
        transaction.commit = () => commit.call(transaction).finally(release);
        transaction.rollback = () => rollback.call(transaction).finally(release);
        return transaction;
      } catch (error) {
        release();
        throw error;
      }
    };
    return adapter;
  }
}

/** The pg adapter, keeping hold of the pool it opens for the hot paths (lib/server/db/hot-sql.ts). */
class GroundworkPg extends PrismaPg {
  pool: pg.Pool | null = null;

  override async connect() {
    const adapter = await super.connect();
    const pool = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.();
    if (!(pool instanceof pg.Pool)) throw new Error("@prisma/adapter-pg no longer exposes its pool: update lib/server/db.ts");
    this.pool = pool;
    return adapter;
  }
}

/** The adapter's better-sqlite3 database: not part of its typed API, so checked here, where an upgrade that moves it would fail first. */
function betterSqlite3Database(adapter: object): BetterSqlite3.Database {
  const database = (adapter as { client?: unknown }).client;
  if (!(database instanceof BetterSqlite3)) throw new Error("@prisma/adapter-better-sqlite3 no longer keeps its database in `client`: update lib/server/db.ts");
  return database;
}

/**
 * A new PrismaClient for `url` (same rules as DATABASE_URL). For scripts and
 * tests; the app uses `getDb()`. The caller owns it: `await db.$disconnect()`.
 */
export function createDb(url: string | undefined): Db {
  if (databaseProvider(url) === "postgresql") {
    const adapter = new GroundworkPg({ connectionString: url! });
    // Same models, same generated API: only the provider differs.
    const client = new PostgresClient({ adapter }) as unknown as Db;
    registerPostgresPool(client, async () => {
      // Prisma connects on its first query, and again after $disconnect (which ends the pool).
      if (!adapter.pool || adapter.pool.ended) await client.$connect();
      if (!adapter.pool) throw new Error("the PostgreSQL adapter did not connect");
      return adapter.pool;
    });
    return client;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new GroundworkSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const client = new SqliteClient({ adapter });
  registerSqliteConnection(client, async () => {
    // Prisma connects on its first query, and again after $disconnect.
    if (!adapter.connection?.database.open) await client.$connect();
    if (!adapter.connection) throw new Error("the SQLite adapter did not connect");
    return adapter.connection;
  });
  return client;
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
