/**
 * Names shared by proxy.ts (which runs before any page and must stay free of
 * the database and next-auth) and the server-side auth code.
 */

/** The session cookie's names without and with the __Secure- prefix (production). */
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/**
 * Request header in which proxy.ts passes the requested path (and query) on
 * to the page, so `requireUser()` can send a signed-out visitor to
 * /sign-in?next=<that path>. The proxy always overwrites it, so a client
 * cannot choose it.
 */
export const REQUEST_PATH_HEADER = "x-groundwork-path";

/** Paths that need a signed-in user; the proxy redirects early, the pages check again. */
export const PROTECTED_PATH_PREFIXES = [
  "/dashboard",
  "/lessons",
  "/quiz",
  "/review",
  "/progress",
  "/classes",
  "/teach",
  "/account",
] as const;

/** True for a protected path or anything below it ("/teach" and "/teach/x", not "/teacher"). */
export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
