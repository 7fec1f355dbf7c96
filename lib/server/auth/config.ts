import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/server/db";
import { verifyCredentials } from "@/lib/server/services/users/verify-credentials";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "./client-ip";
import { getAuthSecret } from "./secret";
import { findSessionUser, openAuthSession, revokeAuthSession } from "./session-store";
import { SESSION_MAX_AGE_SECONDS, claimsFrom, sessionCookie } from "./session-token";

const SESSION_ENDED = "Session ended";

/** The user object authorize() hands to the jwt callback. */
type AuthorizedUser = User & { id: string; tokenVersion: number };

/**
 * next-auth v4 options: a Credentials provider and JWT sessions whose cookie
 * and claims match the sessions our server actions start (see session.ts), so
 * /api/auth/* (session, signout, the credentials callback for programmatic
 * sign-in) and the app agree. Built per request (the cookie's Secure flag
 * follows the request's scheme), never at import, so `next build` does not
 * need the production secret.
 */
export function getAuthOptions(isHttps: boolean): NextAuthOptions {
  const cookie = sessionCookie(isHttps);
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse({ email: credentials?.email, password: credentials?.password });
          if (!parsed.success) return null;
          const result = await verifyCredentials(getDb(), { ...parsed.data, ip: clientIp(request.headers ?? {}) });
          // A thrown message reaches the client as `error`; null becomes "CredentialsSignin".
          if (!result.ok && result.reason === "throttled") throw new Error(result.message);
          if (!result.ok) return null;
          const user: AuthorizedUser = { id: result.user.id, name: result.user.name, email: result.user.email, tokenVersion: result.user.tokenVersion };
          return user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (!user) return token;
        // Sign-in through the credentials callback: record the session like startSession() does.
        const signedIn = user as AuthorizedUser;
        const { sid } = await openAuthSession(getDb(), signedIn.id, new Date(), SESSION_MAX_AGE_SECONDS);
        return { sub: signedIn.id, sid, tv: signedIn.tokenVersion };
      },
      async session({ session, token }) {
        const claims = claimsFrom(token);
        const user = claims ? await findSessionUser(getDb(), claims, new Date()) : null;
        // Throwing makes next-auth clear the cookie of a revoked or outdated session.
        if (!user) throw new Error(SESSION_ENDED);
        return { expires: session.expires, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked or outdated session reaching /api/auth/session is expected, not an error.
        if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      async signOut({ token }) {
        const claims = claimsFrom(token);
        if (claims) await revokeAuthSession(getDb(), claims.sid, new Date());
      },
    },
  };
}
