import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/** A throw-away database for one benchmark run: its DATABASE_URL-style URL, and how to delete it. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new SQLite file in its own temporary folder. */
export function scratchSqlite(label: string): ScratchDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gw-bench-${label}-`));
  return { url: `file:${path.join(dir, "bench.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A new, empty database on the PostgreSQL server the tests use
 * (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
 * @throws when that server does not answer: the caller reports PostgreSQL as skipped.
 */
export async function scratchPostgres(label: string): Promise<ScratchDatabase> {
  const adminUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  admin.on("error", () => undefined);
  const name = `gw_bench_${label.replace(/\W/g, "_")}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString("hex")}`;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      try {
        // FORCE: a benchmark's pools may still hold connections.
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end().catch(() => undefined);
      }
    },
  };
}
