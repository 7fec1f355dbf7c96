/**
 * Benchmark of the teacher's page data (`npm run bench -- gradebook`, or
 * `npx tsx bench/gradebook.ts`): getGradebook, getItemAnalysis (one
 * assignment, and the whole class by module) and getFactMastery, called as
 * the pages call them, for one class of 40 students × 20 assignments × 20
 * items with every item answered.
 *
 * - SQLite and PostgreSQL, each a throw-away database seeded here (real
 *   pack, quizzes drawn by the engine, rows bulk-inserted with createMany)
 *   and deleted at the end. Handed-in attempts carry the analysis digest
 *   closing an attempt writes (built with the same buildAnalysisDigest).
 * - PostgreSQL again as a school: 199 more classes of 40 students × 20
 *   assignments added with INSERT … SELECT generate_series (their attempts
 *   hold 5 answered items each, and their digests, to keep seeding in
 *   seconds), then the same class measured again.
 * - Per database, once: the first whole-class analysis after the class's
 *   digests are dropped (the lazy backfill of attempts closed before digests
 *   existed), checked to give the same figures.
 * - Per page: p50 / p95 over RUNS calls after a warm-up, and the number of
 *   SQL statements one call sends (Prisma's query events, which the driver
 *   adapters emit), against baselines measured in the same run: one indexed
 *   SELECT of the class's enrollments, and one raw SQL read of every
 *   answered item of the class (the rows the analysis read before digests,
 *   with no work on them).
 *
 * Goal: p50 and p95 < 150 ms for one class.
 */
import { spawnSync } from "node:child_process";
import type { DigestSourceItem } from "@/lib/server/services/teach/analysis/analysis-digest";
import { scratchPostgres, scratchSqlite, type ScratchDatabase } from "./lib/scratch-databases";
import { timeRuns } from "./lib/timing";

// The services import "server-only", which resolves only under the react-server condition.
if (process.env.GW_BENCH_GRADEBOOK_CHILD !== "1") {
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", __filename], {
    stdio: "inherit",
    env: { ...process.env, GW_BENCH_GRADEBOOK_CHILD: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit(child.status ?? 1);
}

const STUDENTS = 40;
const ASSIGNMENTS = 20;
const ITEMS = 20;
const SCHOOL_CLASSES = 200;
const SCHOOL_ITEMS = 5;
const RUNS = 30;
const WARM_UP = 5;
const CHUNK = 500;
const GOAL_MS = 150;

interface Row {
  database: string;
  page: string;
  p50: number;
  p95: number;
  queries: number;
}

function id(prefix: string, ...parts: (string | number)[]): string {
  return [prefix, ...parts].join("_");
}

async function main(): Promise<void> {
  const pg = (await import("pg")).default;
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient: SqliteClient } = await import("@/lib/server/generated/sqlite/client");
  const { PrismaClient: PostgresClient } = await import("@/lib/server/generated/postgresql/client");
  const { generateQuiz } = await import("@/lib/engine");
  const { migrateDatabase } = await import("@/lib/server/db/migrations/run-migrations");
  const { syncAllPacks } = await import("@/lib/server/services/content/sync-all-packs");
  const { loadQuizPack } = await import("@/lib/server/services/learn/quiz-pack");
  const { getGradebook } = await import("@/lib/server/services/teach/gradebook/get-gradebook");
  const { getItemAnalysis } = await import("@/lib/server/services/teach/analysis/get-item-analysis");
  const { getFactMastery } = await import("@/lib/server/services/teach/analysis/get-fact-mastery");
  const { buildAnalysisDigest } = await import("@/lib/server/services/teach/analysis/analysis-digest");
  type Db = InstanceType<typeof SqliteClient>;

  const now = new Date("2026-06-30T12:00:00Z");
  const DAY = 86_400_000;

  /** A client that counts the SQL statements it sends (query events: the adapters emit one per statement). */
  function countingClient(provider: "sqlite" | "postgresql", url: string): { db: Db; statements: () => number } {
    let count = 0;
    const log = [{ emit: "event" as const, level: "query" as const }];
    const client =
      provider === "sqlite"
        ? new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") }), log })
        : (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log }) as unknown as InstanceType<typeof SqliteClient>);
    (client as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      count++;
    });
    return { db: client, statements: () => count };
  }

  async function createMany<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
    for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
  }

  /** One class: a teacher, 40 students, 20 assignments, an attempt per student and assignment with 20 answered items (a few left open or missing). */
  async function seedClass(db: Db): Promise<{ teacher: { id: string; role: "teacher" }; classId: string; assignmentId: string }> {
    await syncAllPacks(db);
    const pack = await db.pack.findFirstOrThrow({ select: { id: true, modules: { where: { retiredAt: null }, select: { slug: true } } } });
    const quizPack = loadQuizPack(pack.id);
    const moduleSlugs = pack.modules.map((row) => row.slug);
    const teacherId = id("t", 1);
    const classId = id("c", 1);
    await db.user.createMany({
      data: [
        { id: teacherId, email: "teacher-1@bench.example", name: "Teacher 1", passwordHash: "x", role: "teacher" },
        ...Array.from({ length: STUDENTS }, (_, s) => ({ id: id("s", 1, s), email: `s-1-${s}@bench.example`, name: `Student ${String(s).padStart(2, "0")}`, passwordHash: "x" })),
      ],
    });
    await db.classroom.create({ data: { id: classId, name: "Bench class 1", joinCode: "BENCH0001", ownerId: teacherId, teachers: { create: { userId: teacherId, role: "owner" } } } });
    // Joined before the first assignment opened: none of the work is due before they joined (and so excused).
    await db.enrollment.createMany({ data: Array.from({ length: STUDENTS }, (_, s) => ({ classId, userId: id("s", 1, s), joinedAt: new Date(now.getTime() - 60 * DAY) })) });
    await db.assignment.createMany({
      data: Array.from({ length: ASSIGNMENTS }, (_, a) => ({
        id: id("a", 1, a),
        classId,
        title: `Assignment ${a + 1}`,
        packId: pack.id,
        moduleSlugs: JSON.stringify(moduleSlugs),
        itemCount: ITEMS,
        types: "[]",
        mode: "assessment",
        attemptsAllowed: 1,
        opensAt: new Date(now.getTime() - (40 - a) * DAY),
        // Half the assignments are past due (submitted / late / missing), half still open.
        dueAt: new Date(now.getTime() + (a - ASSIGNMENTS / 2) * DAY),
        showAnswersAfterDue: false,
        createdById: teacherId,
      })),
    });

    const attempts: {
      id: string;
      userId: string;
      mode: string;
      packId: string;
      moduleSlugs: string;
      seed: string;
      status: string;
      startedAt: Date;
      submittedAt: Date | null;
      score: number | null;
      maxScore: number | null;
      assignmentId: string;
      analysisDigest: string | null;
    }[] = [];
    const items: { id: string; attemptId: string; position: number; type: string; factSlugs: string; client: string; key: string }[] = [];
    const responses: { id: string; attemptItemId: string; userId: string; answer: string; isCorrect: boolean; normalised: string; idempotencyKey: string; answeredAt: Date; timeMs: number }[] = [];
    for (let a = 0; a < ASSIGNMENTS; a++) {
      for (let s = 0; s < STUDENTS; s++) {
        const kind = (s + a) % 20; // 1 in 20 never started, 1 in 20 left in progress
        if (kind === 0) continue;
        const attemptId = id("at", 1, a, s);
        const startedAt = new Date(now.getTime() + (a - ASSIGNMENTS / 2 - 2) * DAY);
        const quiz = generateQuiz(quizPack, { modules: moduleSlugs, count: ITEMS, seed: `bench-${a}-${s}` });
        let score = 0;
        const digestSource: DigestSourceItem[] = [];
        quiz.items.forEach((item, position) => {
          const key = quiz.key[item.id];
          if (!key) throw new Error("item without key");
          const itemId = id("ai", 1, a, s, position);
          items.push({ id: itemId, attemptId, position, type: item.type, factSlugs: JSON.stringify(key.factIds), client: JSON.stringify(item), key: JSON.stringify(key) });
          // Stronger students (higher s) are right more often; a fixed pattern keeps runs comparable.
          const isCorrect = (s * 7 + position * 13 + a * 3) % 100 < 35 + s;
          if (isCorrect) score++;
          const options = "options" in item && item.options ? item.options : [];
          const keyId = key.answer.kind === "option" ? key.answer.optionId : null;
          const chosen = isCorrect ? keyId : (options.find((option) => option.id !== keyId)?.id ?? null);
          const answer = JSON.stringify(chosen ? { optionId: chosen } : { text: "answer" });
          digestSource.push({ position, type: item.type, factSlugs: JSON.stringify(key.factIds), client: JSON.stringify(item), key: JSON.stringify(key), response: { answer, isCorrect } });
          responses.push({
            id: id("r", 1, a, s, position),
            attemptItemId: itemId,
            userId: id("s", 1, s),
            answer,
            isCorrect,
            normalised: options.find((option) => option.id === chosen)?.text ?? "answer",
            idempotencyKey: `${attemptId}-${position}`,
            answeredAt: new Date(startedAt.getTime() + (position + 1) * 20_000),
            timeMs: 20_000,
          });
        });
        const isOpen = kind === 1;
        attempts.push({
          id: attemptId,
          userId: id("s", 1, s),
          mode: "assessment",
          packId: pack.id,
          moduleSlugs: JSON.stringify(moduleSlugs),
          seed: `bench-${a}-${s}`,
          status: isOpen ? "in_progress" : "submitted",
          startedAt,
          submittedAt: isOpen ? null : new Date(startedAt.getTime() + (s % 5 === 0 ? 3 : 1) * DAY),
          score: isOpen ? null : score,
          maxScore: isOpen ? null : quiz.items.length,
          assignmentId: id("a", 1, a),
          // What closing the attempt stores (closeAttemptRecord), built by the same function.
          analysisDigest: isOpen ? null : buildAnalysisDigest(digestSource),
        });
      }
    }
    await createMany(attempts, (chunk) => db.attempt.createMany({ data: chunk }));
    await createMany(items, (chunk) => db.attemptItem.createMany({ data: chunk }));
    await createMany(responses, (chunk) => db.response.createMany({ data: chunk }));
    return { teacher: { id: teacherId, role: "teacher" }, classId, assignmentId: id("a", 1, 0) };
  }

  /** 199 more classes of 40 students × 20 assignments, each attempt with 5 answered items, server-side (PostgreSQL only). */
  async function seedSchool(client: InstanceType<typeof pg.Client>): Promise<void> {
    const sample = await client.query<{ client: string; key: string; type: string; factSlugs: string; packId: string }>(
      `SELECT i."client", i."key", i."type", i."factSlugs", a."packId" FROM "AttemptItem" i JOIN "Attempt" a ON a."id" = i."attemptId" LIMIT 1`,
    );
    const row = sample.rows[0];
    if (!row) throw new Error("seed the measured class first");
    const classes = `generate_series(2, ${SCHOOL_CLASSES}) c`;
    const [packId, at] = [row.packId, now.toISOString()];
    // Every seeded attempt holds the same items, right at the even positions when its id's length is even and at the odd ones
    // otherwise (the Response rule below): two digests, built by the product's function, cover them all.
    const digestFor = (parity: number) =>
      buildAnalysisDigest(
        Array.from({ length: SCHOOL_ITEMS }, (_, position) => ({ position, ...row, response: { answer: '{"text":"answer"}', isCorrect: (position + parity) % 2 === 0 } })),
      );
    const statements: [string, unknown[]][] = [
      [`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") SELECT 't_' || c, 'teacher-' || c || '@bench.example', 'Teacher ' || c, 'x', 'teacher', now() FROM ${classes}`, []],
      [
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
           SELECT 's_' || c || '_' || s, 's-' || c || '-' || s || '@bench.example', 'Student ' || s, 'x', 'student', now() FROM ${classes}, generate_series(0, ${STUDENTS - 1}) s`,
        [],
      ],
      [`INSERT INTO "Classroom" ("id", "name", "joinCode", "ownerId") SELECT 'c_' || c, 'Bench class ' || c, 'BENCH' || lpad(c::text, 4, '0'), 't_' || c FROM ${classes}`, []],
      [`INSERT INTO "ClassTeacher" ("classId", "userId", "role") SELECT 'c_' || c, 't_' || c, 'owner' FROM ${classes}`, []],
      [
        `INSERT INTO "Enrollment" ("classId", "userId", "joinedAt") SELECT 'c_' || c, 's_' || c || '_' || s, $1::timestamp - interval '60 days' FROM ${classes}, generate_series(0, ${STUDENTS - 1}) s`,
        [at],
      ],
      [
        `INSERT INTO "Assignment" ("id", "classId", "title", "packId", "moduleSlugs", "itemCount", "types", "mode", "attemptsAllowed", "opensAt", "dueAt", "showAnswersAfterDue", "createdById")
           SELECT 'a_' || c || '_' || a, 'c_' || c, 'Assignment ' || a, $1, '[]', ${SCHOOL_ITEMS}, '[]', 'assessment', 1, $2::timestamp - interval '40 days',
                  $2::timestamp + (a - 10) * interval '1 day', false, 't_' || c
           FROM ${classes}, generate_series(0, ${ASSIGNMENTS - 1}) a`,
        [packId, at],
      ],
      [
        `INSERT INTO "Attempt" ("id", "userId", "mode", "packId", "moduleSlugs", "seed", "status", "startedAt", "submittedAt", "score", "maxScore", "assignmentId", "analysisDigest")
           SELECT 'at_' || c || '_' || a || '_' || s, 's_' || c || '_' || s, 'assessment', $1, '[]', 'x', 'submitted', $2::timestamp - interval '12 days',
                  $2::timestamp - interval '11 days', (s + a) % ${SCHOOL_ITEMS + 1}, ${SCHOOL_ITEMS}, 'a_' || c || '_' || a,
                  CASE WHEN length('at_' || c || '_' || a || '_' || s) % 2 = 0 THEN $3 ELSE $4 END
           FROM ${classes}, generate_series(0, ${ASSIGNMENTS - 1}) a, generate_series(0, ${STUDENTS - 1}) s`,
        [packId, at, digestFor(0), digestFor(1)],
      ],
      [
        `INSERT INTO "AttemptItem" ("id", "attemptId", "position", "type", "factSlugs", "client", "key")
           SELECT "id" || '_' || p, "id", p, $1, $2, $3, $4 FROM "Attempt", generate_series(0, ${SCHOOL_ITEMS - 1}) p WHERE "assignmentId" NOT LIKE 'a\\_1\\_%'`,
        [row.type, row.factSlugs, row.client, row.key],
      ],
      [
        `INSERT INTO "Response" ("id", "attemptItemId", "userId", "answer", "isCorrect", "idempotencyKey", "answeredAt", "timeMs")
           SELECT 'r_' || i."id", i."id", a."userId", '{"text":"answer"}', (i."position" + length(a."id")) % 2 = 0, i."id", a."submittedAt", 20000
           FROM "AttemptItem" i JOIN "Attempt" a ON a."id" = i."attemptId" WHERE a."assignmentId" NOT LIKE 'a\\_1\\_%'`,
        [],
      ],
      [`ANALYZE`, []],
    ];
    for (const [sql, params] of statements) await client.query(sql, params);
  }

  async function measure(label: string, statements: () => number, work: () => Promise<unknown>): Promise<Row> {
    for (let i = 0; i < WARM_UP; i++) await work();
    const before = statements();
    await work();
    const queries = statements() - before;
    return { database: "", page: label, ...(await timeRuns(work, { runs: RUNS, warmUp: 0 })), queries };
  }

  /**
   * The cold case, once: the first whole-class analysis after the class's digests are dropped (attempts closed before
   * digests existed), which digests every attempt from its rows and stores the digests. Checks the figures match.
   */
  async function measureBackfill(db: Db, statements: () => number, work: () => Promise<unknown>, classId: string): Promise<Row> {
    const warm = JSON.stringify(await work());
    await db.attempt.updateMany({ where: { assignment: { classId } }, data: { analysisDigest: null } });
    const before = statements();
    const start = performance.now();
    const cold = JSON.stringify(await work());
    const elapsed = performance.now() - start;
    const queries = statements() - before;
    if (cold !== warm) throw new Error("the backfilled analysis differs from the one read from stored digests");
    const missing = await db.attempt.count({ where: { assignment: { classId }, status: { not: "in_progress" }, analysisDigest: null } });
    if (missing > 0) throw new Error(`${missing} attempts were not backfilled`);
    return { database: "", page: "getItemAnalysis, whole class, backfilling digests (1 run)", p50: elapsed, p95: elapsed, queries };
  }

  async function measurePages(database: string, db: Db, statements: () => number, fixture: Awaited<ReturnType<typeof seedClass>>): Promise<Row[]> {
    const options = { db, now };
    const { teacher, classId, assignmentId } = fixture;
    const rows = [
      await measure("baseline: one indexed SELECT of the class's enrollments", statements, () => db.enrollment.findMany({ where: { classId, removedAt: null } })),
      await measure("baseline: one raw SELECT of every answered item of the class", statements, () =>
        db.$queryRaw`SELECT i."id", i."client", i."key", r."answer", r."isCorrect" FROM "AttemptItem" i JOIN "Attempt" a ON a."id" = i."attemptId" JOIN "Assignment" s ON s."id" = a."assignmentId" LEFT JOIN "Response" r ON r."attemptItemId" = i."id" WHERE s."classId" = ${classId}`,
      ),
      await measure("getGradebook (40 × 20)", statements, () => getGradebook(teacher, classId, options)),
      await measure("getItemAnalysis, one assignment", statements, () => getItemAnalysis(teacher, { assignmentId }, options)),
      await measure("getItemAnalysis, whole class by module (16,000 answers)", statements, () => getItemAnalysis(teacher, { classId }, options)),
      await measure("getFactMastery", statements, () => getFactMastery(teacher, classId, options)),
      await measureBackfill(db, statements, () => getItemAnalysis(teacher, { classId }, options), classId),
    ];
    return rows.map((row) => ({ ...row, database }));
  }

  const results: Row[] = [];
  const t0 = performance.now();

  // SQLite: a file in a temporary folder.
  const sqlite = scratchSqlite("gradebook");
  try {
    await migrateDatabase(sqlite.url);
    const { db, statements } = countingClient("sqlite", sqlite.url);
    const seedStart = performance.now();
    const fixture = await seedClass(db);
    console.log(`[sqlite] seeded 1 class (${STUDENTS} × ${ASSIGNMENTS} × ${ITEMS}) in ${Math.round(performance.now() - seedStart)} ms`);
    results.push(...(await measurePages("sqlite", db, statements, fixture)));
    await db.$disconnect();
  } finally {
    await sqlite.drop();
  }

  // PostgreSQL: a throw-away database on the test server, when one answers.
  let postgres: ScratchDatabase | undefined;
  try {
    postgres = await scratchPostgres("gradebook");
    const { url } = postgres;
    const { db, statements } = countingClient("postgresql", url);
    try {
      await migrateDatabase(url);
      const seedStart = performance.now();
      const fixture = await seedClass(db);
      console.log(`[postgresql] seeded 1 class in ${Math.round(performance.now() - seedStart)} ms`);
      results.push(...(await measurePages("postgresql", db, statements, fixture)));

      const school = new pg.Client({ connectionString: url });
      school.on("error", () => undefined);
      await school.connect();
      const schoolStart = performance.now();
      const counts = await seedSchool(school)
        .then(() => school.query<{ attempts: string; items: string }>(`SELECT (SELECT count(*) FROM "Attempt") AS attempts, (SELECT count(*) FROM "AttemptItem") AS items`))
        .finally(() => school.end());
      console.log(
        `[postgresql] seeded a school of ${SCHOOL_CLASSES} classes (${counts.rows[0]?.attempts} attempts, ${counts.rows[0]?.items} items) in ${Math.round(performance.now() - schoolStart)} ms`,
      );
      results.push(...(await measurePages(`postgresql, school of ${SCHOOL_CLASSES}`, db, statements, fixture)));
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    console.log(`[postgresql] skipped: ${(error as Error).message}`);
  } finally {
    await postgres?.drop();
  }

  console.log(`\nTeacher page data, ${RUNS} runs each after ${WARM_UP} warm-up runs (goal: p50 and p95 < ${GOAL_MS} ms for one class)\n`);
  console.log("| database                     | page data                                                    | p50 ms | p95 ms | SQL statements |");
  console.log("| ---------------------------- | ------------------------------------------------------------ | -----: | -----: | -------------: |");
  for (const row of results) {
    const mark = row.page.startsWith("baseline") || row.page.includes("1 run") ? "" : row.p95 < GOAL_MS ? " ✓" : " ✗";
    console.log(`| ${row.database.padEnd(28)} | ${row.page.padEnd(60)} | ${row.p50.toFixed(1).padStart(6)} | ${row.p95.toFixed(1).padStart(6)} | ${String(row.queries).padStart(12)}${mark.padEnd(2)} |`);
  }
  console.log(`\nTotal time ${Math.round((performance.now() - t0) / 1000)} s.`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
