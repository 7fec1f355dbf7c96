/**
 * Benchmark of the learner's page data for a learner with a year behind them
 * (`npm run bench -- learner-pages`): getDashboard, getReviewSummary and
 * getProgress, called as the dashboard, review and progress pages call them.
 *
 * One learner answered a 20-item practice quiz every day for 365 days (7,300
 * answers, a review log per answer, FactMemory for every fact they met), on
 * a fresh SQLite and a fresh PostgreSQL database, deleted at the end. Per
 * page: p50 / p95 over RUNS calls after a warm-up, against a baseline from
 * the same run: one raw SELECT of the learner's answer times of the year (the
 * rows the streak and the accuracy chart are built from, with no work on them).
 *
 * Our bar (the issues set none for these pages): every page's data in < 100 ms (p95) for this learner.
 */
import { ensureReactServerCondition } from "./lib/react-server";
import { scratchPostgres, scratchSqlite } from "./lib/scratch-databases";
import { timeRuns } from "./lib/timing";

ensureReactServerCondition(__filename);

const DAYS = 365;
const ITEMS_PER_DAY = 20;
const RUNS = 30;
const WARM_UP = 5;
const BAR_MS = 100;
const TIME_ZONE = "Asia/Karachi";
const DAY_MS = 24 * 60 * 60 * 1000;

interface Row {
  database: string;
  page: string;
  p50: number;
  p95: number;
}

async function main(): Promise<void> {
  const { createDb, Prisma } = await import("@/lib/server/db");
  const { cuid } = await import("@/lib/server/db/cuid");
  const { migrateDatabase } = await import("@/lib/server/db/migrations/run-migrations");
  const { syncAllPacks } = await import("@/lib/server/services/content/sync-all-packs");
  const { createAttemptRecord } = await import("@/lib/server/services/learn/create-attempt-record");
  const { getDashboard } = await import("@/lib/server/services/learn/get-dashboard");
  const { getProgress } = await import("@/lib/server/services/learn/get-progress");
  const { getReviewSummary } = await import("@/lib/server/services/review/get-review-summary");
  const { columnsFromCard, emptyCard, nextCard, ratingFor } = await import("@/lib/server/services/review/fsrs-memory");
  const { correctResponse, wrongResponse } = await import("@/tests/integration/learn/learn-helpers");
  type Db = ReturnType<typeof createDb>;

  /** A year of daily practice, written in bulk: attempts drawn by the engine, every item answered (3 in 4 right). */
  async function seedYear(db: Db, now: Date): Promise<{ id: string }> {
    await syncAllPacks(db);
    const pack = await db.pack.findFirstOrThrow({ select: { id: true, modules: { where: { retiredAt: null }, select: { slug: true } } } });
    const factIdBySlug = new Map((await db.fact.findMany({ where: { packId: pack.id }, select: { id: true, slug: true } })).map((fact) => [fact.slug, fact.id]));
    const learner = await db.user.create({ data: { email: "year-long@example.com", name: "Year-long learner", passwordHash: "$argon2id$unused" } });
    const cards = new Map<string, ReturnType<typeof emptyCard> & { seen: number; correct: number }>();
    for (let day = DAYS - 1; day >= 0; day--) {
      const at = new Date(now.getTime() - day * DAY_MS - 2 * 60 * 60 * 1000);
      const attemptId = await createAttemptRecord(db, learner, { mode: "practice", packId: pack.id, moduleSlugs: pack.modules.map((module) => module.slug), count: ITEMS_PER_DAY, now: at });
      const items = await db.attemptItem.findMany({ where: { attemptId }, select: { id: true, position: true, type: true, factSlugs: true, client: true, key: true } });
      const responses = items.map((item) => {
        const isCorrect = (item.position + day) % 4 !== 0;
        const [client, key] = [JSON.parse(item.client), JSON.parse(item.key)];
        return { id: cuid(), item, isCorrect, answer: JSON.stringify(isCorrect ? correctResponse(client, key) : wrongResponse(client, key)), normalised: isCorrect ? key.expected : "" };
      });
      await db.response.createMany({
        data: responses.map(({ id, item, isCorrect, answer, normalised }) => ({ id, attemptItemId: item.id, userId: learner.id, answer, isCorrect, normalised, idempotencyKey: `year-${cuid()}`, answeredAt: at })),
      });
      const logs = responses.flatMap(({ id, item, isCorrect }) =>
        (JSON.parse(item.factSlugs) as string[]).flatMap((slug) => {
          const factId = factIdBySlug.get(slug);
          if (!factId) return [];
          const rating = ratingFor(isCorrect, 9000, item.type as Parameters<typeof ratingFor>[2]);
          const card = cards.get(factId) ?? { ...emptyCard(at), seen: 0, correct: 0 };
          cards.set(factId, { ...nextCard(card, at, rating), seen: card.seen + 1, correct: card.correct + (isCorrect ? 1 : 0) });
          return [{ id: cuid(), userId: learner.id, factId, responseId: id, rating, reviewedAt: at }];
        }),
      );
      await db.reviewLog.createMany({ data: logs });
      await db.attempt.update({ where: { id: attemptId }, data: { status: "submitted", submittedAt: at, score: responses.filter((r) => r.isCorrect).length, maxScore: items.length } });
    }
    await db.factMemory.createMany({
      data: [...cards].map(([factId, card]) => ({ userId: learner.id, factId, ...columnsFromCard(card), seen: card.seen, correct: card.correct })),
    });
    return learner;
  }

  async function measure(database: string, url: string, cleanup: () => Promise<void>): Promise<Row[]> {
    await migrateDatabase(url);
    const db = createDb(url);
    try {
      const now = new Date();
      const started = performance.now();
      const learner = await seedYear(db, now);
      const answers = await db.response.count({ where: { userId: learner.id } });
      console.log(`[${database}] seeded ${answers} answers over ${DAYS} days in ${Math.round(performance.now() - started)} ms`);
      const user = { id: learner.id, role: "student" as const };
      const since = new Date(now.getTime() - 366 * DAY_MS);
      const pages: [string, () => Promise<unknown>][] = [
        ["baseline: one raw SELECT of the year's answer times", () => db.$queryRaw(Prisma.sql`SELECT "answeredAt" FROM "Response" WHERE "userId" = ${learner.id} AND "answeredAt" >= ${since}`)],
        ["getDashboard", () => getDashboard(user, { db, now, timeZone: TIME_ZONE })],
        ["getReviewSummary", () => getReviewSummary(user, now, { db, timeZone: TIME_ZONE })],
        ["getProgress", () => getProgress(user, { db, now, timeZone: TIME_ZONE })],
      ];
      const rows: Row[] = [];
      for (const [page, run] of pages) rows.push({ database, page, ...(await timeRuns(run, { runs: RUNS, warmUp: WARM_UP })) });
      return rows;
    } finally {
      await db.$disconnect();
      await cleanup();
    }
  }

  const rows: Row[] = [];
  const sqlite = scratchSqlite("learner-pages");
  rows.push(...(await measure("sqlite", sqlite.url, sqlite.drop)));
  try {
    const postgres = await scratchPostgres("learner-pages");
    rows.push(...(await measure("postgresql", postgres.url, postgres.drop)));
  } catch (error) {
    console.log(`[postgresql] skipped: ${(error as Error).message}`);
  }

  console.log(`\nLearner page data, one learner with ${DAYS * ITEMS_PER_DAY} answers over ${DAYS} days (${RUNS} runs after ${WARM_UP} warm-ups)`);
  console.log("| database   | page data                                           | p50 ms | p95 ms |");
  console.log("|------------|-----------------------------------------------------|-------:|-------:|");
  for (const row of rows) {
    const mark = row.page.startsWith("baseline") ? "  " : row.p95 < BAR_MS ? " ✓" : " ✗";
    console.log(`| ${row.database.padEnd(10)} | ${row.page.padEnd(51)} | ${row.p50.toFixed(1).padStart(6)} | ${row.p95.toFixed(1).padStart(6)}${mark} |`);
  }
  console.log(`\nBar: every page's data p95 < ${BAR_MS} ms.`);
}

main().catch((error) => {
  console.error("bench/learner-pages failed:", error);
  process.exit(1);
});
