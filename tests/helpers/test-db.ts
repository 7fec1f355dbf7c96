/**
 * Throw-away, fully migrated databases for integration tests, on SQLite and
 * PostgreSQL alike:
 *
 *   describe.each(testProviders())("… on %s", (provider) => {
 *     let database: TestDatabase;
 *     beforeAll(async () => { database = await createTestDatabase(provider); });
 *     afterAll(async () => { await database?.drop(); });
 *   });
 *
 * PostgreSQL comes from TEST_POSTGRES_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres); each test database is a new
 * `gw_test_<time>_<random>` database on that server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/server/db";
import { migrateDatabase } from "@/lib/server/db/migrations/run-migrations";
import type { DatabaseProvider } from "@/lib/server/db/schema-files";

export interface TestDatabase {
  provider: DatabaseProvider;
  db: Db;
  /** The DATABASE_URL-style URL of this database (for createDb, prepareDatabase, …). */
  url: string;
  /** Disconnects and deletes the database. */
  drop(): Promise<void>;
}

const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const TEST_DATABASE_PREFIX = "gw_test_";
// Test databases older than this are left-overs of an interrupted run.
const STALE_AFTER_SECONDS = 60 * 60;

/** The PostgreSQL server (maintenance database) tests create their databases on. */
export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl(), connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function probePostgres(): Promise<string | null> {
  try {
    await withAdminClient((client) => client.query("SELECT 1"));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// Probed once per test file, at import, so describe.each can be synchronous.
const postgresProblem = await probePostgres();
const isPostgresRequired = process.env.REQUIRE_POSTGRES === "1";

if (postgresProblem) {
  const banner = "!".repeat(78);
  console.warn(
    `\n${banner}\n!! PostgreSQL is NOT reachable at ${redacted(testPostgresUrl())}: ${postgresProblem}\n` +
      (isPostgresRequired
        ? "!! REQUIRE_POSTGRES=1: the PostgreSQL tests will FAIL. Start it with `bash scripts/ensure-postgres.sh`.\n"
        : "!! Only SQLite is tested. Start PostgreSQL with `bash scripts/ensure-postgres.sh` (CI sets REQUIRE_POSTGRES=1).\n") +
      `${banner}\n`,
  );
}

/**
 * The providers to run integration tests on: SQLite always; PostgreSQL when
 * it answers, and also when it does not but REQUIRE_POSTGRES=1, so that CI
 * fails (in createTestDatabase) instead of silently skipping it.
 */
export function testProviders(): DatabaseProvider[] {
  return !postgresProblem || isPostgresRequired ? ["sqlite", "postgresql"] : ["sqlite"];
}

export interface CreateTestDatabaseOptions {
  /** Apply the migrations (default true); false gives an empty database, for migration tests. */
  migrate?: boolean;
}

/**
 * A fresh database with every migration applied, and a Prisma client on it.
 * @throws when PostgreSQL is asked for but cannot be reached.
 */
export async function createTestDatabase(provider: DatabaseProvider, options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const database = provider === "sqlite" ? createSqliteTestDatabase() : await createPostgresTestDatabase();
  if (options.migrate ?? true) {
    try {
      await migrateDatabase(database.url);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}

function createSqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gw-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = createDb(url);
  return {
    provider: "sqlite",
    db,
    url,
    async drop() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  if (postgresProblem) {
    throw new Error(`PostgreSQL is required (REQUIRE_POSTGRES=1) but not reachable at ${redacted(testPostgresUrl())}: ${postgresProblem}`);
  }
  const name = `${TEST_DATABASE_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(async (client) => {
    await dropStaleTestDatabases(client);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  return {
    provider: "postgresql",
    db,
    url: url.toString(),
    async drop() {
      await db.$disconnect();
      // FORCE (PostgreSQL 13+) ends connections a failed test may have left open.
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function dropStaleTestDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${TEST_DATABASE_PREFIX}%`]);
  const cutoff = Date.now() / 1000 - STALE_AFTER_SECONDS;
  for (const { datname } of rows) {
    const createdAt = Number(datname.slice(TEST_DATABASE_PREFIX.length).split("_")[0]);
    if (Number.isFinite(createdAt) && createdAt < cutoff) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  }
}
