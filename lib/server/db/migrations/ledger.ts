/**
 * Direct driver connections for the migration runner (better-sqlite3 and pg,
 * not Prisma: migration scripts are multi-statement DDL, and the runner must
 * control transactions and locks itself). Both keep the ledger table
 * `_groundwork_migrations(name, checksum, applied_at)`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseProvider } from "@/lib/server/db/schema-files";
import type { MigrationFile } from "./migration-files";

export const LEDGER_TABLE = "_groundwork_migrations";

export interface AppliedMigration {
  name: string;
  checksum: string;
  appliedAt: Date;
}

/** What the runner needs from a database. */
export interface MigrationLedger {
  readonly provider: DatabaseProvider;
  /** Applied migrations in name order; empty when the ledger table does not exist yet (read-only). */
  appliedMigrations(): Promise<AppliedMigration[]>;
  /**
   * Runs one migration and records it in a single transaction. Returns false
   * (and changes nothing) when another process recorded it first.
   */
  applyMigration(migration: MigrationFile, now: Date): Promise<boolean>;
  /** Runs `work` holding a database-wide lock, so two starting servers do not migrate at once. */
  withLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens a ledger connection for a SQLite file (absolute path) or a PostgreSQL URL.
 * @throws the driver's connection error (see `explainConnectionError`).
 */
export async function openLedger(provider: DatabaseProvider, target: string): Promise<MigrationLedger> {
  return provider === "sqlite" ? openSqliteLedger(target) : openPostgresLedger(target);
}

// ------------------------------------------------------------------ SQLite

function openSqliteLedger(file: string): MigrationLedger {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  db.pragma("journal_mode = WAL");

  const hasLedger = () =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(LEDGER_TABLE) !== undefined;

  return {
    provider: "sqlite",
    async appliedMigrations() {
      if (!hasLedger()) return [];
      const rows = db.prepare(`SELECT name, checksum, applied_at FROM ${LEDGER_TABLE} ORDER BY name`).all() as {
        name: string;
        checksum: string;
        applied_at: string;
      }[];
      return rows.map((row) => ({ name: row.name, checksum: row.checksum, appliedAt: new Date(row.applied_at) }));
    },
    async applyMigration(migration, now) {
      // SQLite's table-redefinition steps (copy, DROP, rename) would fire
      // ON DELETE CASCADE with foreign keys on, and the pragma cannot change
      // inside a transaction: switch it off around the transaction and run
      // foreign_key_check before committing instead (sqlite.org/lang_altertable.html).
      db.pragma("foreign_keys = OFF");
      try {
        db.exec("BEGIN IMMEDIATE");
        try {
          db.exec(`CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (name TEXT PRIMARY KEY NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
          if (db.prepare(`SELECT 1 FROM ${LEDGER_TABLE} WHERE name = ?`).get(migration.name) !== undefined) {
            db.exec("ROLLBACK");
            return false;
          }
          db.exec(migration.sql);
          const violations = db.pragma("foreign_key_check") as unknown[];
          if (violations.length > 0) {
            throw new Error(`migration ${migration.name} leaves ${violations.length} foreign-key violation(s): ${JSON.stringify(violations.slice(0, 3))}`);
          }
          db.prepare(`INSERT INTO ${LEDGER_TABLE} (name, checksum, applied_at) VALUES (?, ?, ?)`).run(migration.name, migration.checksum, now.toISOString());
          db.exec("COMMIT");
          return true;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      } finally {
        db.pragma("foreign_keys = ON");
      }
    },
    // BEGIN IMMEDIATE in applyMigration already serialises writers, and the
    // "already recorded" check makes a lost race harmless.
    async withLock(work) {
      return work();
    },
    async close() {
      db.close();
    },
  };
}

// ------------------------------------------------------------------ PostgreSQL

// Any fixed 64-bit number: it names Groundwork's migration lock among the
// server's advisory locks.
const POSTGRES_LOCK_KEY = 4_711_032_026;

async function openPostgresLedger(url: string): Promise<MigrationLedger> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  // Without a listener, a server-side disconnect would crash the process.
  client.on("error", () => undefined);
  await client.connect();

  return {
    provider: "postgresql",
    async appliedMigrations() {
      const exists = await client.query<{ table: string | null }>("SELECT to_regclass($1)::text AS table", [LEDGER_TABLE]);
      if (!exists.rows[0]?.table) return [];
      const result = await client.query<{ name: string; checksum: string; applied_at: Date }>(
        `SELECT name, checksum, applied_at FROM ${LEDGER_TABLE} ORDER BY name`,
      );
      return result.rows.map((row) => ({ name: row.name, checksum: row.checksum, appliedAt: row.applied_at }));
    },
    async applyMigration(migration, now) {
      await client.query("BEGIN");
      try {
        await client.query(
          `CREATE TABLE IF NOT EXISTS ${LEDGER_TABLE} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
        );
        const recorded = await client.query(`SELECT 1 FROM ${LEDGER_TABLE} WHERE name = $1`, [migration.name]);
        if (recorded.rowCount) {
          await client.query("ROLLBACK");
          return false;
        }
        // No parameters: the simple query protocol runs the whole multi-statement script.
        await client.query(migration.sql);
        await client.query(`INSERT INTO ${LEDGER_TABLE} (name, checksum, applied_at) VALUES ($1, $2, $3)`, [
          migration.name,
          migration.checksum,
          now,
        ]);
        await client.query("COMMIT");
        return true;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    async withLock(work) {
      await client.query("SELECT pg_advisory_lock($1)", [POSTGRES_LOCK_KEY]);
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [POSTGRES_LOCK_KEY]).catch(() => undefined);
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}
