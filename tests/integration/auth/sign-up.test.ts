import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders } from "@/tests/helpers/test-db";
import { isAppError } from "@/lib/server/errors";
import { EMAIL_TAKEN_MESSAGE, createUser } from "@/lib/server/services/users/create-user";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { signUpSchema } from "@/lib/validation/auth";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

const strongPassword = "correct horse battery staple 42";

describe.each(testProviders())("sign-up on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.authSession.deleteMany();
    await database.db.user.deleteMany();
  });

  type Outcome = { ok: boolean; fields: string[]; message?: string; status?: number };

  /** What the sign-up action does before starting a session: parse, then create. */
  async function signUp(form: Record<string, string | undefined>): Promise<Outcome> {
    const parsed = signUpSchema.safeParse(form);
    if (!parsed.success) return { ok: false, fields: parsed.error.issues.map((issue) => String(issue.path[0])) };
    try {
      await createUser(database.db, parsed.data);
      return { ok: true, fields: [] };
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { ok: false, fields: error.field ? [error.field] : [], message: error.message, status: error.status };
    }
  }

  it("creates a student by default, with a normalised email and an argon2id hash", async () => {
    const result = await signUp({ name: "  Amina  Khan ", email: " Amina@Example.COM ", password: strongPassword });
    expect(result.ok).toBe(true);
    const row = await database.db.user.findUniqueOrThrow({ where: { email: "amina@example.com" } });
    expect(row).toMatchObject({ name: "Amina Khan", role: "student", isDemo: false, tokenVersion: 0 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash, strongPassword)).toBe(true);
  });

  it("creates a teacher when asked, but never an admin", async () => {
    expect((await signUp({ name: "Tariq", email: "t@example.com", password: strongPassword, role: "teacher" })).ok).toBe(true);
    expect((await database.db.user.findUniqueOrThrow({ where: { email: "t@example.com" } })).role).toBe("teacher");
    const admin = await signUp({ name: "Mallory", email: "m@example.com", password: strongPassword, role: "admin" });
    expect(admin.ok).toBe(false);
    expect(await database.db.user.count({ where: { email: "m@example.com" } })).toBe(0);
  });

  it.each([
    ["a missing name", { email: "a@example.com", password: strongPassword }, "name"],
    ["a malformed email", { name: "A", email: "not-an-email", password: strongPassword }, "email"],
    ["a 7-character password", { name: "A", email: "a@example.com", password: "short77" }, "password"],
    ["a 129-character password", { name: "A", email: "a@example.com", password: "x".repeat(129) }, "password"],
    ["a common password", { name: "A", email: "a@example.com", password: "password1" }, "password"],
    ["the email as password", { name: "A", email: "amina@example.com", password: "amina@example.com" }, "password"],
  ])("writes nothing for %s and names the field", async (_label, form, field) => {
    const result = await signUp(form);
    expect(result.ok).toBe(false);
    expect(result.fields).toContain(field);
    expect(await database.db.user.count()).toBe(0);
  });

  it("refuses a 1 MB password and a 10 kB name before any hashing", async () => {
    const hashStarted = performance.now();
    await hashPassword(strongPassword);
    const oneHashMs = performance.now() - hashStarted;

    const started = performance.now();
    const result = await signUp({ name: "n".repeat(10_000), email: "big@example.com", password: "p".repeat(1_000_000) });
    // Compared with one hash timed just now, so a busy machine slows both alike.
    expect(performance.now() - started).toBeLessThan(oneHashMs / 2);
    expect(result).toMatchObject({ ok: false, fields: expect.arrayContaining(["name", "password"]) });
    expect(await database.db.user.count()).toBe(0);
  });

  it("says plainly that an email is taken, in any letter case", async () => {
    await signUp({ name: "First", email: "same@example.com", password: strongPassword });
    const second = await signUp({ name: "Second", email: "SAME@example.com", password: "another long passphrase" });
    expect(second.ok).toBe(false);
    expect(second).toMatchObject({ fields: ["email"], message: EMAIL_TAKEN_MESSAGE, status: 409 });
    expect(await database.db.user.count()).toBe(1);
  });

  it("lets the unique index settle two simultaneous sign-ups with one email", async () => {
    const input = { name: "Racer", email: "race@example.com", password: strongPassword, role: "student" as const };
    const results = await Promise.allSettled([createUser(database.db, input), createUser(database.db, input)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected && isAppError(rejected.reason) && rejected.reason.message).toBe(EMAIL_TAKEN_MESSAGE);
    expect(await database.db.user.count()).toBe(1);
  });
});
