import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isUniqueViolation } from "@/lib/server/auth/database";
import { Prisma } from "@/lib/server/db";
import { hotSql } from "@/lib/server/db/hot-sql";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";

// hotSql runs the hot paths directly on SQLite's connection and through Prisma on
// PostgreSQL: both must read and write exactly what the Prisma client does.
describe.each(testProviders())("hotSql on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  const newUser = (email: string) => database.db.user.create({ data: { email, name: "Hot", passwordHash: "x" } });

  it("reads dates, booleans, integers and nulls as $queryRaw does", async () => {
    const { db } = database;
    const user = await newUser("types@example.com");
    const expiresAt = new Date("2026-11-23T10:11:12.345Z");
    const session = await db.authSession.create({ data: { userId: user.id, expiresAt } });
    const query = Prisma.sql`
      SELECT s."expiresAt", s."revokedAt", u."isDemo", u."tokenVersion", u."email"
      FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ${session.id}`;
    const rows = await hotSql(db).query<Record<string, unknown>>(query);
    expect(rows).toEqual([{ expiresAt, revokedAt: null, isDemo: false, tokenVersion: 0, email: "types@example.com" }]);
    expect(rows).toEqual(await db.$queryRaw(query));
  });

  it("reads a date the database filled in itself as UTC, whatever the server's time zone", async () => {
    const { db } = database;
    await db.$executeRaw`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES (${"db-default"}, ${"default@example.com"}, ${"Default"}, ${"x"}, ${new Date()})`;
    const query = Prisma.sql`SELECT "createdAt" FROM "User" WHERE "id" = ${"db-default"}`;
    const [row] = await hotSql(db).query<{ createdAt: Date }>(query);
    // (Prisma 6's $queryRaw reads SQLite's "YYYY-MM-DD HH:MM:SS" as local time; the app always writes its dates itself.)
    expect(Math.abs(row!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("writes dates and booleans that the Prisma client reads back unchanged", async () => {
    const { db } = database;
    const user = await newUser("writes@example.com");
    const revokedAt = new Date("2026-11-23T08:00:00.001Z");
    const session = await db.authSession.create({ data: { userId: user.id, expiresAt: new Date("2027-01-01T00:00:00Z") } });
    const changed = await hotSql(db).execute(Prisma.sql`UPDATE "AuthSession" SET "revokedAt" = ${revokedAt} WHERE "id" = ${session.id}`);
    expect(changed).toBe(1);
    await hotSql(db).execute(Prisma.sql`UPDATE "User" SET "isDemo" = ${true} WHERE "id" = ${user.id}`);
    expect(await db.authSession.findUniqueOrThrow({ where: { id: session.id }, select: { revokedAt: true } })).toEqual({ revokedAt });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { isDemo: true } })).toEqual({ isDemo: true });
    // Stored as Prisma stores it (on SQLite, the same text), so Prisma's own filters still match it.
    expect(await db.authSession.count({ where: { id: session.id, revokedAt } })).toBe(1);
  });

  it("commits a transaction that resolves and rolls back one that throws", async () => {
    const { db } = database;
    const user = await newUser("transactions@example.com");
    const rename = (name: string) => Prisma.sql`UPDATE "User" SET "name" = ${name} WHERE "id" = ${user.id}`;
    await hotSql(db).transaction(async (tx) => {
      await tx.execute(rename("Committed"));
    });
    const failed = hotSql(db).transaction(async (tx) => {
      await tx.execute(rename("Rolled back"));
      throw new Error("undo");
    });
    await expect(failed).rejects.toThrow("undo");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Committed");
  });

  it("keeps other queries out of an open transaction", async () => {
    const { db } = database;
    const outside = await newUser("outside@example.com");
    let markInside!: () => void;
    const isInside = new Promise<void>((resolve) => (markInside = resolve));
    const failing = hotSql(db)
      .transaction(async (tx) => {
        await tx.execute(Prisma.sql`UPDATE "User" SET "name" = ${"Inside"} WHERE "id" = ${outside.id}`);
        markInside();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("roll back");
      })
      .catch(() => "rolled back");
    await isInside;
    // Sent while the transaction is open: both wait for it rather than join it and vanish in its rollback.
    const [hotWrite, prismaWrite] = [
      hotSql(db).execute(Prisma.sql`UPDATE "User" SET "passwordHash" = ${"changed"} WHERE "id" = ${outside.id}`),
      db.user.update({ where: { id: outside.id }, data: { name: "Outside" } }),
    ];
    await Promise.all([hotWrite, prismaWrite]);
    expect(await failing).toBe("rolled back");
    expect(await db.user.findUniqueOrThrow({ where: { id: outside.id }, select: { name: true, passwordHash: true } })).toEqual({ name: "Outside", passwordHash: "changed" });
  });

  it("runs several writes, each with its own count, in one statement on PostgreSQL", async () => {
    const { db } = database;
    const user = await newUser("several@example.com");
    const session = await db.authSession.create({ data: { userId: user.id, expiresAt: new Date("2027-01-01T00:00:00Z") } });
    const writes = [
      Prisma.sql`UPDATE "User" SET "name" = ${"Several"} WHERE "id" = ${user.id}`,
      Prisma.sql`UPDATE "AuthSession" SET "revokedAt" = ${new Date("2026-11-23T12:00:00Z")} WHERE "userId" = ${"nobody"}`,
      Prisma.sql`INSERT INTO "Notification" ("id", "userId", "kind", "title", "body", "createdAt") VALUES (${"n-1"}, ${user.id}, ${"test"}, ${"One"}, ${""}, ${new Date()}), (${"n-2"}, ${user.id}, ${"test"}, ${"Two"}, ${""}, ${new Date()})`,
    ];
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await hotSql(db).executeAll(writes)).toEqual([1, 0, 2]);
      expect(sent).toHaveBeenCalledTimes(provider === "postgresql" ? 1 : 0);
    } finally {
      sent.mockRestore();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Several");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(2);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();

    // In a transaction, a count the caller did not expect rolls them all back.
    const refused = hotSql(db).transaction(async (tx) => {
      const [renamed] = await tx.executeAll([Prisma.sql`UPDATE "User" SET "name" = ${"Undone"} WHERE "id" = ${user.id}`, Prisma.sql`DELETE FROM "Notification" WHERE "userId" = ${user.id}`]);
      if (renamed === 1) throw new Error("refused");
    });
    await expect(refused).rejects.toThrow("refused");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Several");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(2);
  });

  it("raises a duplicate that isUniqueViolation recognises", async () => {
    const { db } = database;
    await newUser("duplicate@example.com");
    const duplicate = hotSql(db).execute(Prisma.sql`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt")
      VALUES (${"hot-duplicate"}, ${"duplicate@example.com"}, ${"Twice"}, ${"x"}, ${"student"}, ${new Date()}, ${new Date()})`);
    const error = await duplicate.then(() => null, (reason: unknown) => reason);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("reconnects after the client was disconnected", async () => {
    const { db } = database;
    await db.$disconnect();
    const [row] = await hotSql(db).query<{ count: number | bigint }>(Prisma.sql`SELECT COUNT(*) AS "count" FROM "User" WHERE "email" = ${"types@example.com"}`);
    expect(Number(row?.count)).toBe(1);
  });
});
