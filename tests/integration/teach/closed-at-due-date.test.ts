import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMyAssignment } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { ANSWER_GRACE_MS } from "@/lib/server/services/learn/close-expired-attempts";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { exportMyData } from "@/lib/server/services/learn/export-my-data";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { exportGradebookCsv } from "@/lib/server/services/teach/gradebook/export-gradebook-csv";
import { getAttemptForTeacher } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";
import { getGradebook } from "@/lib/server/services/teach/gradebook/get-gradebook";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, newKey, storedItems, syncRealPack } from "../learn/learn-helpers";
import { seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

const NOW = new Date("2030-05-06T08:00:00.000Z");
const MINUTE = 60 * 1000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);
const DUE = at(60 * MINUTE);
const AFTER = new Date(DUE.getTime() + ANSWER_GRACE_MS + MINUTE);

/** UX review of assignments: work closed at the due date is not called a time limit, and work under way past the due date is not missing. */
describe.each(testProviders())("closing at the due date on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;
  let teacher: SeededUser;
  let classId: string;

  async function assignment(title: string, settings: { mode: "practice" | "assessment"; showAnswersAfterDue: boolean; timeLimitMinutes: number | null }) {
    const { id } = await createAssignment(
      teacher,
      classId,
      { title, moduleSlugs: ["drones-and-sovereignty"], itemCount: 5, attemptsAllowed: 1, dueAt: DUE.toISOString(), ...settings },
      { db: db(), now: NOW },
    );
    return id;
  }

  async function newStudent(name: string): Promise<SeededUser> {
    const student = await seedStudent(db(), name);
    await db().enrollment.create({ data: { classId, userId: student.id } });
    return student;
  }

  /** Starts the assignment and answers its first question, then leaves it open. */
  async function startAndLeave(student: SeededUser, assignmentId: string): Promise<string> {
    const { attemptId } = await startAssignmentAttempt(student, assignmentId, { db: db(), now: NOW });
    const [first] = await storedItems(db(), attemptId);
    if (!first) throw new Error("empty quiz");
    await submitAnswer(student, { attemptId, position: first.position, response: correctResponse(first.client, first.key), idempotencyKey: newKey() }, { db: db(), now: at(MINUTE) });
    return attemptId;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(db());
    teacher = await seedTeacher(db(), "Closer");
    classId = (await seedClassWithStudents(db(), teacher, [])).classroom.id;
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("tells an untimed assessment closed at its due date from one closed at a time limit, everywhere", async () => {
    const student = await newStudent("Dora");
    const id = await assignment("Due-date quiz", { mode: "assessment", showAnswersAfterDue: true, timeLimitMinutes: null });
    const attemptId = await startAndLeave(student, id);

    // While open: the clock counts down to the due date, and the answers wait for it.
    const open = await getAttemptView(student, attemptId, { db: db(), now: at(2 * MINUTE) });
    expect(open).toMatchObject({ deadlineAt: DUE.toISOString(), deadlineKind: "due_date", answersAt: DUE.toISOString(), assignmentItemCount: 5 });

    const mine = await getMyAssignment(student, id, { db: db(), now: AFTER });
    expect(mine.status).toBe("closed_at_due_date");
    expect(mine.attempts[0]).toMatchObject({ status: "expired", outcome: "closed_at_due_date" });
    expect((await getAttemptView(student, attemptId, { db: db(), now: AFTER })).outcome).toBe("closed_at_due_date");
    expect((await getAttemptForTeacher(teacher, attemptId, { db: db(), now: AFTER })).outcome).toBe("closed_at_due_date");

    const notice = await db().notification.findFirstOrThrow({ where: { userId: teacher.id, href: { contains: id } } });
    expect(notice.title).toBe("Dora's work on Due-date quiz closed at the due date");
    expect(notice.body).toBe("Closed at the due date with the answers saved: 1/5.");

    const gradebook = await getGradebook(teacher, classId, { db: db(), now: AFTER });
    const column = gradebook.assignments.findIndex((entry) => entry.id === id);
    const row = gradebook.rows.find((entry) => entry.student.id === student.id);
    expect(row?.cells[column]).toMatchObject({ status: "closed_at_due_date", score: 1, scorePercent: 20, isLate: false });

    const assignments = await exportGradebookCsv(teacher, classId, "assignments", { db: db(), now: AFTER });
    expect(assignments.body).toContain("Dora");
    expect(assignments.body.split("\r\n").find((line) => line.includes("Due-date quiz") && line.includes("Dora"))).toContain(",Closed at the due date,");
    const responses = await exportGradebookCsv(teacher, classId, "responses", { db: db(), now: AFTER });
    expect(responses.body.split("\r\n").find((line) => line.includes("Due-date quiz") && line.includes("Dora"))).toContain(",closed_at_due_date,");

    // The student's own export tells it apart as the gradebook's does.
    const mineAsJson = JSON.parse((await exportMyData(student, "json", { db: db(), now: AFTER })).body) as { attempts: { id: string; status: string }[] };
    expect(mineAsJson.attempts.find((attempt) => attempt.id === attemptId)?.status).toBe("closed_at_due_date");
    const mineAsCsv = await exportMyData(student, "csv", { db: db(), now: AFTER });
    expect(mineAsCsv.body.split("\r\n").find((line) => line.startsWith(attemptId))).toContain(",closed_at_due_date,");
  });

  it("still calls a time limit a time limit", async () => {
    const student = await newStudent("Tess");
    const id = await assignment("Timed quiz", { mode: "assessment", showAnswersAfterDue: true, timeLimitMinutes: 10 });
    const attemptId = await startAndLeave(student, id);
    expect((await getAttemptView(student, attemptId, { db: db(), now: at(2 * MINUTE) })).deadlineKind).toBe("time_limit");
    const later = at(30 * MINUTE);
    expect((await getMyAssignment(student, id, { db: db(), now: later })).attempts[0]?.outcome).toBe("expired");
    const notice = await db().notification.findFirstOrThrow({ where: { userId: teacher.id, href: { contains: id } } });
    expect(notice.title).toBe("Tess's time ran out on Timed quiz");
    const responses = await exportGradebookCsv(teacher, classId, "responses", { db: db(), now: later });
    expect(responses.body.split("\r\n").find((line) => line.includes("Timed quiz") && line.includes("Tess"))).toContain(",expired,");
  });

  it("shows late work under way as in progress (late), not missing", async () => {
    const student = await newStudent("Lena");
    const id = await assignment("Late practice", { mode: "practice", showAnswersAfterDue: false, timeLimitMinutes: null });
    const attemptId = await startAndLeave(student, id);
    const gradebook = await getGradebook(teacher, classId, { db: db(), now: AFTER });
    const column = gradebook.assignments.findIndex((entry) => entry.id === id);
    const row = gradebook.rows.find((entry) => entry.student.id === student.id);
    expect(row?.cells[column]).toMatchObject({ status: "in_progress_late", attemptId, score: null });
    // Missing elsewhere (the other assignments, due before this student started anything), not here.
    const missing = row?.cells.filter((cell) => cell.status === "missing").map((cell) => cell.assignmentId) ?? [];
    expect(missing).not.toContain(id);
    expect(row?.missing).toBe(missing.length);
    const csv = await exportGradebookCsv(teacher, classId, "assignments", { db: db(), now: AFTER });
    expect(csv.body.split("\r\n").find((line) => line.includes("Late practice") && line.includes("Lena"))).toContain(",In progress (late),");
    expect((await getMyAssignment(student, id, { db: db(), now: AFTER })).status).toBe("in_progress_late");
    expect((await getAttemptForTeacher(teacher, attemptId, { db: db(), now: AFTER })).isLate).toBe(true);
  });

  it("gives the student the count their quiz holds when the engine drew fewer than were set", async () => {
    const student = await newStudent("Shorty");
    const id = await assignment("Short quiz", { mode: "assessment", showAnswersAfterDue: false, timeLimitMinutes: null });
    expect((await getMyAssignment(student, id, { db: db(), now: NOW })).drawnCount).toBeNull();
    const { attemptId } = await startAssignmentAttempt(student, id, { db: db(), now: NOW });
    // As if the engine could draw only four fair questions.
    const items = await storedItems(db(), attemptId);
    await db().attemptItem.delete({ where: { id: items[items.length - 1]!.id } });
    const mine = await getMyAssignment(student, id, { db: db(), now: NOW });
    expect(mine).toMatchObject({ itemCount: 5, drawnCount: 4 });
    expect(await getAttemptView(student, attemptId, { db: db(), now: NOW })).toMatchObject({ total: 4, assignmentItemCount: 5 });
  });
});
