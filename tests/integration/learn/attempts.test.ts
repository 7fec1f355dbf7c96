import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemTypes, type ItemType } from "@/lib/engine";
import { createDb } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { ATTEMPT_NOT_FOUND_MESSAGE } from "@/lib/server/services/learn/attempt-records";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { getProgress } from "@/lib/server/services/learn/get-progress";
import { getLatestCheck } from "@/lib/server/services/learn/latest-check";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { recomputeMemory } from "@/lib/server/services/review/recompute-memory";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, listingOfParts, newKey, realPack, seedLearner, storedItems, syncRealPack, wrongResponse, type StoredItem } from "./learn-helpers";

/** Strings that would give an item away, and that its client item does not itself show. */
function secretsOf(items: StoredItem[], item: StoredItem, hidden: StoredItem[]): string[] {
  // Shown anyway: every client item, and the keys of items already revealed (a citation may share a date with a hidden answer).
  const visible = JSON.stringify([items.map((other) => other.client), items.filter((other) => !hidden.includes(other)).map((other) => other.key)]);
  const secrets = [item.key.explanation, JSON.stringify(item.key.answer), ...item.key.citations.map((citation) => citation.text)];
  // A typed answer is secret; a chosen one is one of the shown options (the secret is which id).
  if (item.key.answer.kind === "text" && !("options" in item.client && item.client.options)) secrets.push(item.key.expected);
  return secrets.filter((secret) => secret.length > 3 && !visible.includes(secret));
}

const KEY_FIELDS = ['"isCorrect"', '"expected"', '"explanation"', '"explanations"', '"answer"', '"citations"', '"factIds"', '"factSlugs"', '"key"', '"seed"'];

function expectNoSecrets(output: unknown, items: StoredItem[], hidden: StoredItem[]) {
  // A learner's own answer comes back to them as they sent it ("response"): what they typed is no leak, even when it is right.
  const json = JSON.stringify(output, (key, value: unknown) => (key === "response" ? undefined : value));
  for (const field of KEY_FIELDS) {
    // Fields of an item's own feedback are allowed only inside `feedback` objects, which must be absent here.
    if (hidden.length === items.length) expect(json, `field ${field} leaked`).not.toContain(field);
  }
  for (const item of hidden) {
    for (const secret of secretsOf(items, item, hidden)) expect(json, `${item.client.type} ${item.client.id} leaked ${secret}`).not.toContain(secret);
  }
}

function expectAppError(error: unknown, status: number, message?: string) {
  expect(isAppError(error), String(error)).toBe(true);
  const appError = error as { status: number; message: string };
  expect(appError.status).toBe(status);
  if (message) expect(appError.message).toBe(message);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe.each(testProviders())("the learner's loop on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("stores every item with its key before the first is shown, and shows no key before answering, for every item type", async () => {
    const learner = await seedLearner(db());
    const seen = new Set<ItemType>();
    for (let seed = 0; seen.size < itemTypes.length && seed < 40; seed++) {
      for (const mode of ["practice", "assessment"] as const) {
        const view = await startAttempt(learner, { mode, moduleSlugs: ["cold-war-and-sanctions", "post-9-11-partnership", "sanctuaries-haqqanis-isi", "supply-routes-and-leverage"], count: 20 }, { db: db(), seed: `leak-${seed}` });
        const items = await storedItems(db(), view.id);
        expect(items).toHaveLength(view.total);
        expect(view.items.map((item) => item.item)).toEqual(items.map((item) => item.client));
        for (const item of items) seen.add(item.client.type);
        expect(view.items.every((item) => item.feedback === null && !item.isAnswered)).toBe(true);
        expectNoSecrets(view, items, items);
        expectNoSecrets(await getAttemptView(learner, view.id, { db: db() }), items, items);

        // Answer the first item: only that item's feedback appears (practice), none at all (assessment).
        const [first, ...rest] = items;
        if (!first) throw new Error("empty quiz");
        const result = await submitAnswer(learner, { attemptId: view.id, position: 0, response: correctResponse(first.client, first.key), idempotencyKey: newKey(), timeMs: 8000 }, { db: db() });
        const after = await getAttemptView(learner, view.id, { db: db() });
        if (mode === "practice") {
          expect(result.feedback).toMatchObject({ correct: true, explanation: first.key.explanation });
          expect(after.items[0]?.feedback?.correct).toBe(true);
          expectNoSecrets(after.items.slice(1), items, rest);
        } else {
          expect(result.feedback).toBeNull();
          expectNoSecrets(result, items, items);
          // The first item shows back what the learner sent (a typed answer may equal the key); nothing else may.
          expect(after.items[0]?.response).toEqual(correctResponse(first.client, first.key));
          expectNoSecrets({ ...after, items: after.items.map((item) => ({ ...item, response: null })) }, items, items);
        }
        expectNoSecrets(result, items, rest);
      }
    }
    expect([...seen].sort()).toEqual([...itemTypes].sort());
  }, 120_000);

  it("shows the key of a question left unanswered only once the quiz is handed in, counted wrong", async () => {
    const learner = await seedLearner(db());
    for (const mode of ["practice", "assessment"] as const) {
      const view = await startAttempt(learner, { mode, moduleSlugs: ["drones-and-sovereignty"], count: 5 }, { db: db(), seed: `unanswered-${mode}` });
      const [first, ...rest] = await storedItems(db(), view.id);
      if (!first) throw new Error("empty quiz");
      await submitAnswer(learner, { attemptId: view.id, position: 0, response: correctResponse(first.client, first.key), idempotencyKey: newKey(), timeMs: 8000 }, { db: db() });
      // Still open: nothing of the questions not yet answered.
      expectNoSecrets((await getAttemptView(learner, view.id, { db: db() })).items.slice(1), [first, ...rest], rest);

      const handedIn = await submitAttempt(learner, view.id, { db: db() });
      expect(handedIn.score).toBe(1);
      for (const view of [handedIn, await getAttemptView(learner, handedIn.id, { db: db() })]) {
        expect(view.items.slice(1).map((item) => ({ isAnswered: item.isAnswered, feedback: item.feedback }))).toEqual(
          rest.map((item) => ({
            isAnswered: false,
            feedback: { correct: false, yourAnswer: "", expected: item.key.expected, explanation: item.key.explanation, citations: item.key.citations },
          })),
        );
      }
      const history = (await getProgress(learner, { db: db() })).history.find((attempt) => attempt.attemptId === view.id);
      expect(history?.items.slice(1).map((item) => [item.correct, item.yourAnswer, item.expected])).toEqual(rest.map((item) => [false, "", item.key.expected]));
    }
  });

  it("gives an ordering or matching answer's feedback part by part, the same again on a reload", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "practice", moduleSlugs: realPack().modules.map((module) => module.id), types: ["ordering", "matching"], count: 5 }, { db: db(), seed: "parts" });
    const items = await storedItems(db(), view.id);
    expect(new Set(items.map((item) => item.client.type))).toEqual(new Set(["ordering", "matching"]));
    for (const [position, item] of items.entries()) {
      const { feedback } = await submitAnswer(learner, { attemptId: view.id, position, response: wrongResponse(item.client, item.key), idempotencyKey: newKey(), timeMs: 7000 }, { db: db() });
      const parts = feedback?.parts ?? [];
      expect(parts.length).toBe(feedback?.partial?.total);
      expect(parts.filter((part) => part.correct)).toHaveLength(feedback?.partial?.correct ?? -1);
      // The parts, each where it belongs, spell out the key's listing: the dates and names it gives are all there.
      expect(listingOfParts(parts)).toBe(item.key.expected);
      expect((await getAttemptView(learner, view.id, { db: db() })).items[position]?.feedback?.parts).toEqual(parts);
    }
  });

  it("takes the same start again within seconds, nothing answered, for the same press: one quiz, not two", async () => {
    const learner = await seedLearner(db());
    const now = new Date("2026-06-02T10:00:00Z");
    const request = { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 5 };
    const at = (ms: number) => ({ db: db(), now: new Date(now.getTime() + ms) });
    const first = await startAttempt(learner, request, at(0));
    expect((await startAttempt(learner, request, at(3_000))).id).toBe(first.id);
    // Another request is another quiz; so is the same one once time has passed, or once the first is answered.
    expect((await startAttempt(learner, { ...request, count: 10 }, at(3_000))).id).not.toBe(first.id);
    expect((await startAttempt(learner, { ...request, types: ["true-false"] }, at(3_000))).id).not.toBe(first.id);
    const later = await startAttempt(learner, request, at(11_000));
    expect(later.id).not.toBe(first.id);
    const [item] = await storedItems(db(), later.id);
    if (!item) throw new Error("no item");
    await submitAnswer(learner, { attemptId: later.id, position: item.position, response: correctResponse(item.client, item.key), idempotencyKey: newKey() }, at(12_000));
    expect((await startAttempt(learner, request, at(13_000))).id).not.toBe(later.id);
    expect(await db().attempt.count({ where: { userId: learner.id } })).toBe(5);
  });

  it("asks a quiz started after a lesson's check on other facts first, as the engine does with what was asked within the day", async () => {
    const now = new Date("2026-06-02T10:00:00Z");
    const check = { mode: "check", moduleSlugs: ["sanctuaries-haqqanis-isi"], count: 5, types: ["multiple-choice", "true-false", "cloze"] };
    const practice = { mode: "practice", moduleSlugs: ["sanctuaries-haqqanis-isi"], count: 5 };
    const factsOf = async (attemptId: string) => new Set((await storedItems(db(), attemptId)).flatMap((item) => item.key.factIds));
    /** The facts the practice quiz shares with the check, for a learner whose check was `ago` ms before it (or who took none). */
    const sharedWithCheck = async (ago: number | null) => {
      const learner = await seedLearner(db());
      const checked = await startAttempt(learner, check, { db: db(), now: new Date(now.getTime() - (ago ?? 0)), seed: "check-9" });
      const checkFacts = await factsOf(checked.id);
      // Without a check before it, the practice quiz is the one a new learner gets from the same seed.
      if (ago === null) await db().attempt.delete({ where: { id: checked.id } });
      const practised = await startAttempt(learner, practice, { db: db(), now, seed: "practise-9" });
      return [...(await factsOf(practised.id))].filter((factId) => checkFacts.has(factId)).length;
    };
    expect(await sharedWithCheck(60_000)).toBe(0);
    const unaware = await sharedWithCheck(null);
    expect(unaware).toBeGreaterThan(0);
    expect(await sharedWithCheck(25 * 60 * 60 * 1000)).toBe(unaware);
  });

  it("counts the same idempotency key once, sequentially and concurrently", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 5 }, { db: db(), seed: "idem" });
    const [item0, item1] = await storedItems(db(), view.id);
    if (!item0 || !item1) throw new Error("too few items");

    const body = { attemptId: view.id, position: 0, response: correctResponse(item0.client, item0.key), idempotencyKey: newKey(), timeMs: 9000 };
    const first = await submitAnswer(learner, body, { db: db() });
    const again = await submitAnswer(learner, body, { db: db() });
    expect(first.isDuplicate).toBe(false);
    expect(again).toEqual({ ...first, isDuplicate: true });

    const concurrent = { ...body, position: 1, response: wrongResponse(item1.client, item1.key), idempotencyKey: newKey() };
    const results = await Promise.all([submitAnswer(learner, concurrent, { db: db() }), submitAnswer(learner, concurrent, { db: db() })]);
    expect(results.map((result) => result.isDuplicate).sort()).toEqual([false, true]);
    expect(await db().response.count({ where: { attemptItemId: item1.id } })).toBe(1);
    // The memory was updated once per fact, not once per request.
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(item0.key.factIds.length + item1.key.factIds.length);
  });

  it("counts the same answer from two tabs once, and refuses a different later answer in practice", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "practice", moduleSlugs: ["cold-war-and-sanctions"], count: 5 }, { db: db(), seed: "tabs" });
    const [item] = await storedItems(db(), view.id);
    if (!item) throw new Error("no item");
    const response = correctResponse(item.client, item.key);
    const tabs = await Promise.all(
      [newKey(), newKey()].map((idempotencyKey) => submitAnswer(learner, { attemptId: view.id, itemId: item.client.id, response, idempotencyKey }, { db: db() })),
    );
    expect(tabs.filter((result) => result.isDuplicate)).toHaveLength(1);
    expect(await db().response.count({ where: { attemptItemId: item.id } })).toBe(1);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(item.key.factIds.length);

    const error = await rejection(submitAnswer(learner, { attemptId: view.id, position: 0, response: wrongResponse(item.client, item.key), idempotencyKey: newKey() }, { db: db() }));
    expectAppError(error, 409, "You have already answered this question; your first answer stands.");
    expect((await getAttemptView(learner, view.id, { db: db() })).items[0]?.feedback?.correct).toBe(true);
  });

  it("closes a lesson check, scored, at its last answer; the same last answer again is a repeat, a different one refused", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "check", moduleSlugs: ["drones-and-sovereignty"], count: 5, types: ["multiple-choice", "true-false"] }, { db: db(), seed: "check-close" });
    const items = await storedItems(db(), view.id);
    const answer = (item: StoredItem, response = correctResponse(item.client, item.key)) =>
      submitAnswer(learner, { attemptId: view.id, itemId: item.client.id, response, idempotencyKey: newKey() }, { db: db() });
    const [last, ...others] = [...items].reverse();
    if (!last) throw new Error("empty check");
    for (const [index, item] of others.entries()) await answer(item, index === 0 ? wrongResponse(item.client, item.key) : undefined);
    expect((await getAttemptView(learner, view.id, { db: db() })).status).toBe("in_progress");

    // The last two tabs race with the same answer: one stores it and closes the check, the other is a repeat.
    const racing = await Promise.all([answer(last), answer(last)]);
    expect(racing.map((result) => result.isDuplicate).sort()).toEqual([false, true]);
    const closed = await getAttemptView(learner, view.id, { db: db() });
    expect(closed).toMatchObject({ status: "submitted", score: items.length - 1, maxScore: items.length });
    expect(await db().response.count({ where: { attemptItem: { attemptId: view.id } } })).toBe(items.length);

    expectAppError(await rejection(answer(last, wrongResponse(last.client, last.key))), 409, "This quiz has been submitted, so its answers can no longer change.");
  });

  it("finds the learner's own latest check on a module: open to resume, then closed with its score", async () => {
    const learner = await seedLearner(db());
    const latest = (who = learner, slug: unknown = "regional-picture") => getLatestCheck(who, slug, { db: db() });
    expect(await latest()).toBeNull();
    const view = await startAttempt(learner, { mode: "check", moduleSlugs: ["regional-picture"], count: 5, types: ["multiple-choice", "true-false"] }, { db: db() });
    expect(await latest()).toEqual({ attemptId: view.id, status: "in_progress", score: null, maxScore: null, submittedAt: null });
    const items = await storedItems(db(), view.id);
    for (const item of items) {
      const response = item.position === 0 ? wrongResponse(item.client, item.key) : correctResponse(item.client, item.key);
      await submitAnswer(learner, { attemptId: view.id, itemId: item.client.id, response, idempotencyKey: newKey() }, { db: db() });
    }
    expect(await latest()).toMatchObject({ attemptId: view.id, status: "submitted", score: items.length - 1, maxScore: items.length });
    // Another module's, another learner's, a practice quiz and a malformed slug are not it.
    expect(await latest(learner, "drones-and-sovereignty")).toBeNull();
    expect(await latest(await seedLearner(db()))).toBeNull();
    await startAttempt(learner, { mode: "practice", moduleSlugs: ["regional-picture"], count: 5 }, { db: db() });
    expect((await latest())?.attemptId).toBe(view.id);
    expect(await latest(learner, "")).toBeNull();
  });

  it("refuses malformed responses with a message naming the field", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "practice", moduleSlugs: ["regional-picture"], count: 10 }, { db: db(), seed: "shape" });
    const items = await storedItems(db(), view.id);
    for (const item of items) {
      const error = await rejection(submitAnswer(learner, { attemptId: view.id, position: item.position, response: { nonsense: 1 }, idempotencyKey: newKey() }, { db: db() }));
      expectAppError(error, 400);
      expect((error as { field?: string }).field).toBe("response");
    }
    const choice = items.find((item) => "options" in item.client && item.client.options);
    if (choice) {
      const error = await rejection(submitAnswer(learner, { attemptId: view.id, position: choice.position, response: { optionId: "nope" }, idempotencyKey: newKey() }, { db: db() }));
      expectAppError(error, 400, "Choose one of the options shown.");
    }
    expectAppError(await rejection(startAttempt(learner, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 7 }, { db: db() })), 400);
    expectAppError(await rejection(startAttempt(learner, { mode: "practice", moduleSlugs: ["no-such-module"], count: 5 }, { db: db() })), 400);
    expect(await db().response.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("assessment: the last answer before submission wins, no feedback before submitting, memory updated once on submit", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "assessment", moduleSlugs: ["year-2011-abbottabad-salala"], count: 5 }, { db: db(), seed: "assess" });
    const items = await storedItems(db(), view.id);
    const [item0, item1] = items;
    if (!item0 || !item1) throw new Error("too few items");

    const wrong = await submitAnswer(learner, { attemptId: view.id, position: 0, response: wrongResponse(item0.client, item0.key), idempotencyKey: newKey(), timeMs: 4000 }, { db: db() });
    const right = await submitAnswer(learner, { attemptId: view.id, position: 0, response: correctResponse(item0.client, item0.key), idempotencyKey: newKey(), timeMs: 6000 }, { db: db() });
    expect(wrong.feedback).toBeNull();
    expect(right.feedback).toBeNull();
    await submitAnswer(learner, { attemptId: view.id, position: 1, response: wrongResponse(item1.client, item1.key), idempotencyKey: newKey() }, { db: db() });
    expect(await db().response.count({ where: { attemptItemId: item0.id } })).toBe(1);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(0);

    const before = await getAttemptView(learner, view.id, { db: db() });
    expect(before.items.every((item) => item.feedback === null)).toBe(true);
    expect(before.items[0]?.response).toEqual(correctResponse(item0.client, item0.key));
    expect(before.score).toBeNull();
    expectNoSecrets(before, items, items);

    const [result, twice] = await Promise.all([submitAttempt(learner, view.id, { db: db() }), submitAttempt(learner, view.id, { db: db() })]);
    expect(result.status).toBe("submitted");
    expect(result.score).toBe(1);
    expect(result.maxScore).toBe(items.length);
    expect(twice.score).toBe(1);
    // Handed in: every item is graded, and those never answered count wrong, with their key.
    expect(result.items.every((item) => item.feedback !== null && (item.isAnswered || item.feedback.correct === false))).toBe(true);
    expect(result.items[0]?.feedback).toMatchObject({ correct: true, expected: item0.key.expected, explanation: item0.key.explanation });
    expect(result.items[1]?.feedback?.correct).toBe(false);
    // Graded once, on submission: one review per fact of each answered item.
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(item0.key.factIds.length + item1.key.factIds.length);
    expect(await submitAttempt(learner, view.id, { db: db() })).toEqual(result);

    const late = await rejection(submitAnswer(learner, { attemptId: view.id, position: 2, response: correctResponse(items[2]!.client, items[2]!.key), idempotencyKey: newKey() }, { db: db() }));
    expectAppError(late, 409);
  });

  it("never stores an answer that its handed-in attempt does not count, when the answer and the hand-in race", async () => {
    const learner = await seedLearner(db());
    for (const [round, mode] of (["practice", "assessment", "practice", "assessment", "practice", "assessment"] as const).entries()) {
      const view = await startAttempt(learner, { mode, moduleSlugs: ["year-2011-abbottabad-salala"], count: 5 }, { db: db(), seed: `race-${round}` });
      const [item0, item1] = await storedItems(db(), view.id);
      if (!item0 || !item1) throw new Error("too few items");
      await submitAnswer(learner, { attemptId: view.id, position: 0, response: correctResponse(item0.client, item0.key), idempotencyKey: newKey() }, { db: db() });
      const answer = { attemptId: view.id, position: 1, response: correctResponse(item1.client, item1.key), idempotencyKey: newKey() };
      const [closed, answered] = await Promise.allSettled([submitAttempt(learner, view.id, { db: db() }), submitAnswer(learner, answer, { db: db() })]);
      expect(closed.status).toBe("fulfilled");
      if (answered.status === "rejected") expectAppError(answered.reason, 409);
      // Whichever won, the stored answers and the score agree: an answer is either counted or not stored.
      const stored = await db().response.count({ where: { attemptItem: { attemptId: view.id }, isCorrect: true } });
      const attempt = await db().attempt.findUniqueOrThrow({ where: { id: view.id }, select: { score: true } });
      expect(attempt.score, `round ${round} (${mode}), answer ${answered.status}`).toBe(stored);
    }
  });

  it("refuses every id-taking service on someone else's attempt exactly like a missing one", async () => {
    const owner = await seedLearner(db(), "Owner");
    const intruder = await seedLearner(db(), "Intruder");
    const view = await startAttempt(owner, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 5 }, { db: db() });
    const [item] = await storedItems(db(), view.id);
    if (!item) throw new Error("no item");
    const answer = { attemptId: view.id, position: 0, response: correctResponse(item.client, item.key), idempotencyKey: newKey() };

    for (const attemptId of [view.id, "cl_no_such_attempt"]) {
      expectAppError(await rejection(getAttemptView(intruder, attemptId, { db: db() })), 404, ATTEMPT_NOT_FOUND_MESSAGE);
      expectAppError(await rejection(submitAnswer(intruder, { ...answer, attemptId }, { db: db() })), 404, ATTEMPT_NOT_FOUND_MESSAGE);
      expectAppError(await rejection(submitAttempt(intruder, attemptId, { db: db() })), 404, ATTEMPT_NOT_FOUND_MESSAGE);
    }
    // The owner's idempotency key is theirs alone: the intruder cannot read the stored result through it.
    await submitAnswer(owner, answer, { db: db() });
    expectAppError(await rejection(submitAnswer(intruder, answer, { db: db() })), 404, ATTEMPT_NOT_FOUND_MESSAGE);
    expect(await db().response.count({ where: { userId: intruder.id } })).toBe(0);
    expect((await getAttemptView(owner, view.id, { db: db() })).status).toBe("in_progress");
  });

  it("resumes after a restart: a new client on the same database sees the same attempt and position", async () => {
    const learner = await seedLearner(db());
    const view = await startAttempt(learner, { mode: "practice", moduleSlugs: ["wary-cooperation-and-outlook"], count: 10 }, { db: db(), seed: "resume" });
    const items = await storedItems(db(), view.id);
    for (const item of items.slice(0, 3)) {
      await submitAnswer(learner, { attemptId: view.id, position: item.position, response: correctResponse(item.client, item.key), idempotencyKey: newKey() }, { db: db() });
    }
    const before = await getAttemptView(learner, view.id, { db: db() });
    const restarted = createDb(database.url);
    try {
      const after = await getAttemptView(learner, view.id, { db: restarted });
      expect(after).toEqual(before);
      expect(after.nextPosition).toBe(3);
      expect(after.answeredCount).toBe(3);
      const next = items[3];
      if (!next) throw new Error("too few items");
      const result = await submitAnswer(learner, { attemptId: view.id, position: 3, response: correctResponse(next.client, next.key), idempotencyKey: newKey() }, { db: restarted });
      expect(result.answeredCount).toBe(4);
    } finally {
      await restarted.$disconnect();
    }
  });

  it("updates the FSRS memory of every fact a graded item tests, with a review log each", async () => {
    const learner = await seedLearner(db());
    let multi: StoredItem | undefined;
    let attemptId = "";
    for (let seed = 0; !multi && seed < 20; seed++) {
      const view = await startAttempt(learner, { mode: "practice", moduleSlugs: ["sanctuaries-haqqanis-isi"], count: 10, types: ["matching", "ordering"] }, { db: db(), seed: `multi-${seed}` });
      multi = (await storedItems(db(), view.id)).find((item) => item.key.factIds.length > 1);
      attemptId = view.id;
    }
    if (!multi) throw new Error("no multi-fact item generated");
    await submitAnswer(learner, { attemptId, position: multi.position, response: correctResponse(multi.client, multi.key), idempotencyKey: newKey(), timeMs: 20_000 }, { db: db() });
    const facts = await db().fact.findMany({ where: { slug: { in: multi.key.factIds } }, select: { id: true } });
    const memories = await db().factMemory.findMany({ where: { userId: learner.id } });
    expect(memories.map((memory) => memory.factId).sort()).toEqual(facts.map((fact) => fact.id).sort());
    expect(memories.every((memory) => memory.reps === 1 && memory.seen === 1 && memory.correct === 1 && memory.lastReview !== null)).toBe(true);
    expect(await db().reviewLog.count({ where: { userId: learner.id } })).toBe(facts.length);
  });

  it("keeps every review when two tabs answer items on the same facts at once", async () => {
    const learner = await seedLearner(db());
    const now = new Date("2026-06-01T10:00:00Z");
    // The same seed gives both attempts the same items, so each answer races one on the very same facts.
    // The second tab a minute later: the same request within seconds, nothing answered, is taken for a double press.
    const start = (at: Date) => startAttempt(learner, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 10 }, { db: db(), seed: "two-tabs", now: at });
    const attempts = [await start(new Date(now.getTime() - 60_000)), await start(now)];
    const answers = await Promise.all(
      attempts.map(async (view) =>
        (await storedItems(db(), view.id)).map((item) => ({ attemptId: view.id, position: item.position, response: correctResponse(item.client, item.key), factIds: item.key.factIds })),
      ),
    );
    await Promise.all(
      answers.flat().map(({ attemptId, position, response }) => submitAnswer(learner, { attemptId, position, response, idempotencyKey: newKey(), timeMs: 9000 }, { db: db(), now })),
    );

    const reviewsPerFact = new Map<string, number>();
    for (const { factIds } of answers.flat()) for (const slug of new Set(factIds)) reviewsPerFact.set(slug, (reviewsPerFact.get(slug) ?? 0) + 1);
    const memories = await db().factMemory.findMany({ where: { userId: learner.id }, include: { fact: { select: { slug: true } } } });
    expect(Object.fromEntries(memories.map((memory) => [memory.fact.slug, memory.seen]))).toEqual(Object.fromEntries(reviewsPerFact));
    expect(memories.every((memory) => memory.reps === memory.seen && memory.correct === memory.seen)).toBe(true);
    // And the rows are what replaying the logged reviews gives: no review was applied twice or to a stale row.
    const snapshot = async () => (await db().factMemory.findMany({ where: { userId: learner.id }, orderBy: { factId: "asc" } })).map((row) => ({ ...row }));
    const incremental = await snapshot();
    await recomputeMemory(learner.id, { db: db() });
    expect(await snapshot()).toEqual(incremental);
  });
});
