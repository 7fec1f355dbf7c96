/**
 * A production server on a fresh SQLite database with the real pack, and one
 * signed-in learner with a practice quiz in progress: what the page
 * benchmarks (client JS, Lighthouse) load. Needs the react-server condition.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/server/db";
import { migrateDatabase } from "@/lib/server/db/migrations/run-migrations";
import { syncAllPacks } from "@/lib/server/services/content/sync-all-packs";
import { createAttemptRecord } from "@/lib/server/services/learn/create-attempt-record";
import { benchSecret, sessionCookie, startAppServer, type AppServer } from "./app-server";

export interface LearnerFixture {
  server: AppServer;
  /** `name=value` of the learner's session cookie. */
  cookie: string;
  paths: { dashboard: string; lesson: string; quiz: string; empty: string };
  close(): Promise<void>;
}

export async function startLearnerFixture(): Promise<LearnerFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gw-bench-pages-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await migrateDatabase(url);
  const db = createDb(url);
  try {
    await syncAllPacks(db);
    const pack = await db.pack.findFirstOrThrow({ select: { id: true, modules: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { slug: true } } } });
    const moduleSlugs = pack.modules.map((module) => module.slug);
    const user = await db.user.create({ data: { email: "bench-pages@example.com", name: "Bench Learner", passwordHash: "$argon2id$unused" } });
    const secret = benchSecret();
    const cookie = await sessionCookie(db, user.id, secret);
    const attemptId = await createAttemptRecord(db, { id: user.id }, { mode: "practice", packId: pack.id, moduleSlugs, count: 10, now: new Date() });
    const server = await startAppServer(url, secret);
    return {
      server,
      cookie,
      paths: { dashboard: "/dashboard", lesson: `/lessons/${moduleSlugs[0]}`, quiz: `/quiz/${attemptId}`, empty: "/bench/empty" },
      close: async () => {
        server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } finally {
    await db.$disconnect();
  }
}
