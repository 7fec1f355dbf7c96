import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { getMyAssignment } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { listMyAssignments } from "@/lib/server/services/learn/assignments/list-my-assignments";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { ANSWER_GRACE_MS, closeExpiredAttempts } from "@/lib/server/services/learn/close-expired-attempts";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { submitAnswer, TIME_UP_MESSAGE } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, newKey, storedItems, syncRealPack, wrongResponse, type StoredItem } from "../learn/learn-helpers";
import { seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

const NOW = new Date("2030-05-06T08:00:00.000Z");
const MINUTE = 60 * 1000;
const LIMIT_MINUTES = 10;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe.each(testProviders())("time limits on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;
  let teacher: SeededUser;
  let classId: string;

  async function timedAssignment(title: string, mode: "practice" | "assessment" = "assessment", dueInMinutes = 24 * 60) {
    const { id } = await createAssignment(
      teacher,
      classId,
      { title, moduleSlugs: ["drones-and-sovereignty"], itemCount: 5, mode, attemptsAllowed: 2, timeLimitMinutes: LIMIT_MINUTES, dueAt: at(dueInMinutes * MINUTE).toISOString(), showAnswersAfterDue: false },
      { db: db(), now: NOW },
    );
    return id;
  }

  async function newStudent(name: string): Promise<SeededUser> {
    const student = await seedStudent(db(), name);
    await db().enrollment.create({ data: { classId, userId: student.id } });
    return student;
  }

  const answer = (student: SeededUser, attemptId: string, item: StoredItem, now: Date, correct = true) =>
    submitAnswer(
      student,
      { attemptId, position: item.position, response: correct ? correctResponse(item.client, item.key) : wrongResponse(item.client, item.key), idempotencyKey: newKey() },
      { db: db(), now },
    );

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(db());
    teacher = await seedTeacher(db(), "Timer");
    classId = (await seedClassWithStudents(db(), teacher, [])).classroom.id;
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("measures the deadline from the start on the server clock, not from the due date", async () => {
    const student = await newStudent("Clock");
    // Started five minutes before the due date: the full limit still applies (the hand-in will be late).
    const id = await timedAssignment("Starts late", "practice", 60);
    const startedAt = at(55 * MINUTE);
    const { attemptId } = await startAssignmentAttempt(student, id, { db: db(), now: startedAt });
    const view = await getAttemptView(student, attemptId, { db: db(), now: startedAt });
    expect(view.startedAt).toBe(startedAt.toISOString());
    expect(view.deadlineAt).toBe(new Date(startedAt.getTime() + LIMIT_MINUTES * MINUTE).toISOString());
  });

  it("counts answers within the limit and its grace period, refuses and does not store a later one, and closes the attempt", async () => {
    const student = await newStudent("Answerer");
    const id = await timedAssignment("Answer in time");
    const { attemptId } = await startAssignmentAttempt(student, id, { db: db(), now: NOW });
    const [first, second, third] = await storedItems(db(), attemptId);
    if (!first || !second || !third) throw new Error("quiz too short");

    await answer(student, attemptId, first, at(5 * MINUTE));
    // Sent in the last second, arriving within the grace period: still counted.
    await answer(student, attemptId, second, at(LIMIT_MINUTES * MINUTE + ANSWER_GRACE_MS - 1000));
    let refusal: unknown;
    try {
      await answer(student, attemptId, third, at(LIMIT_MINUTES * MINUTE + ANSWER_GRACE_MS + 1000));
    } catch (error) {
      refusal = error;
    }
    expect(isAppError(refusal)).toBe(true);
    expect(refusal).toMatchObject({ status: 409, message: TIME_UP_MESSAGE });
    expect(await db().response.count({ where: { attemptItem: { attemptId } } })).toBe(2);

    const closed = await db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(closed).toMatchObject({ status: "expired", score: 2, maxScore: 5 });
    expect(closed.submittedAt?.toISOString()).toBe(at(LIMIT_MINUTES * MINUTE).toISOString());
    const notice = await db().notification.findFirstOrThrow({ where: { userId: teacher.id, title: "Answerer's time ran out on Answer in time" } });
    expect(notice.body).toContain("2/5");
  });

  it("closes an attempt left open at its limit with what was saved, as a timer would, when anyone next reads it", async () => {
    const student = await newStudent("Leaver");
    const id = await timedAssignment("Left open");
    const { attemptId } = await startAssignmentAttempt(student, id, { db: db(), now: NOW });
    const items = await storedItems(db(), attemptId);
    await answer(student, attemptId, items[0]!, at(MINUTE));
    await answer(student, attemptId, items[1]!, at(2 * MINUTE), false);
    await answer(student, attemptId, items[2]!, at(3 * MINUTE));

    // Still open within the grace period.
    expect((await listMyAssignments(student, { db: db(), now: at(LIMIT_MINUTES * MINUTE + ANSWER_GRACE_MS) })).find((row) => row.id === id)?.status).toBe("in_progress");
    const later = at(LIMIT_MINUTES * MINUTE + ANSWER_GRACE_MS + MINUTE);
    const mine = (await listMyAssignments(student, { db: db(), now: later })).find((row) => row.id === id);
    expect(mine).toMatchObject({ status: "submitted", best: { score: 2, maxScore: 5 }, openAttemptId: null, canStart: true });

    const view = await getAttemptView(student, attemptId, { db: db(), now: later });
    expect(view).toMatchObject({ status: "expired", score: 2, maxScore: 5, submittedAt: at(LIMIT_MINUTES * MINUTE).toISOString() });
    // Nothing left to close, and closing again changes nothing.
    expect(await closeExpiredAttempts(db(), { assignmentId: id }, later)).toBe(0);
    expect(await db().notification.count({ where: { userId: teacher.id, title: { contains: "Leaver" } } })).toBe(1);
  });

  it("closes each expired attempt once under concurrent readers", async () => {
    const student = await newStudent("Raced");
    const id = await timedAssignment("Raced close");
    const { attemptId } = await startAssignmentAttempt(student, id, { db: db(), now: NOW });
    await answer(student, attemptId, (await storedItems(db(), attemptId))[0]!, at(MINUTE));
    const later = at(LIMIT_MINUTES * MINUTE + ANSWER_GRACE_MS + 1);
    const results = await Promise.all([
      closeExpiredAttempts(db(), { assignmentId: id }, later),
      closeExpiredAttempts(db(), { userId: student.id }, later),
      getMyAssignment(student, id, { db: db(), now: later }),
    ]);
    expect((results[0] as number) + (results[1] as number)).toBeLessThanOrEqual(1);
    expect(await db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "expired", score: 1 });
    expect(await db().notification.count({ where: { userId: teacher.id, title: { contains: "Raced" } } })).toBe(1);
  });

  it("closes an attempt submitted after its limit as expired at the deadline, not as submitted late", async () => {
    const student = await newStudent("Slow");
    const id = await timedAssignment("Slow submit", "practice");
    const { attemptId } = await startAssignmentAttempt(student, id, { db: db(), now: NOW });
    await answer(student, attemptId, (await storedItems(db(), attemptId))[0]!, at(MINUTE));
    const view = await submitAttempt(student, attemptId, { db: db(), now: at(30 * MINUTE) });
    expect(view).toMatchObject({ status: "expired", score: 1, submittedAt: at(LIMIT_MINUTES * MINUTE).toISOString() });

    // Within the limit, submitting is an ordinary submission.
    const second = await startAssignmentAttempt(student, id, { db: db(), now: at(40 * MINUTE) });
    expect(second.isResumed).toBe(false);
    expect(await submitAttempt(student, second.attemptId, { db: db(), now: at(45 * MINUTE) })).toMatchObject({ status: "submitted", submittedAt: at(45 * MINUTE).toISOString() });
  });
});
