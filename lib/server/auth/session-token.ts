import { decode, encode } from "next-auth/jwt";
import { getAuthSecret } from "./secret";
import { SESSION_COOKIE_NAMES } from "./request-markers";

/** How long a session lasts from sign-in (an absolute limit: the AuthSession row expires then). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** What the encrypted session cookie carries; everything else is read from the database. */
export type SessionClaims = {
  /** User.id */
  userId: string;
  /** AuthSession.id: revoking that row ends this session at once. */
  sid: string;
  /** User.tokenVersion when the session began; bumping it ends every session of the user. */
  tokenVersion: number;
};

/**
 * The session cookie: next-auth's own name and attributes (HttpOnly,
 * SameSite=Lax, path /; Secure with the __Secure- prefix over HTTPS, see
 * `isHttpsRequest`), so sessions started by our server actions and by
 * next-auth's credentials callback are the same cookie.
 */
export function sessionCookie(secure: boolean) {
  return {
    name: secure ? SESSION_COOKIE_NAMES[1] : SESSION_COOKIE_NAMES[0],
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** Encrypts the claims into a next-auth JWT (JWE, A256GCM with a key derived from the secret). */
export async function encodeSessionToken(claims: SessionClaims, maxAgeSeconds = SESSION_MAX_AGE_SECONDS): Promise<string> {
  return encode({
    token: { sub: claims.userId, sid: claims.sid, tv: claims.tokenVersion },
    secret: getAuthSecret(),
    maxAge: maxAgeSeconds,
  });
}

/**
 * The claims of a session token, or null when it is forged, expired, from another secret or malformed.
 *
 * Decrypting costs about 0.1 ms of CPU (a key derivation, then AES-GCM) and every signed-in
 * request does it, always for the same few cookies: a token that decrypted once is remembered,
 * with its secret and expiry, so the next request with it skips the crypto. Only tokens that
 * decrypted are kept, and at most DECODED_KEPT of them. Revocation is unaffected: every request
 * still reads the session row (findSessionUser).
 */
export async function decodeSessionToken(token: string | undefined): Promise<SessionClaims | null> {
  if (!token || token.length > 8192) return null;
  const secret = getAuthSecret();
  const known = decoded.get(token);
  if (known && known.secret === secret && Date.now() < known.expiresAtMs) return known.claims;
  try {
    const payload = await decode({ token, secret });
    const claims = claimsFrom(payload);
    if (claims && typeof payload?.exp === "number") remember(token, { claims, secret, expiresAtMs: payload.exp * 1000 });
    return claims;
  } catch {
    return null;
  }
}

const DECODED_KEPT = 1000;
const decoded = new Map<string, { claims: SessionClaims; secret: string; expiresAtMs: number }>();

function remember(token: string, entry: { claims: SessionClaims; secret: string; expiresAtMs: number }): void {
  // Oldest first out: a Map iterates in insertion order.
  if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value as string);
  decoded.set(token, { ...entry, claims: Object.freeze(entry.claims) });
}

/** Reads our claims out of a decoded next-auth JWT payload, or null if any is missing. */
export function claimsFrom(payload: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!payload) return null;
  const { sub, sid, tv } = payload;
  if (typeof sub !== "string" || typeof sid !== "string" || typeof tv !== "number" || !Number.isInteger(tv)) return null;
  return { userId: sub, sid, tokenVersion: tv };
}
