import { Prisma } from "@/lib/server/db";
import { hotSql } from "@/lib/server/db/hot-sql";
import type { Db } from "./database";
import { isRole, type Role } from "./roles";
import type { SessionClaims } from "./session-token";

/** The signed-in user as the rest of the app sees it: always fresh from the database. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  isDemo: boolean;
  /** AuthSession.id of the current session. */
  sessionId: string;
};

/** Records a new session (one per sign-in) and returns its id and expiry. */
export async function openAuthSession(db: Db, userId: string, now: Date, maxAgeSeconds: number): Promise<{ sid: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + maxAgeSeconds * 1000);
  const session = await db.authSession.create({ data: { userId, createdAt: now, expiresAt }, select: { id: true } });
  return { sid: session.id, expiresAt };
}

/** Marks a session revoked (sign-out); a copied cookie of it stops working at once. Idempotent. */
export async function revokeAuthSession(db: Db, sid: string, now: Date): Promise<void> {
  await db.authSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * The user behind session claims, re-read from the database, or null when the
 * session is unknown, revoked, expired, belongs to someone else, or predates a
 * tokenVersion bump (password or role change). The role comes from the user
 * row, never from the token, so a role change applies on the next request.
 */
export async function findSessionUser(db: Db, claims: SessionClaims, now: Date): Promise<SessionUser | null> {
  // Raw SQL through hotSql: this runs on every signed-in request (prisma/README.md, "Raw SQL on the hot paths").
  const [row] = await hotSql(db).query<SessionRow>(Prisma.sql`
    SELECT s."expiresAt", s."revokedAt", u."id", u."email", u."name", u."role", u."isDemo", u."tokenVersion"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${claims.sid}`);
  if (!row) return null;
  if (row.id !== claims.userId || row.revokedAt !== null || row.expiresAt <= now) return null;
  if (row.tokenVersion !== claims.tokenVersion || !isRole(row.role)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, isDemo: row.isDemo, sessionId: claims.sid };
}

interface SessionRow {
  expiresAt: Date;
  revokedAt: Date | null;
  id: string;
  email: string;
  name: string;
  role: string;
  isDemo: boolean;
  tokenVersion: number;
}
