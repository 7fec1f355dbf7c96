import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders } from "@/tests/helpers/test-db";
import { readDemoCredentials } from "@/lib/server/auth/demo-credentials-file";
import { verifyPassword } from "@/lib/server/auth/password";
import { ensureDemoAccounts } from "@/lib/server/services/users/ensure-demo-accounts";
import { listDemoCredentials } from "@/lib/server/services/users/list-demo-credentials";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const demoOn = { GROUNDWORK_DEMO: "1" };
const quiet = () => {};

describe.each(testProviders())("demo accounts on %s", (provider) => {
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.authSession.deleteMany();
    await database.db.user.deleteMany();
    dataDir = mkdtempSync(path.join(tmpdir(), "groundwork-demo-"));
    return () => rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates a demo student and teacher with random passwords when no user exists", async () => {
    const lines: string[] = [];
    const result = await ensureDemoAccounts(database.db, { env: demoOn, dataDir, log: (line) => lines.push(line) });
    expect(result.created).toBe(true);
    const users = await database.db.user.findMany({ orderBy: { role: "asc" } });
    expect(users.map((user) => [user.role, user.isDemo])).toEqual([
      ["student", true],
      ["teacher", true],
    ]);

    const stored = readDemoCredentials(dataDir);
    expect(stored).toHaveLength(2);
    for (const account of stored) {
      const user = users.find((candidate) => candidate.email === account.email)!;
      expect(await verifyPassword(user.passwordHash, account.password)).toBe(true);
      expect(lines.join("\n")).toContain(account.password);
    }
    expect(stored[0]!.password).not.toBe(stored[1]!.password);
    expect(statSync(path.join(dataDir, "demo-credentials.json")).mode & 0o077).toBe(0);
  });

  it("never reuses a password between two fresh databases", async () => {
    await ensureDemoAccounts(database.db, { env: demoOn, dataDir, log: quiet });
    const first = readDemoCredentials(dataDir).map((account) => account.password);
    await database.db.user.deleteMany();
    await ensureDemoAccounts(database.db, { env: demoOn, dataDir, log: quiet });
    const second = readDemoCredentials(dataDir).map((account) => account.password);
    expect(second.some((password) => first.includes(password))).toBe(false);
  });

  it("does nothing once any user exists", async () => {
    await database.db.user.create({ data: { email: "real@example.com", name: "Real", passwordHash: "x", role: "student" } });
    expect(await ensureDemoAccounts(database.db, { env: demoOn, dataDir, log: quiet })).toEqual({ created: false, reason: "users exist" });
    expect(await database.db.user.count()).toBe(1);
    expect(readDemoCredentials(dataDir)).toEqual([]);
  });

  it("does nothing when demo mode is off (PostgreSQL in production, or GROUNDWORK_DEMO=0)", async () => {
    for (const env of [{ GROUNDWORK_DEMO: "0" }, { NODE_ENV: "production", DATABASE_URL: "postgresql://db/groundwork" }]) {
      expect(await ensureDemoAccounts(database.db, { env, dataDir, log: quiet })).toEqual({ created: false, reason: "demo mode is off" });
    }
    expect(await database.db.user.count()).toBe(0);
  });

  it("the sign-in page lists only demo accounts that still exist as demo accounts, only in demo mode", async () => {
    await ensureDemoAccounts(database.db, { env: demoOn, dataDir, log: quiet });
    expect(await listDemoCredentials(database.db, { env: demoOn, dataDir })).toHaveLength(2);

    await database.db.user.update({ where: { email: "demo-teacher@example.com" }, data: { isDemo: false } });
    expect((await listDemoCredentials(database.db, { env: demoOn, dataDir })).map((account) => account.role)).toEqual(["student"]);

    await database.db.user.delete({ where: { email: "demo-student@example.com" } });
    expect(await listDemoCredentials(database.db, { env: demoOn, dataDir })).toEqual([]);

    await database.db.user.update({ where: { email: "demo-teacher@example.com" }, data: { isDemo: true, role: "admin" } });
    expect(await listDemoCredentials(database.db, { env: demoOn, dataDir })).toEqual([]);
    expect(await listDemoCredentials(database.db, { env: { GROUNDWORK_DEMO: "0" }, dataDir })).toEqual([]);
  });
});
