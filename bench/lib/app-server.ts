/**
 * What the HTTP benchmarks share: the production build to serve, a
 * `next start` on a free 127.0.0.1 port with its own database and session
 * secret, and a signed-in learner (session cookie minted with next-auth's
 * `encode` and that secret).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { Db } from "@/lib/server/db";

export const ROOT = path.resolve(__dirname, "..", "..");
/** The build to serve: GROUNDWORK_DIST_DIR (next.config.js's distDir), as for `next start`. */
export const DIST_DIR = process.env.GROUNDWORK_DIST_DIR || ".next";

/** Why the build cannot be benchmarked (missing, or older than a route the bench needs), or null. */
export function buildProblem(routeFiles: string[]): string | null {
  if (!existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return `there is no production build in ${DIST_DIR}`;
  const missing = routeFiles.find((file) => !existsSync(path.join(ROOT, DIST_DIR, "server", "app", file)));
  return missing ? `the build in ${DIST_DIR} predates ${missing}` : null;
}

export function exitForBuild(bench: string, routeFiles: string[]): void {
  const problem = buildProblem(routeFiles);
  if (!problem) return;
  console.error(
    `bench/${bench}: ${problem}.\nBuild the app first:  npm run build   (or: GROUNDWORK_DIST_DIR=<dir> npx next build)\nthen run:  npm run bench -- ${bench}`,
  );
  process.exit(2);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface AppServer {
  base: string;
  child: ChildProcess;
  /** The server's stderr, last 4 kB. */
  log(): string;
  stop(): void;
}

/** A fresh session secret for one benchmark run: the server and the minted cookies share it. */
export function benchSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** `next start` on a free port against `databaseUrl`, with GROUNDWORK_BENCH=1; resolves once the bare route answers. */
export async function startAppServer(databaseUrl: string, secret: string): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: base,
      GROUNDWORK_BENCH: "1",
      GROUNDWORK_DEMO: "0",
    },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = () => {
    if (!child.pid || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM"); // the group: next start and the server it forks
    } catch {
      child.kill("SIGTERM");
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${base}/api/bench/bare`)).ok) return { base, child, log: () => stderr, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer within 60 s: ${stderr}`);
}

/** A session cookie for `userId`, on a new AuthSession row. */
export async function sessionCookie(db: Db, userId: string, secret: string): Promise<string> {
  const session = await db.authSession.create({ data: { userId, expiresAt: new Date(Date.now() + 86_400_000) } });
  const token = await encode({ token: { sub: userId, sid: session.id, tv: 0 }, secret, maxAge: 86_400 });
  return `next-auth.session-token=${token}`;
}

/** CPU milliseconds (user + system) used so far by every process in the group `pgid` (Linux /proc; null elsewhere). */
export function groupCpuMs(pgid: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
