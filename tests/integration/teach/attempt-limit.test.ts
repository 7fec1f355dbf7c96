import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/lib/server/auth/database";
import { createDb, type Db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { syncRealPack } from "../learn/learn-helpers";
import { seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

const NOW = new Date("2030-06-01T12:00:00.000Z");
const RACERS = 8;

describe.each(testProviders())("the attempt limit under concurrent starts on %s", (provider) => {
  let database: TestDatabase;
  // PostgreSQL: one client (connection pool) per racer, so the starts really run side by side on the server.
  // SQLite: the app runs one client per process (better-sqlite3 is synchronous, so several clients in one
  // process would block each other's event loop); racers share it and interleave at every await, as requests do.
  let clients: Db[] = [];
  let teacher: SeededUser;
  let classId: string;

  async function assignmentFor(student: SeededUser, attemptsAllowed: number) {
    await database.db.enrollment.create({ data: { classId, userId: student.id } });
    const { id } = await createAssignment(
      teacher,
      classId,
      { title: `Limit ${attemptsAllowed}`, moduleSlugs: ["regional-picture"], itemCount: 5, mode: "practice", attemptsAllowed, dueAt: "2030-06-08T12:00:00Z", showAnswersAfterDue: false },
      { db: database.db, now: NOW },
    );
    return id;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(database.db);
    teacher = await seedTeacher(database.db, "Limiter");
    classId = (await seedClassWithStudents(database.db, teacher, [])).classroom.id;
    clients = Array.from({ length: RACERS }, () => (provider === "postgresql" ? createDb(database.url) : database.db));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(clients.filter((client) => client !== database.db).map((client) => client.$disconnect()));
    await database?.drop();
  });

  it("creates one attempt when a student starts from many tabs at once; every start resumes it", async () => {
    const student = await seedStudent(database.db, "Tabs");
    const id = await assignmentFor(student, 3);
    const results = await Promise.all(clients.map((db) => startAssignmentAttempt(student, id, { db, now: NOW })));
    const attempts = await database.db.attempt.findMany({ where: { assignmentId: id, userId: student.id } });
    expect(attempts).toHaveLength(1);
    expect(new Set(results.map((result) => result.attemptId))).toEqual(new Set([attempts[0]!.id]));
    expect(results.filter((result) => !result.isResumed)).toHaveLength(1);
  });

  it("never lets racing start-and-submit loops use more than attemptsAllowed attempts", async () => {
    const student = await seedStudent(database.db, "Racer");
    const allowed = 3;
    const id = await assignmentFor(student, allowed);
    const refusals: string[] = [];
    await Promise.all(
      clients.map(async (db) => {
        for (let round = 0; round < allowed + 2; round++) {
          try {
            const { attemptId } = await startAssignmentAttempt(student, id, { db, now: NOW });
            await submitAttempt(student, attemptId, { db, now: NOW });
          } catch (error) {
            if (!isAppError(error) || error.status !== 409) throw error;
            refusals.push(error.message);
            return;
          }
        }
      }),
    );
    const attempts = await database.db.attempt.findMany({ where: { assignmentId: id, userId: student.id }, orderBy: { attemptNumber: "asc" } });
    expect(attempts.map((attempt) => attempt.attemptNumber)).toEqual([1, 2, 3]);
    expect(attempts.every((attempt) => attempt.status === "submitted")).toBe(true);
    expect(refusals).toContain(`You have used all ${allowed} attempts at this assignment.`);
  });

  it("is held by the database: a second attempt with a taken number is refused by the unique constraint", async () => {
    const student = await seedStudent(database.db, "Direct");
    const id = await assignmentFor(student, 1);
    const { attemptId } = await startAssignmentAttempt(student, id, { db: database.db, now: NOW });
    const existing = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    let error: unknown;
    try {
      await database.db.attempt.create({
        data: { userId: student.id, mode: existing.mode, packId: existing.packId, moduleSlugs: existing.moduleSlugs, seed: "other", assignmentId: id, attemptNumber: 1 },
      });
    } catch (caught) {
      error = caught;
    }
    expect(isUniqueViolation(error)).toBe(true);
  });
});
