/**
 * The Prisma client the auth code works with. Services take it as an argument
 * (callers pass `getDb()`), so integration tests can hand in a client bound to
 * a throw-away SQLite or PostgreSQL database.
 */
export type { Db } from "@/lib/server/db";

/** How each layer names one kind of constraint violation: Prisma's code, the driver adapter's kind (inside P2010, "raw query failed"), the drivers' own codes. */
interface ViolationCodes {
  prisma: string;
  adapterKind: string;
  driver: readonly string[];
}

function isViolation(error: unknown, codes: ViolationCodes): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code, meta } = error as { code: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (typeof code === "string" && codes.driver.includes(code)) return true;
  return code === codes.prisma || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === codes.adapterKind);
}

/**
 * True for a unique-constraint violation, whichever database raised it: P2002
 * from a Prisma query, P2010 ("raw query failed") whose driver error is one,
 * or the driver's own error from a hot-path statement (lib/server/db/hot-sql.ts):
 * better-sqlite3's SQLITE_CONSTRAINT_*, PostgreSQL's 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  return isViolation(error, { prisma: "P2002", adapterKind: "UniqueConstraintViolation", driver: ["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "23505"] });
}

/**
 * True for a foreign-key violation, in the same forms: a row written to point
 * at one deleted meanwhile (an attempt at an assignment a teacher just deleted).
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return isViolation(error, { prisma: "P2003", adapterKind: "ForeignKeyConstraintViolation", driver: ["SQLITE_CONSTRAINT_FOREIGNKEY", "23503"] });
}
