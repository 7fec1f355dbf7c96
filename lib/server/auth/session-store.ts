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
  // One query (session joined to its user): this runs on every signed-in request, and
  // each Prisma query costs a compile and a round trip.
  const session = await db.authSession.findUnique({
    where: { id: claims.sid },
    select: {
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, isDemo: true, tokenVersion: true } },
    },
  });
  if (!session) return null;
  const { user } = session;
  if (user.id !== claims.userId || session.revokedAt !== null || session.expiresAt <= now) return null;
  if (user.tokenVersion !== claims.tokenVersion || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, isDemo: user.isDemo, sessionId: claims.sid };
}
