import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders } from "@/tests/helpers/test-db";
import { AppError } from "@/lib/server/errors";
import { changeName } from "@/lib/server/services/users/change-name";
import { DEMO_ACCOUNT_MESSAGE } from "@/lib/server/services/users/ensure-demo-accounts";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

describe.each(testProviders())("changing a name on %s", (provider) => {
  let database: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.user.deleteMany();
    userId = (await database.db.user.create({ data: { email: "amna@example.com", name: "Amna", passwordHash: "x", role: "student" } })).id;
  });

  const nameOf = async (id: string) => (await database.db.user.findUniqueOrThrow({ where: { id } })).name;
  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);

  it("stores the new name with its spaces tidied, and touches no one else", async () => {
    const other = await database.db.user.create({ data: { email: "sam@example.com", name: "Sam", passwordHash: "x", role: "student" } });
    expect(await changeName(database.db, { id: userId }, { name: "  Amina   Khan " })).toEqual({ name: "Amina Khan" });
    expect(await nameOf(userId)).toBe("Amina Khan");
    expect(await nameOf(other.id)).toBe("Sam");
  });

  it.each([
    [{ name: "   " }, "Enter your name."],
    [{}, "Enter your name."],
    [{ name: "A".repeat(81) }, "Names are at most 80 characters."],
    [{ name: "Amina\u0007" }, "Names cannot contain control characters."],
  ])("refuses %o with %s next to the name, and keeps the old one", async (input, message) => {
    expect(await refusal(changeName(database.db, { id: userId }, input))).toMatchObject({ status: 400, field: "name", message });
    expect(await nameOf(userId)).toBe("Amna");
  });

  it("keeps a demo account's name", async () => {
    await database.db.user.update({ where: { id: userId }, data: { isDemo: true } });
    expect(await refusal(changeName(database.db, { id: userId }, { name: "Someone Else" }))).toMatchObject({ status: 403, message: DEMO_ACCOUNT_MESSAGE });
    expect(await nameOf(userId)).toBe("Amna");
  });

  it("reports an account deleted in the meantime", async () => {
    await database.db.user.delete({ where: { id: userId } });
    expect(await refusal(changeName(database.db, { id: userId }, { name: "Amina" }))).toMatchObject({ status: 404 });
  });
});
