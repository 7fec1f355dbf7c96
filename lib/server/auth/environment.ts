import path from "node:path";
import { databaseProvider } from "@/lib/server/db/database-url";

type Env = Record<string, string | undefined>;

/** Where Groundwork keeps generated local state (SQLite file, dev secret, demo credentials); gitignored. */
export function dataDirectory(env: Env = process.env): string {
  // turbopackIgnore: runtime state, not a file of the app to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.GROUNDWORK_DATA_DIR ?? ".data");
}

/**
 * Demo mode (demo accounts, their credentials on the sign-in page, a generated
 * session secret). GROUNDWORK_DEMO=1/0 decides; otherwise it is on for SQLite
 * and for PostgreSQL outside production, off for PostgreSQL in production.
 */
export function isDemoMode(env: Env = process.env): boolean {
  const flag = env.GROUNDWORK_DEMO?.trim().toLowerCase();
  if (flag === "1" || flag === "true" || flag === "on") return true;
  if (flag === "0" || flag === "false" || flag === "off") return false;
  return databaseProvider(env.DATABASE_URL) === "sqlite" || env.NODE_ENV !== "production";
}

/** Anything with a `get(name)` for request headers: Headers, Next's ReadonlyHeaders. */
export type HeaderReader = { get(name: string): string | null };

/**
 * Whether this request reached the app over HTTPS, which turns on Secure
 * session cookies (with the __Secure- prefix), HSTS and
 * upgrade-insecure-requests. NEXTAUTH_URL's scheme decides when it is set;
 * otherwise X-Forwarded-Proto, which Next.js fills from the socket (or a TLS
 * proxy passes on). Per request, not per NODE_ENV: a production build served
 * over plain http (`npm start` on a laptop, a LAN demo reached from phones)
 * would otherwise set cookies the browser drops, and sign-in could never stick.
 * A client that forges the header only changes its own cookie's attributes.
 */
export function isHttpsRequest(headers: HeaderReader, env: Env = process.env): boolean {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return true;
  if (env.NEXTAUTH_URL?.startsWith("http://")) return false;
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
