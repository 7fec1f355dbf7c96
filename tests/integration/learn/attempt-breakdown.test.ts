import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { getAttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, newKey, seedLearner, storedItems, syncRealPack, wrongResponse } from "./learn-helpers";

const MODULES = ["post-9-11-partnership", "drones-and-sovereignty"];

describe.each(testProviders())("getAttemptBreakdown on %s", (provider) => {
  let database: TestDatabase;
  const options = () => ({ db: database.db });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  /** Answers every item of a new attempt, wrong at the given positions, then submits it. */
  async function finishedAttempt(mode: "practice" | "assessment", wrongAt: Set<number>) {
    const learner = await seedLearner(database.db);
    const view = await startAttempt(learner, { mode, moduleSlugs: MODULES, count: 10 }, { ...options(), seed: `breakdown-${mode}` });
    for (const item of await storedItems(database.db, view.id)) {
      const response = wrongAt.has(item.position) ? wrongResponse(item.client, item.key) : correctResponse(item.client, item.key);
      await submitAnswer(learner, { attemptId: view.id, position: item.position, response, idempotencyKey: newKey(), timeMs: 5000 }, options());
    }
    await submitAttempt(learner, view.id, options());
    return { learner, attemptId: view.id };
  }

  it("scores each module from its items' facts and lists the wrong items with their module", async () => {
    const wrongAt = new Set([1, 4, 7]);
    const { learner, attemptId } = await finishedAttempt("practice", wrongAt);
    const breakdown = await getAttemptBreakdown(learner, attemptId, options());

    expect(breakdown.view.id).toBe(attemptId);
    expect(breakdown.isGradingVisible).toBe(true);
    expect(breakdown.modules.map((module) => module.slug).every((slug) => MODULES.includes(slug))).toBe(true);
    expect(breakdown.modules.every((module) => module.title.length > 0)).toBe(true);
    const packOrder = (await database.db.module.findMany({ where: { slug: { in: MODULES } }, orderBy: { position: "asc" }, select: { slug: true } })).map((row) => row.slug);
    expect(breakdown.modules.map((module) => module.slug)).toEqual(packOrder.filter((slug) => breakdown.modules.some((module) => module.slug === slug)));
    expect(breakdown.modules.reduce((sum, module) => sum + module.total, 0)).toBe(10);
    expect(breakdown.modules.reduce((sum, module) => sum + module.correct, 0)).toBe(7);
    expect(breakdown.toReview.map((entry) => entry.position)).toEqual([1, 4, 7]);
    expect(breakdown.toReview.every((entry) => entry.module !== null && MODULES.includes(entry.module.slug))).toBe(true);
  });

  it("gives when each answered fact is due for review again, from the learner's memory as it is now", async () => {
    const { learner, attemptId } = await finishedAttempt("practice", new Set([0, 3]));
    const rows = await database.db.attemptItem.findMany({ where: { attemptId }, select: { factSlugs: true } });
    const attemptSlugs = new Set(rows.flatMap((row) => JSON.parse(row.factSlugs) as string[]));
    // A memory of a fact outside the attempt (its only memories so far are the attempt's) is not listed.
    const outside = await database.db.fact.findFirstOrThrow({ where: { slug: { notIn: [...attemptSlugs] } }, select: { id: true } });
    const inAttempt = await database.db.factMemory.findFirstOrThrow({ where: { userId: learner.id }, select: { factId: true } });
    const memory = await database.db.factMemory.findUniqueOrThrow({ where: { userId_factId: { userId: learner.id, factId: inAttempt.factId } } });
    await database.db.factMemory.create({ data: { ...memory, factId: outside.id, due: new Date("2020-01-01T00:00:00Z") } });
    const movedDue = new Date("2031-05-06T07:08:09Z");
    await database.db.factMemory.update({ where: { userId_factId: { userId: learner.id, factId: inAttempt.factId } }, data: { due: movedDue } });

    const breakdown = await getAttemptBreakdown(learner, attemptId, options());
    const memories = await database.db.factMemory.findMany({ where: { userId: learner.id, fact: { slug: { in: [...attemptSlugs] } } }, select: { due: true } });
    expect(memories).toHaveLength(attemptSlugs.size);
    expect(breakdown.reviewDueDates).toEqual(memories.map((row) => row.due.toISOString()).sort());
    expect(breakdown.reviewDueDates.at(-1)).toBe(movedDue.toISOString());
  });

  it("counts unanswered items of a submitted attempt as items to review", async () => {
    const learner = await seedLearner(database.db);
    const view = await startAttempt(learner, { mode: "assessment", moduleSlugs: MODULES, count: 5 }, { ...options(), seed: "breakdown-unanswered" });
    await submitAttempt(learner, view.id, options());
    const breakdown = await getAttemptBreakdown(learner, view.id, options());
    expect(breakdown.toReview).toHaveLength(5);
    expect(breakdown.modules.reduce((sum, module) => sum + module.correct, 0)).toBe(0);
    expect(breakdown.reviewDueDates).toEqual([]);
  });

  it("reveals nothing about correctness while an assessment is in progress", async () => {
    const learner = await seedLearner(database.db);
    const view = await startAttempt(learner, { mode: "assessment", moduleSlugs: MODULES, count: 5 }, { ...options(), seed: "breakdown-open" });
    const [first] = await storedItems(database.db, view.id);
    if (!first) throw new Error("empty quiz");
    await submitAnswer(learner, { attemptId: view.id, position: 0, response: wrongResponse(first.client, first.key), idempotencyKey: newKey() }, options());
    const breakdown = await getAttemptBreakdown(learner, view.id, options());
    expect(breakdown.isGradingVisible).toBe(false);
    expect(breakdown.modules).toEqual([]);
    expect(breakdown.toReview).toEqual([]);
    expect(breakdown.reviewDueDates).toEqual([]);
  });

  it("gives someone else's attempt the same 404 as a missing one", async () => {
    const { attemptId } = await finishedAttempt("assessment", new Set());
    const stranger = await seedLearner(database.db, "Stranger");
    for (const id of [attemptId, "missing-attempt"]) {
      const error = await getAttemptBreakdown(stranger, id, options()).catch((caught: unknown) => caught);
      expect(isAppError(error) && error.status === 404, String(error)).toBe(true);
    }
  });
});
