import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { ARGON2_OPTIONS, hashPassword, needsRehash, verifyAgainstDummyHash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with 19 MiB, 2 passes and 1 lane", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    const used = parseOptions(hash);
    expect(used).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: ARGON2_OPTIONS.algorithm });
    expect(needsRehash(hash)).toBe(false);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery stapl")).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("never truncates: a 128-character password differs from its first 127 (or 72) characters", async () => {
    const long = "a".repeat(127) + "b";
    const hash = await hashPassword(long);
    expect(await verifyPassword(hash, long)).toBe(true);
    expect(await verifyPassword(hash, long.slice(0, 127))).toBe(false);
    expect(await verifyPassword(hash, long.slice(0, 72))).toBe(false);
  });

  it("treats a malformed stored hash as a mismatch, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(needsRehash("not-a-hash")).toBe(true);
  });

  it("flags hashes made with weaker parameters for rehashing", async () => {
    const { hash } = await import("@node-rs/argon2");
    expect(needsRehash(await hash("x", { memoryCost: 4096, timeCost: 3, parallelism: 1 }))).toBe(true);
  });

  it("the dummy verification costs about as much as a real one", async () => {
    const hash = await hashPassword("warm up");
    await verifyAgainstDummyHash("warm up");
    const time = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    // Alternated and compared by their fastest runs: load from other test files only ever adds
    // time, so the fastest of several is each kind's own cost. (Medians of five failed on a machine
    // busy for minutes, at 0.28.)
    const real: number[] = [];
    const dummy: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      real.push(await time(() => verifyPassword(hash, "wrong guess")));
      dummy.push(await time(() => verifyAgainstDummyHash("wrong guess")));
    }
    // Same algorithm and parameters: within a factor of 2 even on a busy machine.
    expect(Math.min(...dummy) / Math.min(...real)).toBeGreaterThan(0.5);
    expect(Math.min(...dummy) / Math.min(...real)).toBeLessThan(2);
  });
});
