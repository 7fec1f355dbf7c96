/**
 * The Prisma client the auth code works with. Services take it as an argument
 * (callers pass `getDb()`), so integration tests can hand in a client bound to
 * a throw-away SQLite or PostgreSQL database.
 */
export type { Db } from "@/lib/server/db";

/** True for Prisma's unique-constraint violation (P2002), whichever engine raised it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
