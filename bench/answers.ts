/**
 * Benchmark of answer submission through the real HTTP API
 * (`npm run bench -- answers`, or `npx tsx bench/answers.ts`).
 *
 * Against the production build (`next start` on a free 127.0.0.1 port), once
 * on a fresh SQLite database and once on a fresh PostgreSQL database:
 * 50 learners, each signed in with their own AuthSession row and session
 * cookie (minted with next-auth's `encode` and the server's secret), each
 * with their own practice attempts; autocannon then drives 50 connections,
 * one learner each, posting answers (a new item and a unique idempotency key
 * per request, so every request grades, writes a Response, updates FSRS
 * memory and appends review logs). Two baselines, measured in the same
 * server and run (both enabled by GROUNDWORK_BENCH=1): a bare route handler
 * (app/api/bench/bare), and the signed-in floor (app/api/bench/signed-in: the
 * same body read and session check as the answers API, nothing else). The
 * three take turns, 3 s each, for 4 rounds (12 s each in all): a shared
 * machine's load drifts over a minute, and turns spread the drift over all
 * three; the share of the bare handler is the median of the rounds' shares.
 * Each row also gives the server's CPU time per
 * request (every process of `next start`, from /proc): on a machine shared
 * with other work, req/s swings from run to run, CPU per request much less.
 * Before the server starts, submitAnswer also runs in this process (no HTTP,
 * no Next.js): its SQL statements and CPU time per answer, and so the best
 * share of the bare handler an answer could reach over the signed-in floor.
 * Serves the build in GROUNDWORK_DIST_DIR (default .next). BENCH_DATABASES=sqlite
 * (or postgresql) measures one database only.
 *
 * Goals: ≥ 60% of the bare handler's throughput; p95 < 100 ms on SQLite.
 */
import { randomBytes } from "node:crypto";
import { benchSecret, exitForBuild, groupCpuMs, sessionCookie, startAppServer, type AppServer } from "./lib/app-server";
import { countDriverStatements } from "./lib/driver-statements";
import { ensureReactServerCondition } from "./lib/react-server";
import { scratchPostgres, scratchSqlite } from "./lib/scratch-databases";
import { median, percentile } from "./lib/timing";

ensureReactServerCondition(__filename);
exitForBuild("answers", ["api/attempts/[attemptId]/answers/route.js", "api/bench/bare/route.js", "api/bench/signed-in/route.js"]);

const USERS = 50;
const CONNECTIONS = 50;
const ROUNDS = 4;
const ROUND_SECONDS = 3;
/** The paced run's length, and each route's total over the rounds. */
const DURATION_SECONDS = ROUNDS * ROUND_SECONDS;
const ATTEMPTS_PER_USER = 12; // 240 items each: more answers than one learner sends in the run
const ITEMS_PER_ATTEMPT = 20;
const DATABASES = new Set((process.env.BENCH_DATABASES ?? "sqlite,postgresql").split(","));

/** One run of one route: each request's latency, the failures, the server's CPU time, the run's length. */
interface Sample {
  latencies: number[];
  non2xx: number;
  cpuMs: number | null;
  seconds: number;
}

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  total: number;
  non2xx: number;
  /** Server CPU (user + system, every process of `next start`) per request; null off Linux. */
  cpuMsPerRequest: number | null;
}

// autocannon ships no types (and @types/autocannon is not a dependency): the little used here.
interface CannonRequest {
  method?: "GET" | "POST";
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
interface CannonClient {
  setRequests(requests: CannonRequest[]): void;
  on(event: "response", listener: (status: number, bytes: number, durationMs: number) => void): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  setupClient: (client: CannonClient) => void;
}) => Promise<{ requests: { average: number } }>;

interface Row {
  provider: string;
  bare: Measurement | null;
  signedIn: Measurement | null;
  answers: Measurement | null;
  /** answers and bare handler req/s, one pair per round (adjacent runs, so the machine's load was much the same). */
  rounds?: { answers: number; bare: number }[];
  /** The same learners with a think time between answers, at about half the answers' saturated throughput. */
  paced?: Measurement & { thinkMs: number };
  /** submitAnswer called in the bench's process: driver statements (deterministic) and CPU ms per practice answer. */
  service?: { statements: number; cpuMs: number };
  note?: string;
}

async function main(): Promise<void> {
  // Imported after the checks: loading the server modules costs a second or two.
  // @ts-expect-error -- untyped package, typed by Autocannon above
  const autocannon = (await import("autocannon")).default as Autocannon;
  const { createDb } = await import("@/lib/server/db");
  const { migrateDatabase } = await import("@/lib/server/db/migrations/run-migrations");
  const { syncAllPacks } = await import("@/lib/server/services/content/sync-all-packs");
  const { createAttemptRecord } = await import("@/lib/server/services/learn/create-attempt-record");
  const { submitAnswer } = await import("@/lib/server/services/learn/submit-answer");
  const { correctResponse, wrongResponse } = await import("@/tests/integration/learn/learn-helpers");
  type Db = ReturnType<typeof createDb>;

  const secret = benchSecret();

  interface Learner {
    cookie: string;
    answers: { path: string; body: string }[];
  }

  /** What every practice attempt here covers: the pack and all its live modules. */
  async function practiceScope(db: Db): Promise<{ packId: string; moduleSlugs: string[] }> {
    const pack = await db.pack.findFirstOrThrow({ select: { id: true, modules: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { slug: true } } } });
    return { packId: pack.id, moduleSlugs: pack.modules.map((module) => module.slug) };
  }

  /** The learner's next answer; one who has run out repeats the last (a duplicate). */
  function nextAnswer(learner: Learner): Learner["answers"][number] | undefined {
    return learner.answers.length > 1 ? learner.answers.shift() : learner.answers[0];
  }

  async function seed(db: Db): Promise<Learner[]> {
    await syncAllPacks(db);
    const { packId, moduleSlugs } = await practiceScope(db);
    const now = new Date();
    const learners: Learner[] = [];
    for (let i = 0; i < USERS; i++) {
      const user = await db.user.create({ data: { email: `bench-${i}@example.com`, name: `Bench ${i}`, passwordHash: "$argon2id$unused" } });
      const cookie = await sessionCookie(db, user.id, secret);
      const answers: Learner["answers"] = [];
      for (let a = 0; a < ATTEMPTS_PER_USER; a++) {
        const attemptId = await createAttemptRecord(db, { id: user.id }, { mode: "practice", packId, moduleSlugs, count: ITEMS_PER_ATTEMPT, now });
        const items = await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
        for (const item of items) {
          const client = JSON.parse(item.client);
          const key = JSON.parse(item.key);
          const response = (item.position + i) % 4 === 0 ? wrongResponse(client, key) : correctResponse(client, key);
          answers.push({
            path: `/api/attempts/${attemptId}/answers`,
            // As the quiz page sends it (components/quiz/answer-queue.ts): the item's id, not its position.
            body: JSON.stringify({ itemId: client.id, response, idempotencyKey: `bench-${randomBytes(12).toString("hex")}`, timeMs: 4000 + ((item.position * 997) % 20_000) }),
          });
        }
      }
      learners.push({ cookie, answers });
    }
    return learners;
  }

  /**
   * submitAnswer's own cost, called in this process (no HTTP, no Next.js): the
   * driver statements per practice answer over 3 quizzes (the session lookup
   * not included), then the CPU time per answer over 20 more.
   */
  async function serviceCost(db: Db): Promise<{ statements: number; cpuMs: number }> {
    const { packId, moduleSlugs } = await practiceScope(db);
    const user = await db.user.create({ data: { email: "bench-counted@example.com", name: "Counted", passwordHash: "$argon2id$unused" } });
    const answers: { attemptId: string; itemId: string; response: unknown }[] = [];
    for (let a = 0; a < 23; a++) {
      const attemptId = await createAttemptRecord(db, { id: user.id }, { mode: "practice", packId, moduleSlugs, count: ITEMS_PER_ATTEMPT, now: new Date() });
      for (const item of await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } })) {
        const client = JSON.parse(item.client);
        answers.push({ attemptId, itemId: client.id, response: correctResponse(client, JSON.parse(item.key)) });
      }
    }
    const answer = (next: (typeof answers)[number]) => submitAnswer(user, { ...next, idempotencyKey: randomBytes(12).toString("hex"), timeMs: 6000 }, { db });
    // The first answer loads the pack's fact ids, as the server's first answer does: not counted.
    const [first, ...rest] = answers;
    if (first) await answer(first);
    const counted = rest.slice(0, 3 * ITEMS_PER_ATTEMPT - 1);
    const timed = rest.slice(counted.length);
    const counter = countDriverStatements();
    try {
      for (const next of counted) await answer(next);
    } finally {
      counter.stop();
    }
    const cpuBefore = process.cpuUsage();
    for (const next of timed) await answer(next);
    const cpu = process.cpuUsage(cpuBefore);
    return { statements: counter.count() / counted.length, cpuMs: (cpu.user + cpu.system) / 1000 / timed.length };
  }

  /**
   * Learners as people use the quiz: each sends an answer, waits for its
   * feedback, then thinks (exponentially distributed, mean `thinkMs`) before
   * the next. Below saturation, so the latency is the service time plus what
   * queueing a busy server adds, not the closed loop's own queue.
   */
  async function paced(server: AppServer, learners: Learner[], thinkMs: number, seconds = DURATION_SECONDS): Promise<Measurement & { thinkMs: number }> {
    const latencies: number[] = [];
    let non2xx = 0;
    const cpuBefore = groupCpuMs(server.child.pid ?? 0);
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const think = () => new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * thinkMs));
    await Promise.all(
      learners.slice(0, CONNECTIONS).map(async (learner) => {
        await think();
        while (performance.now() < deadline) {
          const next = nextAnswer(learner);
          const sent = performance.now();
          const response = await fetch(`${server.base}${next?.path ?? "/"}`, { method: "POST", headers: { "content-type": "application/json", cookie: learner.cookie }, body: next?.body ?? "{}" });
          await response.arrayBuffer();
          latencies.push(performance.now() - sent);
          if (!response.ok) non2xx++;
          await think();
        }
      }),
    );
    return { ...pooled([{ latencies, non2xx, cpuMs: cpuSince(server, cpuBefore), seconds: (performance.now() - started) / 1000 }]), thinkMs };
  }

  /** The figures of several runs of one route taken together. */
  function pooled(samples: Sample[]): Measurement {
    const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
    const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
    const cpuMs = samples.every((sample) => sample.cpuMs !== null) ? samples.reduce((sum, sample) => sum + (sample.cpuMs ?? 0), 0) : null;
    return {
      cpuMsPerRequest: cpuMs !== null && latencies.length > 0 ? cpuMs / latencies.length : null,
      requestsPerSecond: latencies.length / seconds,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      total: latencies.length,
      non2xx: samples.reduce((sum, sample) => sum + sample.non2xx, 0),
    };
  }

  /** The server's CPU time (ms) since `before`, or null off Linux. */
  function cpuSince(server: AppServer, before: number | null): number | null {
    const after = groupCpuMs(server.child.pid ?? 0);
    return before !== null && after !== null ? after - before : null;
  }

  async function load(server: AppServer, requestsFor: (client: number) => CannonRequest[], seconds: number): Promise<Sample> {
    const latencies: number[] = [];
    let non2xx = 0;
    let clientIndex = 0;
    const cpuBefore = groupCpuMs(server.child.pid ?? 0);
    await autocannon({
      url: server.base,
      connections: CONNECTIONS,
      duration: seconds,
      pipelining: 1,
      setupClient: (client) => {
        client.setRequests(requestsFor(clientIndex++));
        client.on("response", (status: number, _bytes: number, duration: number) => {
          latencies.push(duration);
          if (status < 200 || status >= 300) non2xx++;
        });
      },
    });
    return { latencies, non2xx, cpuMs: cpuSince(server, cpuBefore), seconds };
  }

  async function measure(provider: string, databaseUrl: string, cleanup: () => Promise<void>): Promise<Row> {
    const setupStart = performance.now();
    await migrateDatabase(databaseUrl);
    const db = createDb(databaseUrl);
    let server: AppServer | undefined;
    try {
      const learners = await seed(db);
      console.log(`[${provider}] seeded ${USERS} learners × ${ATTEMPTS_PER_USER} attempts in ${Math.round(performance.now() - setupStart)} ms`);
      const service = await serviceCost(db);
      server = await startAppServer(databaseUrl, secret);
      const { base } = server;
      const bareRequests = () => [{ method: "POST" as const, path: "/api/bench/bare", headers: { "content-type": "application/json" }, body: "{}" }];
      // The floor of any signed-in write: the same body read and session check as the answers API, no work after.
      const signedInRequests = (client: number): CannonRequest[] => {
        const learner = learners[client % learners.length] as Learner;
        const body = learner.answers[0]?.body ?? "{}";
        return [{ method: "POST", path: "/api/bench/signed-in", headers: { "content-type": "application/json", cookie: learner.cookie }, body }];
      };
      const answerRequests = (client: number): CannonRequest[] => {
        const learner = learners[client % learners.length] as Learner;
        return [
          {
            method: "POST",
            setupRequest: (request) => {
              const next = nextAnswer(learner);
              return { ...request, path: next?.path ?? "/", headers: { "content-type": "application/json", cookie: learner.cookie }, body: next?.body ?? "{}" };
            },
          },
        ];
      };
      // A few sequential answers first: they warm the route and show one request's cost without queueing.
      const probe: string[] = [];
      for (const learner of learners.slice(0, 5)) {
        const next = learner.answers.shift();
        if (!next) continue;
        const started = performance.now();
        const response = await fetch(`${base}${next.path}`, { method: "POST", headers: { "content-type": "application/json", cookie: learner.cookie }, body: next.body });
        await response.arrayBuffer();
        probe.push(`${response.status} in ${Math.round(performance.now() - started)} ms`);
      }
      console.log(`[${provider}] sequential answers: ${probe.join(", ")}`);
      // And one read (session + attempt, no write), to tell the answer's cost from the request's.
      const reader = learners[0] as Learner;
      const reads: string[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const response = await fetch(`${base}${(reader.answers[0]?.path ?? "/").replace(/\/answers$/, "")}`, { headers: { cookie: reader.cookie } });
        await response.arrayBuffer();
        reads.push(`${response.status} in ${Math.round(performance.now() - started)} ms`);
      }
      console.log(`[${provider}] sequential attempt reads: ${reads.join(", ")}`);
      // Warm-up, then the three routes in turns. The server keeps speeding up for over ten seconds of load (the bare
      // handler went from 335 to 630 req/s over four rounds after a 1 s warm-up), so each route gets two turns first.
      for (let pass = 0; pass < 2; pass++) for (const requests of [bareRequests, signedInRequests, answerRequests]) await load(server, requests, 3);
      const rounds: { bare: Sample; signedIn: Sample; answers: Sample }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const bareRound = await load(server, bareRequests, ROUND_SECONDS);
        const signedInRound = await load(server, signedInRequests, ROUND_SECONDS);
        rounds.push({ bare: bareRound, signedIn: signedInRound, answers: await load(server, answerRequests, ROUND_SECONDS) });
      }
      const bare = pooled(rounds.map((round) => round.bare));
      const signedIn = pooled(rounds.map((round) => round.signedIn));
      const answers = pooled(rounds.map((round) => round.answers));
      const perSecond = (sample: Sample) => sample.latencies.length / sample.seconds;
      const roundRates = rounds.map((round) => ({ answers: perSecond(round.answers), bare: perSecond(round.bare) }));
      // Think time for about half the saturated throughput: CONNECTIONS learners / (throughput / 2).
      const pacedAnswers = await paced(server, learners, Math.round((2 * CONNECTIONS * 1000) / Math.max(answers.requestsPerSecond, 1)));
      if (answers.non2xx + pacedAnswers.non2xx > 0) console.log(`[${provider}] server log (tail):\n${server.log().slice(-1500)}`);
      const responses = await db.response.count();
      console.log(`[${provider}] ${responses} responses stored, ${await db.reviewLog.count()} review logs`);
      return { provider, bare, signedIn, answers, rounds: roundRates, paced: pacedAnswers, service };
    } finally {
      server?.stop();
      await db.$disconnect();
      await cleanup();
    }
  }

  const rows: Row[] = [];

  // SQLite: a fresh file; PostgreSQL: a fresh database on the test server, when one answers.
  if (DATABASES.has("sqlite")) {
    const sqlite = scratchSqlite("answers");
    rows.push(await measure("sqlite", sqlite.url, sqlite.drop));
  }
  if (DATABASES.has("postgresql")) {
    try {
      const postgres = await scratchPostgres("answers");
      rows.push(await measure("postgresql", postgres.url, postgres.drop));
    } catch (error) {
      rows.push({ provider: "postgresql", bare: null, signedIn: null, answers: null, note: `skipped: ${(error as Error).message}` });
    }
  }

  const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
  console.log("\nAnswer submission (POST /api/attempts/:id/answers), 50 connections, 50 learners, %d rounds of %d s per route, in turns", ROUNDS, ROUND_SECONDS);
  console.log("| database   | route           |   req/s | p50 ms | p95 ms | p99 ms | requests | non-2xx | server CPU ms/req |");
  console.log("|------------|-----------------|--------:|-------:|-------:|-------:|---------:|--------:|------------------:|");
  for (const row of rows) {
    if (!row.bare || !row.signedIn || !row.answers) {
      console.log(`| ${row.provider.padEnd(10)} | ${row.note ?? "no result"} |`);
      continue;
    }
    const routes: [string, Measurement][] = [["bare handler", row.bare], ["signed-in floor", row.signedIn], ["answers", row.answers]];
    if (row.paced) routes.push([`answers, paced`, row.paced]);
    for (const [route, m] of routes) {
      console.log(
        `| ${row.provider.padEnd(10)} | ${route.padEnd(15)} | ${fmt(m.requestsPerSecond).padStart(7)} | ${fmt(m.p50).padStart(6)} | ${fmt(m.p95).padStart(6)} | ${fmt(m.p99).padStart(6)} | ${String(m.total).padStart(8)} | ${String(m.non2xx).padStart(7)} | ${fmt(m.cpuMsPerRequest ?? NaN, 1).padStart(17)} |`,
      );
    }
  }
  console.log("\nGoals:");
  let failedRequests = false;
  for (const row of rows) {
    if (!row.bare || !row.signedIn || !row.answers) continue;
    // Each round's answers and bare handler ran seconds apart: the median of their shares is the steadiest figure.
    const rounds = row.rounds ?? [{ answers: row.answers.requestsPerSecond, bare: row.bare.requestsPerSecond }];
    const share = median(rounds.map((round) => round.answers / round.bare));
    const perRound = rounds.map((round) => `${fmt((round.answers / round.bare) * 100)}% (${fmt(round.answers)}/${fmt(round.bare)} req/s)`).join(", ");
    console.log(`- ${row.provider}: throughput ${(share * 100).toFixed(0)}% of the bare handler, the median of the rounds: ${perRound} (goal ≥ 60%): ${share >= 0.6 ? "met" : "NOT met"}`);
    const floorShare = row.signedIn.requestsPerSecond / row.bare.requestsPerSecond;
    console.log(`- ${row.provider}: a signed-in request that does nothing reaches ${(floorShare * 100).toFixed(0)}% of the bare handler; answers reach ${((row.answers.requestsPerSecond / row.signedIn.requestsPerSecond) * 100).toFixed(0)}% of that floor`);
    const { cpuMsPerRequest: answerCpu } = row.answers;
    const { cpuMsPerRequest: bareCpu } = row.bare;
    // CPU per request moves less than req/s with other load on the machine: the steadier comparison.
    if (answerCpu !== null && bareCpu !== null) {
      console.log(`- ${row.provider}: server CPU ${fmt(answerCpu, 1)} ms per answer vs ${fmt(bareCpu, 1)} ms per bare request (CPU-bound ceiling ${((bareCpu / answerCpu) * 100).toFixed(0)}% of the bare throughput)`);
    }
    if (row.service) {
      const { statements, cpuMs } = row.service;
      console.log(`- ${row.provider}: ${statements.toFixed(2)} SQL statements per practice answer, transaction included (the session lookup adds 1)`);
      const floorCpu = row.signedIn.cpuMsPerRequest;
      // The answer can cost no less than the signed-in floor plus the service's own work: the best share it could reach.
      const bound = floorCpu !== null && bareCpu !== null ? `; with the signed-in floor's ${fmt(floorCpu, 1)} ms, an answer that cost nothing else would reach at most ${((bareCpu / (floorCpu + cpuMs)) * 100).toFixed(0)}% of the bare throughput` : "";
      console.log(`- ${row.provider}: submitAnswer alone, called in the bench's process (no HTTP, no Next.js): ${fmt(cpuMs, 2)} ms CPU per answer${bound}`);
    }
    if (row.provider === "sqlite") {
      console.log(`- sqlite: p95 ${fmt(row.answers.p95)} ms (goal < 100 ms): ${row.answers.p95 < 100 ? "met" : "NOT met"}`);
      // Little's law for a closed loop: each of the 50 connections waits for its answer before sending the next.
      console.log(
        `- sqlite: with ${CONNECTIONS} connections in a closed loop, the mean latency is ${CONNECTIONS} / throughput: p95 < 100 ms needs at least ${CONNECTIONS * 10} req/s (the bare handler: ${fmt(row.bare.requestsPerSecond)} req/s, p95 ${fmt(row.bare.p95)} ms)`,
      );
    }
    if (row.paced) {
      const { paced: m } = row;
      console.log(
        `- ${row.provider}: "answers, paced": ${CONNECTIONS} learners who each think ${fmt(m.thinkMs)} ms on average between answers (a person takes seconds) offer ${fmt(m.requestsPerSecond)} req/s, ${fmt((m.requestsPerSecond / row.answers.requestsPerSecond) * 100)}% of the saturated throughput: p50 ${fmt(m.p50)} ms, p95 ${fmt(m.p95)} ms, p99 ${fmt(m.p99)} ms`,
      );
    }
    if (row.answers.non2xx + (row.paced?.non2xx ?? 0) > 0) {
      failedRequests = true;
      console.log(`- ${row.provider}: ${row.answers.non2xx + (row.paced?.non2xx ?? 0)} answer requests failed (see the server log); the figures above include them`);
    }
  }
  // Missed goals are results, not errors; failed requests mean the measurement itself is wrong.
  process.exit(failedRequests ? 1 : 0);
}

main().catch((error) => {
  console.error("bench/answers failed:", error);
  process.exit(1);
});
