import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";

// Regression: on SQLite (one connection) another request's write ran inside an
// open transaction and was lost when that transaction rolled back.
describe.each(testProviders())("a query outside a transaction on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("is not rolled back with a concurrent transaction", async () => {
    const { db } = database;
    let markInsideTransaction!: () => void;
    const isInsideTransaction = new Promise<void>((resolve) => (markInsideTransaction = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { email: "inside@example.com", name: "Inside", passwordHash: "x" } });
        markInsideTransaction();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("roll back");
      })
      .catch(() => "rolled back");
    await isInsideTransaction;
    await db.user.create({ data: { email: "outside@example.com", name: "Outside", passwordHash: "x" } });
    expect(await failing).toBe("rolled back");
    const emails = (await db.user.findMany({ select: { email: true } })).map((user) => user.email);
    expect(emails).toEqual(["outside@example.com"]);
  });
});
