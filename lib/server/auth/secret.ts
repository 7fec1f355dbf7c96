import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory, isDemoMode } from "./environment";

type Env = Record<string, string | undefined>;

const MIN_SECRET_LENGTH = 32;
let cached: string | undefined;

/**
 * The secret that encrypts session tokens. NEXTAUTH_SECRET when set; in
 * development and demo mode a random one generated once and kept in
 * .data/nextauth-secret, so restarts keep people signed in; in production
 * without demo mode a missing secret stops the server with a clear error.
 */
export function getAuthSecret(env: Env = process.env): string {
  if (cached) return cached;
  const configured = env.NEXTAUTH_SECRET?.trim();
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH && env.NODE_ENV === "production") {
      throw new Error(`NEXTAUTH_SECRET is too short (${configured.length} characters); use at least ${MIN_SECRET_LENGTH}, e.g. \`openssl rand -base64 32\`.`);
    }
    cached = configured;
    return cached;
  }
  if (env.NODE_ENV === "production" && !isDemoMode(env)) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Production needs a long random secret to sign sessions: set NEXTAUTH_SECRET (e.g. `openssl rand -base64 32`), or GROUNDWORK_DEMO=1 for a demo server that generates its own.",
    );
  }
  cached = readOrCreateLocalSecret(path.join(dataDirectory(env), "nextauth-secret"));
  return cached;
}

function readOrCreateLocalSecret(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= MIN_SECRET_LENGTH) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // "wx": if another process created it first, use theirs.
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
}
