import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, SESSION_COOKIE_NAMES, isProtectedPath } from "@/lib/server/auth/request-markers";
import { isHttpsRequest } from "@/lib/server/auth/environment";
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from "@/lib/server/auth/security-headers";

/**
 * Runs before every page and route (Next.js 16's proxy, formerly middleware).
 * 1. Sends visitors without a session cookie away from protected pages: a
 *    cheap redirect by cookie presence only. It is never the only check;
 *    every page, action and service authorises again against the database.
 * 2. Puts security headers on every response, with a per-request CSP nonce
 *    that Next.js reads from the request's CSP header and puts on its scripts.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isHttps = isHttpsRequest(request.headers);
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development", isHttps });

  const hasSessionCookie = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (isProtectedPath(pathname) && !hasSessionCookie) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }

  response.headers.set("Content-Security-Policy", csp);
  const sendHsts = isHttps && process.env.NODE_ENV === "production";
  for (const [name, value] of Object.entries(staticSecurityHeaders({ sendHsts }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets, which carry no user content and are served immutable.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
