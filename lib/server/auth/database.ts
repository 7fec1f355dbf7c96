/**
 * The Prisma client the auth code works with. Services take it as an argument
 * (callers pass `getDb()`), so integration tests can hand in a client bound to
 * a throw-away SQLite or PostgreSQL database.
 */
export type { Db } from "@/lib/server/db";

/**
 * True for a unique-constraint violation, whichever database raised it: P2002
 * from a Prisma query, P2010 ("raw query failed") whose driver error is one,
 * or the driver's own error from a hot-path statement (lib/server/db/hot-sql.ts):
 * better-sqlite3's SQLITE_CONSTRAINT_*, PostgreSQL's 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const { code, meta } = error as { code: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505") return true;
  return code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation");
}
