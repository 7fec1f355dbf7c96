import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getDb } from "@/lib/server/db";
import { isHttpsRequest } from "./environment";
import { findSessionUser, openAuthSession, revokeAuthSession, type SessionUser } from "./session-store";
import { SESSION_MAX_AGE_SECONDS, decodeSessionToken, encodeSessionToken, sessionCookie } from "./session-token";

export type { SessionUser } from "./session-store";

/** This request's session cookie name and attributes (Secure over HTTPS only). */
async function currentSessionCookie() {
  return sessionCookie(isHttpsRequest(await headers()));
}

/**
 * The signed-in user for this request, or null. Decodes the session cookie,
 * then re-reads the user and the AuthSession row, so a revoked or expired
 * session, a bumped tokenVersion or a changed role all apply at once.
 * Memoised per request with React `cache`: the layout and the page share one
 * lookup.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const claims = await decodeSessionToken(jar.get((await currentSessionCookie()).name)?.value);
  if (!claims) return null;
  return findSessionUser(getDb(), claims, new Date());
});

/**
 * Starts a session for a user who has just proved who they are (sign-in or
 * sign-up): records an AuthSession row and sets the encrypted session cookie.
 * A session this browser already had is revoked, so it cannot linger.
 * Only from server actions and route handlers (they may set cookies).
 */
export async function startSession(user: { id: string; tokenVersion: number }): Promise<void> {
  const db = getDb();
  const jar = await cookies();
  const cookie = await currentSessionCookie();
  const now = new Date();
  const previous = await decodeSessionToken(jar.get(cookie.name)?.value);
  if (previous) await revokeAuthSession(db, previous.sid, now);

  const { sid, expiresAt } = await openAuthSession(db, user.id, now, SESSION_MAX_AGE_SECONDS);
  const token = await encodeSessionToken({ userId: user.id, sid, tokenVersion: user.tokenVersion });
  jar.set(cookie.name, token, { ...cookie.options, expires: expiresAt });
}

/**
 * Ends this browser's session: revokes its AuthSession row (so a copy of the
 * cookie stops working everywhere) and clears the cookie.
 */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const cookie = await currentSessionCookie();
  const claims = await decodeSessionToken(jar.get(cookie.name)?.value);
  if (claims) await revokeAuthSession(getDb(), claims.sid, new Date());
  // Set-with-maxAge-0 rather than delete(): a __Secure- cookie can only be
  // overwritten by a Set-Cookie that repeats the Secure attribute.
  jar.set(cookie.name, "", { ...cookie.options, maxAge: 0 });
}
