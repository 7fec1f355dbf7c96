import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { Db } from "@/lib/server/db";
import type { DatabaseProvider } from "@/lib/server/db/schema-files";
import { Prisma } from "@/lib/server/generated/sqlite/client";

/**
 * The few statements that run on every request or every answer (prisma/README.md,
 * "Raw SQL on the hot paths") go through a SqlRunner instead of the Prisma client.
 *
 * It runs them on the connections Prisma itself opened, without the Prisma
 * client: about 0.3 ms of client CPU per statement (request building, the
 * WebAssembly compile of even a raw query, result mapping) is gone. On SQLite
 * it takes its turn in the same queue as Prisma (db.ts) and prepares each
 * statement once, where the adapter prepares it again every time; on
 * PostgreSQL it uses the adapter's pool, with named prepared statements.
 *
 * Rows come back as `$queryRaw` gives them (dates as Date, booleans as
 * boolean, integers as number), and parameters are stored as Prisma stores
 * them (on SQLite dates as ISO 8601 text and booleans as 1/0; on PostgreSQL
 * dates as UTC in `timestamp(3)`).
 */
export interface SqlRunner {
  /** The rows of a SELECT. */
  query<Row>(sql: Prisma.Sql): Promise<Row[]>;
  /** The number of rows an INSERT, UPDATE or DELETE changed. */
  execute(sql: Prisma.Sql): Promise<number>;
  /**
   * Runs INSERTs, UPDATEs and DELETEs (no RETURNING of their own) and gives each
   * one's changed-row count, in order. On PostgreSQL they travel as one
   * statement, each a data-modifying WITH clause: one round trip instead of one
   * each. So they must not depend on each other: in that one statement none
   * sees the others' changes. Inside a transaction, a count that is not what
   * the caller expected can still roll them all back.
   */
  executeAll(statements: readonly Prisma.Sql[]): Promise<number[]>;
}

export interface HotSql extends SqlRunner {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside `work`, send everything through `tx`: on SQLite a query sent through the
   * client waits for this transaction to end, which waits for `work`.
   */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

/** A Prisma client or interactive transaction as a SqlRunner (e.g. a hot-path helper called inside a Prisma transaction). */
export function prismaRunner(client: Pick<Db, "$queryRaw" | "$executeRaw">): SqlRunner {
  const execute = (sql: Prisma.Sql) => client.$executeRaw(sql);
  return {
    query: <Row>(sql: Prisma.Sql) => client.$queryRaw<Row[]>(sql),
    execute,
    executeAll: (statements) => inOrder(statements, execute),
  };
}

/** Each statement after the one before. */
async function inOrder(statements: readonly Prisma.Sql[], execute: (sql: Prisma.Sql) => Promise<number>): Promise<number[]> {
  const counts: number[] = [];
  for (const statement of statements) counts.push(await execute(statement));
  return counts;
}

// Under load, wait for the connection rather than fail the learner's request (PostgreSQL, via Prisma).
const PRISMA_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/**
 * The SqlRunner for `db`: direct on the connections of a client from createDb,
 * through Prisma for any other (bench/gradebook.ts builds its own, to log and count every statement).
 */
export function hotSql(db: Db): HotSql {
  const direct = directConnections.get(db);
  if (direct) return direct;
  return {
    ...prismaRunner(db),
    transaction: (work) => db.$transaction((tx) => work(prismaRunner(tx)), PRISMA_TRANSACTION_OPTIONS),
  };
}

/** Turn-taking on the one SQLite connection (db.ts's ConnectionQueue). */
export interface ConnectionTurns {
  acquire(): Promise<() => void>;
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** What the SQLite adapter hands over once it has connected: its better-sqlite3 database and the queue in front of it. */
export interface SqliteConnection {
  database: BetterSqlite3.Database;
  turns: ConnectionTurns;
}

const directConnections = new WeakMap<Db, HotSql>();

/**
 * Makes `hotSql(client)` run directly on the client's SQLite connection or
 * PostgreSQL pool. `connection()` returns the current one, connecting the
 * client if needed.
 */
export function registerSqliteConnection(client: Db, connection: () => Promise<SqliteConnection>): void {
  directConnections.set(client, new DirectSqlite(connection));
}

export function registerPostgresPool(client: Db, pool: () => Promise<pg.Pool>): void {
  directConnections.set(client, new DirectPostgres(pool));
}

/** The database behind a client from `createDb` (which registers every client here); undefined for any other client, e.g. a bench's own. */
export function providerOf(client: Db): DatabaseProvider | undefined {
  const direct = directConnections.get(client);
  return direct instanceof DirectPostgres ? "postgresql" : direct instanceof DirectSqlite ? "sqlite" : undefined;
}

// ------------------------------------------------------------------ SQLite

type Convert = (value: unknown) => unknown;

interface Prepared {
  statement: BetterSqlite3.Statement;
  /** Per result column: its name and how to turn the stored value into what $queryRaw returns. */
  columns: { name: string; convert: Convert | null }[] | null;
}

// Prisma writes ISO 8601 with an offset; SQLite's own CURRENT_TIMESTAMP default writes "YYYY-MM-DD HH:MM:SS" in UTC.
const toDate: Convert = (value) => {
  if (value === null) return null;
  if (typeof value === "string" && !/(Z|[+-]\d\d:?\d\d)$/i.test(value)) return new Date(`${value.replace(" ", "T")}Z`);
  return new Date(value as string | number);
};
const toBoolean: Convert = (value) => (value === null ? null : value !== 0);

function converterFor(declaredType: string | null): Convert | null {
  switch (declaredType?.toUpperCase()) {
    case "DATETIME":
      return toDate;
    case "BOOLEAN":
      return toBoolean;
    default:
      return null;
  }
}

/** A parameter as the Prisma adapter binds it, so rows written here read the same everywhere. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

class DirectSqlite implements HotSql {
  readonly #connection: () => Promise<SqliteConnection>;
  readonly #prepared = new WeakMap<BetterSqlite3.Database, Map<string, Prepared>>();

  constructor(connection: () => Promise<SqliteConnection>) {
    this.#connection = connection;
  }

  async query<Row>(sql: Prisma.Sql): Promise<Row[]> {
    const { database, turns } = await this.#connection();
    return turns.run(async () => this.#query<Row>(database, sql));
  }

  async execute(sql: Prisma.Sql): Promise<number> {
    const { database, turns } = await this.#connection();
    return turns.run(async () => this.#execute(database, sql));
  }

  async executeAll(statements: readonly Prisma.Sql[]): Promise<number[]> {
    const { database, turns } = await this.#connection();
    return turns.run(async () => this.#executeEach(database, statements));
  }

  async transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const { database, turns } = await this.#connection();
    const release = await turns.acquire();
    try {
      this.#prepare(database, "BEGIN").statement.run();
      try {
        // The queue is ours until release: the transaction's statements run without taking turns.
        const result = await work({
          query: async <Row>(sql: Prisma.Sql) => this.#query<Row>(database, sql),
          execute: async (sql: Prisma.Sql) => this.#execute(database, sql),
          executeAll: async (statements) => this.#executeEach(database, statements),
        });
        this.#prepare(database, "COMMIT").statement.run();
        return result;
      } catch (error) {
        if (database.inTransaction) this.#prepare(database, "ROLLBACK").statement.run();
        throw error;
      }
    } finally {
      release();
    }
  }

  #query<Row>(database: BetterSqlite3.Database, sql: Prisma.Sql): Row[] {
    const { statement, columns } = this.#prepare(database, sql.sql);
    if (!columns) throw new Error("SqlRunner.query needs a statement that returns rows; use execute");
    const rows = statement.all(...sql.values.map(bindable)) as unknown[][];
    return rows.map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) {
        const { name, convert } = columns[i]!;
        row[name] = convert ? convert(values[i]) : values[i];
      }
      return row as Row;
    });
  }

  #execute(database: BetterSqlite3.Database, sql: Prisma.Sql): number {
    return this.#prepare(database, sql.sql).statement.run(...sql.values.map(bindable)).changes;
  }

  /** One after another: on the one local connection there is no round trip to save. */
  #executeEach(database: BetterSqlite3.Database, statements: readonly Prisma.Sql[]): number[] {
    return statements.map((sql) => this.#execute(database, sql));
  }

  /** A statement prepared once per connection (a reconnect opens a new database, with a new cache). */
  #prepare(database: BetterSqlite3.Database, text: string): Prepared {
    let cache = this.#prepared.get(database);
    if (!cache) this.#prepared.set(database, (cache = new Map()));
    let prepared = cache.get(text);
    if (!prepared) {
      const statement = database.prepare(text);
      // The adapter turns safe integers on for the whole database; the hot-path columns all fit in a double.
      statement.safeIntegers(false);
      const columns = statement.reader ? statement.columns().map((column) => ({ name: column.name, convert: converterFor(column.type) })) : null;
      // Rows as arrays: the column names are mapped once, above, not per row.
      if (statement.reader) statement.raw(true);
      prepared = { statement, columns };
      cache.set(text, prepared);
    }
    return prepared;
  }
}

// ------------------------------------------------------------------ PostgreSQL

/** `timestamp(3)` holds UTC wall time (as Prisma writes it); pg would read it as local time. */
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
const postgresTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP_OID) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    // COUNT(*) and other bigint results: as number, like $queryRaw's Int results (every count here fits).
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** A parameter as the Prisma adapter sends it: dates as UTC text, which `timestamp(3)` stores as given. */
function postgresValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("T", " ").replace("Z", "");
  if (value === undefined) return null;
  return value;
}

class DirectPostgres implements HotSql {
  readonly #pool: () => Promise<pg.Pool>;
  /** Statement text → prepared statement name: each connection prepares it on first use, then reuses the plan. */
  readonly #names = new Map<string, string>();

  constructor(pool: () => Promise<pg.Pool>) {
    this.#pool = pool;
  }

  async query<Row>(sql: Prisma.Sql): Promise<Row[]> {
    return this.#query<Row>(await this.#pool(), sql);
  }

  async execute(sql: Prisma.Sql): Promise<number> {
    return this.#execute(await this.#pool(), sql);
  }

  async executeAll(statements: readonly Prisma.Sql[]): Promise<number[]> {
    return this.#executeAll(await this.#pool(), statements);
  }

  async transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const client = await (await this.#pool()).connect();
    let broken: unknown;
    try {
      await client.query("BEGIN");
      try {
        const result = await work({
          query: (sql) => this.#query(client, sql),
          execute: (sql) => this.#execute(client, sql),
          executeAll: (statements) => this.#executeAll(client, statements),
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackError: unknown) => (broken = rollbackError));
        throw error;
      }
    } finally {
      // A connection that could not roll back is closed, not handed to the next request.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async #query<Row>(client: pg.Pool | pg.PoolClient, sql: Prisma.Sql): Promise<Row[]> {
    return (await client.query<Row & pg.QueryResultRow>(this.#config(sql))).rows;
  }

  async #execute(client: pg.Pool | pg.PoolClient, sql: Prisma.Sql): Promise<number> {
    return (await client.query(this.#config(sql))).rowCount ?? 0;
  }

  async #executeAll(client: pg.Pool | pg.PoolClient, statements: readonly Prisma.Sql[]): Promise<number[]> {
    if (statements.length <= 1) return inOrder(statements, (sql) => this.#execute(client, sql));
    // WITH "w0" AS (<statement 0> RETURNING 1), ... SELECT (SELECT COUNT(*) FROM "w0") AS "w0", ...
    const names = statements.map((_, i) => `"w${i}"`);
    const clauses = statements.map((sql, i) => Prisma.sql`${Prisma.raw(names[i]!)} AS (${sql} RETURNING 1)`);
    const counts = names.map((name) => Prisma.raw(`(SELECT COUNT(*) FROM ${name}) AS ${name}`));
    const [row] = await this.#query<Record<string, number>>(client, Prisma.sql`WITH ${Prisma.join(clauses)} SELECT ${Prisma.join(counts)}`);
    return statements.map((_, i) => row?.[`w${i}`] ?? 0);
  }

  #config(sql: Prisma.Sql): pg.QueryConfig {
    const text = sql.text;
    let name = this.#names.get(text);
    if (!name) this.#names.set(text, (name = `groundwork_hot_${this.#names.size + 1}`));
    return { name, text, values: sql.values.map(postgresValue), types: postgresTypes };
  }
}
