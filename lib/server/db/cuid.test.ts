import { describe, expect, it } from "vitest";
import { cuid } from "./cuid";

describe("cuid", () => {
  it("has Prisma's cuid format", () => {
    expect(cuid()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("sorts in creation order within a process, even within one millisecond", () => {
    const ids = Array.from({ length: 1000 }, () => cuid());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
