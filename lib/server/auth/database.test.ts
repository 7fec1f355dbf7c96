import { describe, expect, it } from "vitest";
import { isForeignKeyViolation, isUniqueViolation } from "./database";

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

describe("isForeignKeyViolation", () => {
  it("recognises Prisma's P2003, a raw query's foreign-key violation and the drivers' own codes", () => {
    expect(isForeignKeyViolation({ code: "P2003" })).toBe(true);
    expect(isForeignKeyViolation({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "ForeignKeyConstraintViolation" } } } })).toBe(true);
    expect(isForeignKeyViolation({ code: "SQLITE_CONSTRAINT_FOREIGNKEY" })).toBe(true);
    expect(isForeignKeyViolation({ code: "23503" })).toBe(true);
    expect(isForeignKeyViolation({ code: "P2002" })).toBe(false);
    expect(isForeignKeyViolation({ code: "23505" })).toBe(false);
    expect(isForeignKeyViolation(undefined)).toBe(false);
  });
});
