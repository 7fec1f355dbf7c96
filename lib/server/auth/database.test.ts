import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./database";

describe("isUniqueViolation", () => {
  it("recognises Prisma's P2002 and a raw query's unique violation (P2010)", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    const raw = (kind: string) => ({ code: "P2010", meta: { driverAdapterError: { cause: { kind } } } });
    expect(isUniqueViolation(raw("UniqueConstraintViolation"))).toBe(true);
    expect(isUniqueViolation(raw("ForeignKeyConstraintViolation"))).toBe(false);
    expect(isUniqueViolation({ code: "P2010" })).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
