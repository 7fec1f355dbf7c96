import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrationsDir } from "@/lib/server/db/schema-files";
import { readMigrationFiles } from "@/lib/server/db/migrations/migration-files";
import { MigrationHistoryError, migrateDatabase, migrationStatus } from "@/lib/server/db/migrations/run-migrations";
import { DatabaseBehindError, DatabaseUnavailableError, prepareDatabase } from "@/lib/server/db/prepare";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the provider's migrations folder plus extra migrations (name → SQL), to simulate newer code. */
function migrationsWith(provider: TestDatabase["provider"], extra: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gw-migrations-"));
  scratchDirs.push(dir);
  cpSync(migrationsDir(provider), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const ADD_PROBE = { "29990101000000_add_probe": 'CREATE TABLE "Probe" ("id" INTEGER NOT NULL PRIMARY KEY);\n' };

describe.each(testProviders())("migrations on %s", (provider) => {
  let database: TestDatabase;
  const shipped = readMigrationFiles(provider).map((file) => file.name);

  beforeEach(async () => {
    database = await createTestDatabase(provider, { migrate: false });
  });
  afterEach(async () => {
    await database?.drop();
  });

  it("apply on a fresh database, and a second run is a no-op", async () => {
    expect(shipped.length).toBeGreaterThan(0);
    expect(await migrationStatus(database.url)).toMatchObject({ applied: [], pending: shipped });

    const first = await migrateDatabase(database.url);
    console.info(`[timing] ${provider}: fresh migrate (${first.appliedNow.length} migration(s)) ${first.durationMs} ms`);
    expect(first.appliedNow).toEqual(shipped);
    expect(first.pending).toEqual([]);

    const second = await migrateDatabase(database.url);
    expect(second.appliedNow).toEqual([]);
    expect(second.applied).toEqual(shipped);

    // The schema is usable through Prisma, foreign keys included.
    const user = await database.db.user.create({ data: { email: "ada@example.com", name: "Ada", passwordHash: "x" } });
    await expect(database.db.authSession.create({ data: { userId: "no-such-user", expiresAt: new Date() } })).rejects.toThrow();
    await database.db.authSession.create({ data: { userId: user.id, expiresAt: new Date() } });
    await database.db.user.delete({ where: { id: user.id } });
    expect(await database.db.authSession.count()).toBe(0);

    if (provider === "sqlite") {
      const [journal] = await database.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [sync] = await database.db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      const [busy] = await database.db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(journal?.journal_mode).toBe("wal");
      expect(Number(sync?.synchronous)).toBe(1); // NORMAL
      expect(Number(busy?.timeout)).toBe(5000);
    }
  });

  it("detects a database that is behind, and refuses to start with GROUNDWORK_MIGRATE=off", async () => {
    await migrateDatabase(database.url);
    const newer = migrationsWith(provider, ADD_PROBE);
    expect((await migrationStatus(database.url, { migrationsDir: newer })).pending).toEqual(["29990101000000_add_probe"]);

    const refused = prepareDatabase({ url: database.url, env: { GROUNDWORK_MIGRATE: "off" }, migrationsDir: newer });
    await expect(refused).rejects.toBeInstanceOf(DatabaseBehindError);
    await expect(refused).rejects.toThrow(/29990101000000_add_probe.*npm run db:migrate/s);

    const prepared = await prepareDatabase({ url: database.url, env: {}, migrationsDir: newer });
    expect(prepared.appliedNow).toEqual(["29990101000000_add_probe"]);
    await expect(prepareDatabase({ url: database.url, env: { GROUNDWORK_MIGRATE: "off" }, migrationsDir: newer })).resolves.toMatchObject({
      appliedNow: [],
    });
  });

  it("refuses an applied migration whose file changed, or that the code does not know", async () => {
    const newer = migrationsWith(provider, ADD_PROBE);
    await migrateDatabase(database.url, { migrationsDir: newer });

    appendFileSync(path.join(newer, shipped[0]!, "migration.sql"), "\n-- edited after it ran\n");
    await expect(migrateDatabase(database.url, { migrationsDir: newer })).rejects.toThrow(MigrationHistoryError);
    await expect(migrateDatabase(database.url, { migrationsDir: newer })).rejects.toThrow(new RegExp(`changed.*${shipped[0]}`));

    // The shipped folder lacks add_probe: the database is ahead of this code.
    await expect(migrationStatus(database.url)).rejects.toThrow(/does not know: 29990101000000_add_probe/);
  });

  it("rolls back a failing migration as a whole and leaves it pending", async () => {
    const broken = migrationsWith(provider, {
      "29990101000000_half_done": 'CREATE TABLE "HalfDone" ("id" INTEGER NOT NULL PRIMARY KEY);\nCREATE TABLE "Broken" (;\n',
    });
    await expect(migrateDatabase(database.url, { migrationsDir: broken })).rejects.toThrow();
    const status = await migrationStatus(database.url, { migrationsDir: broken });
    expect(status.applied).toEqual(shipped);
    expect(status.pending).toEqual(["29990101000000_half_done"]);
    // Fixing the file and re-running succeeds only if the failed run's first
    // statement was rolled back (CREATE TABLE "HalfDone" would fail otherwise).
    writeFileSync(path.join(broken, "29990101000000_half_done", "migration.sql"), 'CREATE TABLE "HalfDone" ("id" INTEGER NOT NULL PRIMARY KEY);\n');
    expect((await migrateDatabase(database.url, { migrationsDir: broken })).appliedNow).toEqual(["29990101000000_half_done"]);
  });
});

describe("start-up errors", () => {
  it("explains an unreachable PostgreSQL server in one paragraph with host and port", async () => {
    const attempt = prepareDatabase({ url: "postgresql://groundwork:secret@127.0.0.1:1/groundwork", env: {} });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/127\.0\.0\.1:1/);
    expect(message).toMatch(/is PostgreSQL running/);
    expect(message).not.toMatch(/secret/);
    expect(message).not.toMatch(/\n/);
  });

  it("explains a SQLite file that cannot be opened", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gw-notadb-"));
    scratchDirs.push(dir);
    writeFileSync(path.join(dir, "groundwork.db"), "this is not a database, just text that is long enough to have a header");
    const attempt = prepareDatabase({ url: `file:${path.join(dir, "groundwork.db")}`, env: {} });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/not a SQLite database/);
  });
});
