import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders } from "@/tests/helpers/test-db";
import { findSessionUser, openAuthSession, revokeAuthSession } from "@/lib/server/auth/session-store";
import { isAppError } from "@/lib/server/errors";
import { setUserRole } from "@/lib/server/services/users/set-user-role";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const DAY_SECONDS = 24 * 60 * 60;

describe.each(testProviders())("sessions on %s", (provider) => {
  let database: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.authSession.deleteMany();
    await database.db.user.deleteMany();
    const user = await database.db.user.create({
      data: { email: "sam@example.com", name: "Sam", passwordHash: "$argon2id$unused", role: "student" },
    });
    userId = user.id;
  });

  async function signIn(now = new Date()) {
    const { sid } = await openAuthSession(database.db, userId, now, DAY_SECONDS);
    return { userId, sid, tokenVersion: 0 };
  }

  it("each sign-in records its own session, and the session finds its user", async () => {
    const first = await signIn();
    const second = await signIn();
    expect(first.sid).not.toBe(second.sid);
    expect(await database.db.authSession.count({ where: { userId } })).toBe(2);
    expect(await findSessionUser(database.db, first, new Date())).toMatchObject({ id: userId, role: "student", sessionId: first.sid });
  });

  it("a revoked session stops working at once, and only that one", async () => {
    const phone = await signIn();
    const laptop = await signIn();
    await revokeAuthSession(database.db, phone.sid, new Date());
    expect(await findSessionUser(database.db, phone, new Date())).toBeNull();
    expect(await findSessionUser(database.db, laptop, new Date())).not.toBeNull();
  });

  it("an expired session is refused", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const claims = await signIn(start);
    expect(await findSessionUser(database.db, claims, new Date(start.getTime() + DAY_SECONDS * 1000 - 1))).not.toBeNull();
    expect(await findSessionUser(database.db, claims, new Date(start.getTime() + DAY_SECONDS * 1000))).toBeNull();
  });

  it("claims that mix one user's id with another's session are refused", async () => {
    const claims = await signIn();
    const other = await database.db.user.create({ data: { email: "eve@example.com", name: "Eve", passwordHash: "x", role: "admin" } });
    expect(await findSessionUser(database.db, { ...claims, userId: other.id }, new Date())).toBeNull();
    expect(await findSessionUser(database.db, { ...claims, sid: "no-such-session" }, new Date())).toBeNull();
  });

  it("reads the role from the database on every lookup", async () => {
    const claims = await signIn();
    await database.db.user.update({ where: { id: userId }, data: { role: "teacher" } });
    expect((await findSessionUser(database.db, claims, new Date()))?.role).toBe("teacher");
  });

  it("set-role bumps tokenVersion, which ends the user's existing sessions", async () => {
    const claims = await signIn();
    const updated = await setUserRole(database.db, " SAM@example.com ", "admin");
    expect(updated).toMatchObject({ role: "admin", tokenVersion: 1 });
    expect(await findSessionUser(database.db, claims, new Date())).toBeNull();
    const fresh = await openAuthSession(database.db, userId, new Date(), DAY_SECONDS);
    expect(await findSessionUser(database.db, { userId, sid: fresh.sid, tokenVersion: 1 }, new Date())).toMatchObject({ role: "admin" });
  });

  it("set-role reports an unknown email", async () => {
    const error = await setUserRole(database.db, "nobody@example.com", "teacher").catch((caught: unknown) => caught);
    expect(isAppError(error) && error.status).toBe(404);
  });
});
