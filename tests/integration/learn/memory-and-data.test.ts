import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { deleteMyAccount } from "@/lib/server/services/learn/delete-my-account";
import { exportMyData } from "@/lib/server/services/learn/export-my-data";
import { dateToken } from "@/lib/server/services/notifications/notification-kinds";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { getDashboard } from "@/lib/server/services/learn/get-dashboard";
import { topicLabel } from "@/lib/engine";
import { getProgress } from "@/lib/server/services/learn/get-progress";
import { listModules } from "@/lib/server/services/learn/list-modules";
import { loadQuizPack } from "@/lib/server/services/learn/quiz-pack";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { buildReviewSession } from "@/lib/server/services/review/build-review-session";
import { getReviewSummary } from "@/lib/server/services/review/get-review-summary";
import { recomputeMemory } from "@/lib/server/services/review/recompute-memory";
import { NEW_FACTS_PER_DAY } from "@/lib/server/services/review/review-queue";
import { runAdmin } from "@/scripts/admin/commands";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, newKey, seedLearner, storedItems, syncRealPack, wrongResponse } from "./learn-helpers";

const DAY = 24 * 60 * 60 * 1000;

describe.each(testProviders())("memory, review and my data on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  /** Answers every item of a fresh attempt at `now`, alternating right and wrong, with varied times. */
  async function answerAll(learner: { id: string }, mode: "practice" | "review" | "assessment", now: Date, seed: string, attemptId?: string) {
    const id = attemptId ?? (await startAttempt(learner, { mode: mode === "review" ? "practice" : mode, moduleSlugs: ["drones-and-sovereignty", "cold-war-and-sanctions"], count: 10 }, { db: db(), now, seed })).id;
    const items = await storedItems(db(), id);
    for (const [i, item] of items.entries()) {
      const response = i % 3 === 2 ? wrongResponse(item.client, item.key) : correctResponse(item.client, item.key);
      await submitAnswer(learner, { attemptId: id, position: item.position, response, idempotencyKey: newKey(), timeMs: [2000, 9000, 60_000][i % 3] }, { db: db(), now: new Date(now.getTime() + i * 1000) });
    }
    await submitAttempt(learner, id, { db: db(), now: new Date(now.getTime() + 60_000) });
    return id;
  }

  it("recomputeMemory rebuilds exactly the rows the incremental path wrote", async () => {
    const learner = await seedLearner(db());
    const start = new Date("2026-03-01T09:00:00Z");
    await answerAll(learner, "practice", start, "r1");
    await answerAll(learner, "assessment", new Date(start.getTime() + 2 * DAY), "r2");
    await answerAll(learner, "practice", new Date(start.getTime() + 5 * DAY), "r3");
    const snapshot = async () =>
      (await db().factMemory.findMany({ where: { userId: learner.id }, orderBy: { factId: "asc" } })).map((row) => ({ ...row, due: row.due.toISOString(), lastReview: row.lastReview?.toISOString() }));
    const incremental = await snapshot();
    expect(incremental.length).toBeGreaterThan(5);
    expect(incremental.some((row) => row.reps > 1)).toBe(true);

    const rebuilt = await recomputeMemory(learner.id, { db: db() });
    expect(rebuilt.facts).toBe(incremental.length);
    expect(await snapshot()).toEqual(incremental);
  });

  it("the admin CLI's recompute-memory rebuilds one learner's memory, or everyone's, from their reviews", async () => {
    const learner = await seedLearner(db());
    const other = await seedLearner(db(), "Other");
    const start = new Date("2026-03-10T09:00:00Z");
    await answerAll(learner, "practice", start, "cli-1");
    await answerAll(learner, "practice", new Date(start.getTime() + 3 * DAY), "cli-2");
    await answerAll(other, "practice", start, "cli-3");
    const memoryOf = async (userId: string) => db().factMemory.findMany({ where: { userId }, orderBy: { factId: "asc" } });
    const [learnersMemory, othersMemory] = [await memoryOf(learner.id), await memoryOf(other.id)];
    const reviews = await db().reviewLog.count({ where: { userId: learner.id } });
    const admin = async (...args: string[]) => {
      const out: string[] = [];
      const code = await runAdmin(args, { db: db(), out: (line) => out.push(line), err: (line) => out.push(line) });
      return { code, out };
    };

    // A repair after lost or damaged rows: one gone, one with a wrong schedule.
    await db().factMemory.delete({ where: { userId_factId: { userId: learner.id, factId: learnersMemory[0]?.factId ?? "" } } });
    await db().factMemory.updateMany({ where: { userId: learner.id }, data: { due: new Date("2030-01-01T00:00:00Z"), reps: 99 } });
    await db().factMemory.updateMany({ where: { userId: other.id }, data: { reps: 99 } });
    expect(await admin("recompute-memory", learner.email.toUpperCase())).toEqual({
      code: 0,
      out: [`${learner.email}: ${learnersMemory.length} facts rebuilt from ${reviews} reviews`],
    });
    expect(await memoryOf(learner.id)).toEqual(learnersMemory);
    expect((await memoryOf(other.id)).every((row) => row.reps === 99)).toBe(true);

    const all = await admin("recompute-memory", "--all");
    expect(all.code).toBe(0);
    expect(all.out).toContain(`${other.email}: ${othersMemory.length} facts rebuilt from ${await db().reviewLog.count({ where: { userId: other.id } })} reviews`);
    expect(await memoryOf(other.id)).toEqual(othersMemory);
  });

  it("builds review sessions from due facts plus new facts at a steady pace, and summarises them", async () => {
    const learner = await seedLearner(db());
    const day0 = new Date("2026-04-01T08:00:00Z");

    const first = await buildReviewSession(learner, day0, { db: db() });
    expect(first.attempt?.mode).toBe("review");
    expect(first).toMatchObject({ dueFacts: 0, newFacts: NEW_FACTS_PER_DAY, isResumed: false });
    // Reloading resumes the unfinished session instead of starting another.
    const again = await buildReviewSession(learner, day0, { db: db() });
    expect(again.isResumed).toBe(true);
    expect(again.attempt?.id).toBe(first.attempt?.id);

    const attemptId = first.attempt?.id ?? "";
    for (const item of await storedItems(db(), attemptId)) {
      await submitAnswer(learner, { attemptId, position: item.position, response: correctResponse(item.client, item.key), idempotencyKey: newKey(), timeMs: 10_000 }, { db: db(), now: day0 });
    }
    await submitAttempt(learner, attemptId, { db: db(), now: day0 });

    const seenFacts = await db().factMemory.count({ where: { userId: learner.id } });
    const later = await getReviewSummary(learner, new Date(day0.getTime() + 60_000), { db: db() });
    expect(later.newToday).toBe(Math.max(0, NEW_FACTS_PER_DAY - seenFacts));
    expect(later.dueNow).toBe(0);
    expect(later.nextDueAt).not.toBeNull();
    expect(later.dueToday).toBeGreaterThanOrEqual(later.dueNow);

    const nextWeek = new Date(day0.getTime() + 40 * DAY); // past every first interval (Easy graduates to about 8 days)
    const summary = await getReviewSummary(learner, nextWeek, { db: db() });
    expect(summary.dueNow).toBe(seenFacts);
    expect(summary.newToday).toBe(NEW_FACTS_PER_DAY);
    const session = await buildReviewSession(learner, nextWeek, { db: db() });
    expect(session).toMatchObject({ dueFacts: seenFacts, newFacts: NEW_FACTS_PER_DAY, isResumed: false });
    const tested = new Set((await storedItems(db(), session.attempt?.id ?? "")).flatMap((item) => item.key.factIds));
    const due = await db().factMemory.findMany({ where: { userId: learner.id }, include: { fact: { select: { slug: true } } } });
    // Every due fact is in the session's scope (an item may cover several).
    expect(due.filter((row) => tested.has(row.fact.slug)).length).toBeGreaterThan(0);
  });

  it("counts a fact answered wrongly as practised on the dashboard, as the progress page does, but not as mastered", async () => {
    const learner = await seedLearner(db());
    const now = new Date("2026-06-01T10:00:00Z");
    const attempt = await startAttempt(learner, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 5 }, { db: db(), now, seed: "all-wrong" });
    for (const item of await storedItems(db(), attempt.id)) {
      await submitAnswer(learner, { attemptId: attempt.id, position: item.position, response: wrongResponse(item.client, item.key), idempotencyKey: newKey(), timeMs: 8000 }, { db: db(), now });
    }
    const reviewed = await db().factMemory.count({ where: { userId: learner.id } });
    expect(reviewed).toBeGreaterThan(0);

    const drones = (await getDashboard(learner, { db: db(), now })).modules.find((module) => module.slug === "drones-and-sovereignty");
    expect(drones).toMatchObject({ practisedFacts: reviewed, masteredFacts: 0 });
    const progress = await getProgress(learner, { db: db(), now });
    expect(progress.facts.filter((fact) => fact.seen > 0)).toHaveLength(reviewed);
  });

  it("dashboard and progress reflect answers, streak and the attempt to continue", async () => {
    const learner = await seedLearner(db());
    const day = new Date("2026-05-10T10:00:00Z");
    await answerAll(learner, "practice", new Date(day.getTime() - 2 * DAY), "d1");
    await answerAll(learner, "practice", new Date(day.getTime() - DAY), "d2");
    const d3 = await answerAll(learner, "practice", day, "d3");
    const open = await startAttempt(learner, { mode: "assessment", moduleSlugs: ["regional-picture"], count: 5 }, { db: db(), now: day, seed: "open" });
    const [item] = await storedItems(db(), open.id);
    if (!item) throw new Error("no item");
    await submitAnswer(learner, { attemptId: open.id, position: 0, response: wrongResponse(item.client, item.key), idempotencyKey: newKey() }, { db: db(), now: day });

    const dashboard = await getDashboard(learner, { db: db(), now: new Date(day.getTime() + 3600_000) });
    expect(dashboard).toMatchObject({ streakDays: 3, answeredToday: true });
    // The next day, before any answer: the streak still stands, waiting for today's.
    expect(await getDashboard(learner, { db: db(), now: new Date(day.getTime() + DAY + 3600_000) })).toMatchObject({ streakDays: 3, answeredToday: false });
    expect(dashboard.continueAttempt).toMatchObject({ attemptId: open.id, answeredCount: 1, total: open.total });
    const drones = dashboard.modules.find((module) => module.slug === "drones-and-sovereignty");
    expect(drones?.practisedFacts).toBeGreaterThan(0);
    // The new-quiz form offers the dashboard's modules, in the same order ("all modules" means these).
    expect(await listModules({ db: db() })).toEqual(dashboard.modules.map(({ packId, slug, title }) => ({ packId, slug, title })));

    const progress = await getProgress(learner, { db: db(), now: new Date(day.getTime() + 3600_000) });
    const answeredToday = progress.accuracyByDay.at(-1);
    expect(answeredToday?.answered).toBe((await storedItems(db(), d3)).length); // the unsubmitted assessment's answer is not counted yet
    expect(progress.facts.filter((fact) => fact.mastery !== "new").length).toBeGreaterThan(0);
    expect(progress.strongestTopics.length + progress.weakestTopics.length).toBeGreaterThan(0);
    // Topics are labelled from the pack's entities, not shown as slugs ("north-waziristan" → "North Waziristan").
    const pack = loadQuizPack("pak-us-relations");
    for (const topic of [...progress.strongestTopics, ...progress.weakestTopics]) expect(topic.label).toBe(topicLabel(pack, topic.tag));
    // A handed-in attempt's history shows what its result page shows.
    const d3View = await getAttemptView(learner, d3, { db: db(), now: new Date(day.getTime() + 3600_000) });
    expect(progress.history.find((attempt) => attempt.attemptId === d3)?.items).toEqual(
      d3View.items.map((item) => ({
        position: item.position,
        type: item.item.type,
        prompt: item.item.prompt,
        isAnswered: item.isAnswered,
        correct: item.feedback?.correct ?? null,
        yourAnswer: item.feedback?.yourAnswer ?? null,
        expected: item.feedback?.expected ?? null,
      })),
    );
    const openHistory = progress.history.find((attempt) => attempt.attemptId === open.id);
    expect(openHistory?.items[0]).toMatchObject({ isAnswered: true, correct: null, expected: null });
    expect(JSON.stringify(openHistory)).not.toContain(item.key.explanation);
  });

  it("rates a module by its last reviews across all its facts, newest first, and a topic by all its reviews", async () => {
    const learner = await seedLearner(db());
    const now = new Date("2026-11-20T12:00:00Z");
    const drones = await db().module.findFirstOrThrow({
      where: { slug: "drones-and-sovereignty" },
      select: { facts: { orderBy: { position: "asc" }, take: 2, select: { factId: true } } },
    });
    const [first, second] = drones.facts.map((link) => link.factId);
    if (!first || !second) throw new Error("the module needs two facts");
    const log = (factId: string, rating: number, daysAgo: number, i: number) => ({
      userId: learner.id,
      factId,
      rating,
      reviewedAt: new Date(now.getTime() - daysAgo * DAY - i * 1000),
    });
    // The module's first fact was missed 25 times long ago; its second was answered well 20 times since.
    await db().reviewLog.createMany({
      data: [...Array.from({ length: 25 }, (_, i) => log(first, 1, 30, i)), ...Array.from({ length: 20 }, (_, i) => log(second, 3, 1, i))],
    });

    const progress = await getProgress(learner, { db: db(), now });
    expect(progress.modules.find((entry) => entry.slug === "drones-and-sovereignty")?.recentAccuracy).toBe(1);
    const reviews = progress.strongestTopics.concat(progress.weakestTopics);
    expect(reviews.length).toBeGreaterThan(0);
    for (const topic of reviews) expect(topic.reviews).toBeGreaterThanOrEqual(20);
  });

  it("lists a topic as strongest or as needing work, never as both", async () => {
    const learner = await seedLearner(db());
    const now = new Date("2026-11-20T12:00:00Z");
    const facts = (await db().fact.findMany({ where: { retiredAt: null }, orderBy: { slug: "asc" }, select: { id: true, data: true } })).map((fact) => ({
      id: fact.id,
      tags: (JSON.parse(fact.data) as { tags?: string[] }).tags ?? [],
    }));
    // Two facts with no tag in common: one always answered right, the other always wrong.
    const right = facts.find((fact) => fact.tags.length > 0);
    const wrong = facts.find((fact) => fact.tags.length > 0 && fact.tags.every((tag) => !right?.tags.includes(tag)));
    if (!right || !wrong) throw new Error("the pack needs two facts with different tags");
    const logs = (factId: string, rating: number) =>
      Array.from({ length: 4 }, (_, i) => ({ userId: learner.id, factId, rating, reviewedAt: new Date(now.getTime() - (i + 1) * DAY) }));
    await db().reviewLog.createMany({ data: [...logs(right.id, 3), ...logs(wrong.id, 1)] });

    const progress = await getProgress(learner, { db: db(), now });
    const strongest = progress.strongestTopics.map((topic) => topic.tag);
    const weakest = progress.weakestTopics.map((topic) => topic.tag);
    expect(strongest.filter((tag) => weakest.includes(tag))).toEqual([]);
    expect(new Set([...strongest, ...weakest])).toEqual(new Set([...right.tags, ...wrong.tags]));
    const worstOfStrongest = Math.min(...progress.strongestTopics.map((topic) => topic.accuracy));
    expect(progress.weakestTopics.every((topic) => topic.accuracy <= worstOfStrongest)).toBe(true);
    for (const topic of [...progress.strongestTopics, ...progress.weakestTopics]) {
      expect(topic.correct, topic.tag).toBe(right.tags.includes(topic.tag) ? topic.reviews : 0);
    }
  });

  it("never lists a topic answered wrongly more often than not as strongest, even when it is the only one", async () => {
    const learner = await seedLearner(db());
    const now = new Date("2026-11-20T12:00:00Z");
    const fact = (await db().fact.findMany({ where: { retiredAt: null }, orderBy: { slug: "asc" }, select: { id: true, data: true } })).find(
      (row) => ((JSON.parse(row.data) as { tags?: string[] }).tags ?? []).length > 0,
    );
    if (!fact) throw new Error("the pack needs a fact with a tag");
    // One right answer and three wrong ones: 25%.
    const ratings = [3, 1, 1, 1];
    await db().reviewLog.createMany({ data: ratings.map((rating, i) => ({ userId: learner.id, factId: fact.id, rating, reviewedAt: new Date(now.getTime() - (i + 1) * DAY) })) });

    const progress = await getProgress(learner, { db: db(), now });
    expect(progress.strongestTopics).toEqual([]);
    expect(progress.weakestTopics.length).toBeGreaterThan(0);
    for (const topic of progress.weakestTopics) expect(topic.accuracy).toBe(0.25);
  });

  it("exports my attempts and answers (JSON and one CSV row per answer) without hidden keys, and deletes everything on confirmation", async () => {
    const learner = await seedLearner(db());
    const other = await seedLearner(db(), "Other");
    const otherAttempt = await answerAll(other, "practice", new Date(), "other");
    await answerAll(learner, "practice", new Date(), "mine");
    const open = await startAttempt(learner, { mode: "assessment", moduleSlugs: ["regional-picture"], count: 5, types: ["true-false", "multiple-choice"] }, { db: db(), seed: "export-open" });
    const [item] = await storedItems(db(), open.id);
    if (!item) throw new Error("no item");
    await submitAnswer(learner, { attemptId: open.id, position: 0, response: correctResponse(item.client, item.key), idempotencyKey: newKey() }, { db: db() });

    // A notice's dates are written out in the learner's zone, named, as a file is read away from the app.
    await db().notification.create({ data: { userId: learner.id, kind: "assignment_new", title: "New assignment: Week 1", body: `Year 10 · due ${dateToken(new Date("2026-12-07T23:31:00Z"))}` } });
    const json = await exportMyData(learner, "json", { db: db(), timeZone: "Asia/Karachi" });
    expect((JSON.parse(json.body) as { notifications: unknown[] }).notifications).toEqual([
      expect.objectContaining({ kind: "assignment_new", title: "New assignment: Week 1", body: "Year 10 · due 8 Dec 2026, 04:31 GMT+5", href: null, readAt: null }),
    ]);
    const data = JSON.parse(json.body) as { account: { email: string }; attempts: { id: string; itemTypes: string[] | null; items: { answer: { correct: boolean | null } | null }[] }[] };
    expect(data.account.email).toBe(learner.email);
    expect(data.attempts).toHaveLength(2);
    // The quiz limited to two types says which, in the engine's order; the other could use every type.
    expect(data.attempts.find((attempt) => attempt.id === open.id)?.itemTypes).toEqual(["multiple-choice", "true-false"]);
    expect(data.attempts.find((attempt) => attempt.id !== open.id)?.itemTypes).toBeNull();
    expect(data.attempts.find((attempt) => attempt.id === open.id)?.items[0]?.answer?.correct).toBeNull();
    expect(json.body).not.toContain(item.key.explanation);
    // A true/false item or a blank is exported with what it asked, not "True or false?" alone.
    const exportedItems = (JSON.parse(json.body) as { attempts: { items: { type: string; prompt: string }[] }[] }).attempts.flatMap((attempt) => attempt.items);
    const withDetail = exportedItems.filter((each) => each.type === "true-false" || each.type === "cloze");
    expect(withDetail.length).toBeGreaterThan(0);
    for (const each of withDetail) expect(each.prompt).toMatch(/^(True or false( \(.+?\))?\?|Fill in the blank( \(.+?\))?\.) \S/);

    const csv = await exportMyData(learner, "csv", { db: db() });
    const responses = await db().response.count({ where: { userId: learner.id } });
    const lines = csv.body.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^attempt_id,mode,status/);
    // One row per response (prompts never contain a raw line break).
    expect(lines).toHaveLength(responses + 1);
    expect(csv.body).not.toContain(item.key.explanation);

    const wrongEmail = await deleteMyAccount(learner, { confirmEmail: "someone@example.com" }, { db: db() }).catch((error: unknown) => error);
    expect(isAppError(wrongEmail) && wrongEmail.field).toBe("confirmEmail");
    await deleteMyAccount(learner, { confirmEmail: learner.email.toUpperCase() }, { db: db() });
    for (const count of [
      db().user.count({ where: { id: learner.id } }),
      db().attempt.count({ where: { userId: learner.id } }),
      db().response.count({ where: { userId: learner.id } }),
      db().factMemory.count({ where: { userId: learner.id } }),
      db().reviewLog.count({ where: { userId: learner.id } }),
      db().attemptItem.count({ where: { attemptId: open.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    // The other learner's data is untouched.
    expect(await db().response.count({ where: { userId: other.id } })).toBe(await db().attemptItem.count({ where: { attemptId: otherAttempt } }));
  });
});
