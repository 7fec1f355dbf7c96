import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATTEMPT_NOT_FOUND_MESSAGE } from "@/lib/server/services/learn/attempt-records";
import { HISTORY_PAGE_SIZE, listAttemptHistory } from "@/lib/server/services/learn/attempt-history";
import { getContinueAttempt } from "@/lib/server/services/learn/get-dashboard";
import { getProgress } from "@/lib/server/services/learn/get-progress";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { rejection } from "@/tests/helpers/rejection";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { seedLearner, syncRealPack } from "./learn-helpers";

describe.each(testProviders())("the quiz history, a page at a time, on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;
  let learner: { id: string };
  /** The learner's attempts, newest first, as the history must list them. */
  let newestFirst: string[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(database.db);
    learner = await seedLearner(db(), "Historian");
    const ids: string[] = [];
    for (let i = 0; i < HISTORY_PAGE_SIZE + 3; i += 1) {
      // A minute apart: the same request again within seconds, nothing answered, is taken for a double press.
      const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
      ids.push((await startAttempt(learner, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 5 }, { db: db(), seed: `history-${i}`, now })).id);
    }
    // A day apart, except that the three around the page boundary (the 19th to 21st newest) start at the same
    // time: a tie is where a cursor can skip or repeat an attempt.
    const startOf = (i: number) => new Date(Date.UTC(2026, 0, 1 + (i < 2 ? i : i <= 4 ? 2 : i - 2)));
    for (const [i, id] of ids.entries()) await db().attempt.update({ where: { id }, data: { startedAt: startOf(i) } });
    const rows = await db().attempt.findMany({ where: { userId: learner.id }, select: { id: true, startedAt: true } });
    newestFirst = rows.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? 1 : -1)).map((row) => row.id);
    expect(new Set(rows.map((row) => row.startedAt.getTime())).size).toBe(rows.length - 2);
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("lists every attempt once, newest first, across pages, through start times that tie at the page boundary", async () => {
    const first = await listAttemptHistory(learner, undefined, { db: db() });
    expect(first.attempts.map((attempt) => attempt.attemptId)).toEqual(newestFirst.slice(0, HISTORY_PAGE_SIZE));
    expect(first.nextBefore).toBe(newestFirst[HISTORY_PAGE_SIZE - 1]);

    const second = await listAttemptHistory(learner, first.nextBefore, { db: db() });
    expect(second.attempts.map((attempt) => attempt.attemptId)).toEqual(newestFirst.slice(HISTORY_PAGE_SIZE));
    expect(second.nextBefore).toBeNull();
  });

  it("gives the progress page the first page and the way to the older ones", async () => {
    const progress = await getProgress(learner, { db: db() });
    expect(progress.history.map((attempt) => attempt.attemptId)).toEqual(newestFirst.slice(0, HISTORY_PAGE_SIZE));
    expect(progress.olderHistoryBefore).toBe(newestFirst[HISTORY_PAGE_SIZE - 1]);
  });

  it("keeps the question types a quiz was limited to, in the engine's order, and none for a quiz of every type", async () => {
    const typist = await seedLearner(db(), "Typist");
    const moduleSlugs = ["drones-and-sovereignty"];
    // A minute apart: "every type" asks what "no types" does, and within seconds would be taken for the same press.
    const minute = (n: number) => new Date(Date.now() - (3 - n) * 60_000);
    await startAttempt(typist, { mode: "practice", moduleSlugs, count: 5 }, { db: db(), seed: "types-none", now: minute(0) });
    const every = ["attribution", "cause-effect", "cloze", "matching", "multiple-choice", "ordering", "short-answer", "true-false"];
    await startAttempt(typist, { mode: "practice", moduleSlugs, count: 5, types: every }, { db: db(), seed: "types-every", now: minute(1) });
    await startAttempt(typist, { mode: "practice", moduleSlugs, count: 5, types: ["true-false", "multiple-choice"] }, { db: db(), seed: "types-two", now: minute(2) });

    const { attempts } = await listAttemptHistory(typist, undefined, { db: db() });
    expect(attempts.map((attempt) => attempt.itemTypes).sort()).toEqual([["multiple-choice", "true-false"], null, null]);
    const open = await getContinueAttempt(typist, { db: db() });
    expect(open?.itemTypes).toEqual(attempts.find((attempt) => attempt.attemptId === open?.attemptId)?.itemTypes);
  });

  it("refuses a page after someone else's attempt as it refuses a missing one", async () => {
    const stranger = await seedLearner(db(), "Stranger");
    for (const before of [newestFirst[3], "no-such-attempt", "../../etc", 42]) {
      expect(await rejection(listAttemptHistory(stranger, before, { db: db() }))).toMatchObject({ status: 404, message: ATTEMPT_NOT_FOUND_MESSAGE });
    }
    // Their own history is empty, with no older page.
    expect(await listAttemptHistory(stranger, undefined, { db: db() })).toEqual({ attempts: [], nextBefore: null });
  });
});
