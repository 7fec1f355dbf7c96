import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGradebookCsv, ASSIGNMENT_CSV_HEADER, RESPONSE_CSV_HEADER } from "@/lib/server/services/teach/gradebook/export-gradebook-csv";
import { getAttemptForTeacher } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";
import { getGradebook } from "@/lib/server/services/teach/gradebook/get-gradebook";
import { sortGradebookRows } from "@/lib/server/services/teach/gradebook/sort-gradebook-rows";
import type { Gradebook } from "@/lib/server/services/teach/gradebook/types";
import { rejection } from "@/tests/helpers/rejection";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { syncRealPack } from "../learn/learn-helpers";
import { seedAssignment, seedAttempt } from "./gradebook-helpers";
import { seedAdmin, seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";
import { parseCsv } from "@/tests/helpers/csv";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const dueA = new Date("2026-05-10T12:00:00Z");
const now = new Date(dueA.getTime() + DAY);
const dueB = new Date(now.getTime() + 5 * DAY);
// A name a spreadsheet would run as a formula, with a comma and quotes that need RFC 4180 quoting.
const FORMULA_NAME = '=HYPERLINK("http://x.example","Cai, C")';

describe.each(testProviders())("the gradebook on %s", (provider) => {
  let database: TestDatabase;
  let teacher: SeededUser, coTeacher: SeededUser, otherTeacher: SeededUser, admin: SeededUser;
  let ada: SeededUser, ben: SeededUser, cai: SeededUser, dee: SeededUser, eve: SeededUser;
  let classId: string;
  let assignmentA: { id: string }, assignmentB: { id: string };
  const attempts: Record<string, string> = {};
  const db = () => database.db;
  const options = () => ({ db: db(), now });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(db());
    [teacher, coTeacher, otherTeacher, admin] = [await seedTeacher(db(), "Tess"), await seedTeacher(db(), "Cole"), await seedTeacher(db(), "Otto"), await seedAdmin(db())];
    [ada, ben, cai, dee, eve] = [await seedStudent(db(), "Ada"), await seedStudent(db(), "Ben"), await seedStudent(db(), "Cai"), await seedStudent(db(), "Dee"), await seedStudent(db(), "Eve")];
    await db().user.update({ where: { id: cai.id }, data: { name: FORMULA_NAME } });
    const seeded = await seedClassWithStudents(db(), teacher, [ada, ben, cai, dee, eve], { name: "History 9", coTeachers: [coTeacher] });
    classId = seeded.classroom.id;
    await db().enrollment.update({ where: { classId_userId: { classId, userId: eve.id } }, data: { removedAt: new Date(now.getTime() - DAY) } });
    assignmentA = await seedAssignment(db(), classId, teacher.id, { title: "Week 1 check", dueAt: dueA });
    assignmentB = await seedAssignment(db(), classId, teacher.id, { title: "Week 2 check", dueAt: dueB });
    const startA = new Date(dueA.getTime() - 2 * DAY);

    // Ada: a weak first attempt, then a strong one, both on time: the best counts.
    attempts.adaFirst = (await seedAttempt(db(), ada, assignmentA.id, { pattern: [0, 0, 0, 0, 0], startAt: startA, submitAt: new Date(startA.getTime() + HOUR) })).id;
    attempts.ada = (await seedAttempt(db(), ada, assignmentA.id, { pattern: [1, 1, 1, 1, 0], startAt: new Date(startA.getTime() + 2 * HOUR), submitAt: new Date(startA.getTime() + 3 * HOUR), attemptNumber: 2 })).id;
    // Ben: handed in a day after the due date.
    attempts.ben = (await seedAttempt(db(), ben, assignmentA.id, { pattern: [1, 0, 1, 0, 0], startAt: new Date(dueA.getTime() + HOUR), submitAt: new Date(dueA.getTime() + 2 * HOUR) })).id;
    // Dee: a timed attempt left open past its limit (closed by the gradebook as expired, on time), and B in progress.
    attempts.dee = (await seedAttempt(db(), dee, assignmentA.id, { pattern: [1, 1, null, null, null], startAt: startA, deadlineAt: new Date(startA.getTime() + HOUR) })).id;
    attempts.deeB = (await seedAttempt(db(), dee, assignmentB.id, { pattern: [1, null, null, null, null], startAt: new Date(now.getTime() - HOUR) })).id;
    // Eve: removed from the class after handing A in.
    attempts.eve = (await seedAttempt(db(), eve, assignmentA.id, { pattern: [1, 1, 1, 1, 1], startAt: startA, submitAt: new Date(startA.getTime() + HOUR) })).id;
    // A practice quiz of Ada's, on no assignment.
    const practice = await seedAttempt(db(), ada, assignmentA.id, { pattern: [1, null, null, null, null], startAt: startA, attemptNumber: 9 });
    await db().attempt.update({ where: { id: practice.id }, data: { assignmentId: null } });
    attempts.practice = practice.id;
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  });

  function cell(gradebook: Gradebook, student: SeededUser, assignment: { id: string }) {
    const row = gradebook.rows.find((entry) => entry.student.id === student.id);
    const index = gradebook.assignments.findIndex((entry) => entry.id === assignment.id);
    return row?.cells[index];
  }

  it("shows each enrolled student's status, counted score, hand-in time and late flag, after the due date", async () => {
    const gradebook = await getGradebook(teacher, classId, options());
    expect(gradebook.className).toBe("History 9");
    expect(gradebook.assignments.map((assignment) => assignment.id)).toEqual([assignmentA.id, assignmentB.id]);
    // Eve, removed after handing A in, keeps a row after the current students.
    expect(gradebook.rows.slice(0, 4).map((row) => row.student.id).sort()).toEqual([ada.id, ben.id, cai.id, dee.id].sort());
    expect(gradebook.rows[4]?.student.id).toBe(eve.id);
    expect(gradebook.rows.map((row) => row.leftAt)).toEqual([null, null, null, null, new Date(now.getTime() - DAY)]);
    expect(gradebook.studentCount).toBe(4);

    expect(cell(gradebook, ada, assignmentA)).toMatchObject({ status: "submitted", attemptId: attempts.ada, score: 4, maxScore: 5, scorePercent: 80, isLate: false, attemptsUsed: 2 });
    expect(cell(gradebook, ben, assignmentA)).toMatchObject({ status: "late", attemptId: attempts.ben, score: 2, scorePercent: 40, isLate: true, submittedAt: new Date(dueA.getTime() + 2 * HOUR) });
    expect(cell(gradebook, cai, assignmentA)).toMatchObject({ status: "missing", attemptId: null, score: null, scorePercent: null, submittedAt: null });
    // Closed at its time limit: handed in at the deadline, with what was saved.
    expect(cell(gradebook, dee, assignmentA)).toMatchObject({ status: "submitted", attemptId: attempts.dee, score: 2, scorePercent: 40, isLate: false });
    expect(await db().attempt.findUnique({ where: { id: attempts.dee }, select: { status: true } })).toEqual({ status: "expired" });

    expect(cell(gradebook, dee, assignmentB)).toMatchObject({ status: "in_progress", attemptId: attempts.deeB, score: null, scorePercent: null });
    expect(cell(gradebook, ada, assignmentB)).toMatchObject({ status: "not_started", attemptId: null });

    // Eve's work is on record: in the average (Ada 80, Ben 40, Dee 40, Eve 100), counted apart from the current students.
    expect(cell(gradebook, eve, assignmentA)).toMatchObject({ status: "submitted", attemptId: attempts.eve, scorePercent: 100 });
    expect(cell(gradebook, eve, assignmentB)).toMatchObject({ status: "left", attemptId: null, scorePercent: null });
    expect(gradebook.assignments[0]).toMatchObject({ averagePercent: 65, handedIn: 3, handedInByLeavers: 1, late: 1, missing: 1 });
    expect(gradebook.assignments[1]).toMatchObject({ averagePercent: null, handedIn: 0, handedInByLeavers: 0, late: 0, missing: 0 });
    const rowOf = (student: SeededUser) => gradebook.rows.find((row) => row.student.id === student.id);
    expect(rowOf(ada)).toMatchObject({ averagePercent: 80, missing: 0, late: 0 });
    expect(rowOf(cai)).toMatchObject({ averagePercent: null, missing: 1 });
    expect(rowOf(eve)).toMatchObject({ averagePercent: 100, missing: 0 });
    // Ada 80, Ben 40, Dee 40, Eve 100; Cai has handed nothing in and is left out.
    expect(gradebook).toMatchObject({ averagePercent: 65, missing: 1 });
  });

  it("shows the same cells before the due date as not started / in progress, never missing", async () => {
    const gradebook = await getGradebook(teacher, classId, { db: db(), now: new Date(dueA.getTime() - HOUR) });
    expect(cell(gradebook, cai, assignmentA)?.status).toBe("not_started");
    expect(cell(gradebook, ada, assignmentA)?.status).toBe("submitted");
  });

  it("sorts by name, average, missing work or one assignment's score, with empty scores last and students who left below", async () => {
    const gradebook = await getGradebook(teacher, classId, options());
    const names = (query: unknown) => sortGradebookRows(gradebook, query).map((row) => row.student.id);
    expect(names({ sort: "average", dir: "desc" })).toEqual([ada.id, ben.id, dee.id, cai.id, eve.id]);
    expect(names({ sort: "average", dir: "asc" })).toEqual([ben.id, dee.id, ada.id, cai.id, eve.id]);
    expect(names({ sort: `a:${assignmentA.id}`, dir: "desc" })).toEqual([ada.id, ben.id, dee.id, cai.id, eve.id]);
    expect(names({ sort: "missing", dir: "desc" })[0]).toBe(cai.id);
    expect(names({ sort: "name", dir: "desc" })).toEqual([...names({ sort: "name" }).slice(0, 4).reverse(), eve.id]);
    expect(names({ sort: "nonsense'--", dir: "sideways" })).toEqual(names({}));
  });

  it("exports one CSV row per student per assignment, quoted, with formulas neutralised", async () => {
    const file = await exportGradebookCsv(teacher, classId, "assignments", options());
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toBe("gradebook-history-9-2026-05-11-assignments.csv");
    expect(file.body.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(file.body);
    expect(rows[0]).toEqual(ASSIGNMENT_CSV_HEADER);
    expect(rows).toHaveLength(1 + 5 * 2);
    expect(rows.every((row) => row.length === ASSIGNMENT_CSV_HEADER.length)).toBe(true);
    const adaA = rows.find((row) => row[1] === ada.email && row[3] === assignmentA.id);
    expect(adaA).toEqual(["Ada", ada.email, "Week 1 check", assignmentA.id, dueA.toISOString(), "Submitted", "4", "5", "80", new Date(dueA.getTime() - 2 * DAY + 3 * HOUR).toISOString(), "no", "2", ""]);
    expect(rows.find((row) => row[1] === ben.email && row[3] === assignmentA.id)?.slice(5, 11)).toEqual(["Late", "2", "5", "40", new Date(dueA.getTime() + 2 * HOUR).toISOString(), "yes"]);
    expect(rows.find((row) => row[1] === cai.email && row[3] === assignmentA.id)?.slice(5, 10)).toEqual(["Missing", "", "", "", ""]);
    // The formula is defused by a leading apostrophe and quoted as a whole (it holds a comma and quotes).
    expect(rows.find((row) => row[1] === cai.email)?.[0]).toBe(`'${FORMULA_NAME}`);
    expect(file.body).toContain(`"'=HYPERLINK(""http://x.example"",""Cai, C"")"`);
    // Eve left: her handed-in work, and "Left the class" for the rest, with the date she left.
    const leftAt = new Date(now.getTime() - DAY).toISOString();
    expect(rows.find((row) => row[1] === eve.email && row[3] === assignmentA.id)?.slice(5, 13)).toEqual(["Submitted", "5", "5", "100", expect.any(String), "no", "1", leftAt]);
    expect(rows.find((row) => row[1] === eve.email && row[3] === assignmentB.id)?.slice(5, 13)).toEqual(["Left the class", "", "", "", "", "no", "0", leftAt]);
  });

  it("exports one CSV row per item of every attempt, blanks in handed-in work included, marking the attempt that counts", async () => {
    const file = await exportGradebookCsv(teacher, classId, "responses", options());
    const rows = parseCsv(file.body);
    expect(rows[0]).toEqual(RESPONSE_CSV_HEADER);
    // Ada 5 + 5, Ben 5, Dee 5 (A: 2 answered, 3 left blank when it closed) + 1 (B, under way: only what is answered),
    // Eve 5 (removed after handing in); not Cai (nothing), not Ada's practice quiz.
    expect(rows).toHaveLength(1 + 26);
    const deeA = rows.filter((row) => row[1] === dee.email && row[3] === assignmentA.id);
    expect(deeA.map((row) => [row[7], row[12], row[11] === "", row[14] === "", row[15] === ""])).toEqual([
      ["1", "yes", false, false, false], ["2", "yes", false, false, false],
      ["3", "unanswered", true, true, true], ["4", "unanswered", true, true, true], ["5", "unanswered", true, true, true],
    ]);
    expect(deeA.every((row) => (row[13] ?? "").length > 0)).toBe(true);
    expect(rows.filter((row) => row[1] === dee.email && row[3] === assignmentB.id)).toHaveLength(1);
    expect(rows.filter((row) => row[1] === eve.email).every((row) => row[16] === new Date(now.getTime() - DAY).toISOString())).toBe(true);
    expect(rows.filter((row) => row[1] === ada.email).every((row) => row[16] === "")).toBe(true);
    const ada2 = rows.filter((row) => row[1] === ada.email && row[4] === "2");
    expect(ada2.map((row) => [row[6], row[7], row[12]])).toEqual([
      ["yes", "1", "yes"], ["yes", "2", "yes"], ["yes", "3", "yes"], ["yes", "4", "yes"], ["yes", "5", "no"],
    ]);
    expect(rows.filter((row) => row[1] === ada.email && row[4] === "1").every((row) => row[6] === "no" && row[12] === "no")).toBe(true);
    expect(ada2[0]?.[15]).toBe("4000");
    expect(ada2.every((row) => row[8] === "multiple-choice" && (row[10] ?? "").length > 0 && (row[13] ?? "").length > 0)).toBe(true);
    await expect(exportGradebookCsv(teacher, classId, "everything", options())).rejects.toMatchObject({ status: 400 });
  });

  it("drills into one student's attempt: the question, their answer, the correct one, right or wrong, and time per item", async () => {
    const view = await getAttemptForTeacher(teacher, attempts.ada as string, options());
    expect(view).toMatchObject({ student: { id: ada.id, name: "Ada" }, status: "submitted", attemptNumber: 2, score: 4, maxScore: 5, isLate: false });
    expect(view.assignment).toMatchObject({ id: assignmentA.id, classId, className: "History 9" });
    expect(view.items.map((item) => item.isCorrect)).toEqual([true, true, true, true, false]);
    expect(view.items.map((item) => item.timeMs)).toEqual([4000, 4001, 4002, 4003, 4004]);
    expect(view.items.every((item) => item.item.prompt.length > 0 && item.expected.length > 0 && item.yourAnswer !== null && !item.isTimeEstimated)).toBe(true);
    const last = view.items[4];
    expect(last?.yourAnswer).not.toBe(last?.expected);
    expect(view.items[0]?.yourAnswer).toBe(view.items[0]?.expected);

    const dee = await getAttemptForTeacher(coTeacher, attempts.dee as string, options());
    expect(dee.status).toBe("expired");
    expect(dee.items.map((item) => item.isAnswered)).toEqual([true, true, false, false, false]);
    expect((await getAttemptForTeacher(admin, attempts.ben as string, options())).isLate).toBe(true);
    // Removed after handing it in: the work stays on the class's record, for its teachers.
    expect(await getAttemptForTeacher(teacher, attempts.eve as string, options())).toMatchObject({ student: { id: eve.id }, status: "submitted", score: 5, studentLeftAt: new Date(now.getTime() - DAY) });
    expect((await getAttemptForTeacher(coTeacher, attempts.ada as string, options())).studentLeftAt).toBeNull();
  });

  it("gives the same 404 to another teacher, a student, and for attempts outside the class's assignments", async () => {
    const missing = await rejection(getAttemptForTeacher(teacher, "no-such-attempt", options()));
    expect(missing.status).toBe(404);
    for (const [actor, attemptId] of [
      [otherTeacher, attempts.ada],
      [ada, attempts.ada],
      [otherTeacher, attempts.eve],
      [eve, attempts.eve],
      [teacher, attempts.practice],
    ] as const) {
      const error = await rejection(getAttemptForTeacher(actor, attemptId as string, options()));
      expect(error).toMatchObject({ status: 404, message: missing.message });
    }
    const classMissing = await rejection(getGradebook(teacher, "no-such-class", options()));
    for (const actor of [otherTeacher, ada]) {
      expect(await rejection(getGradebook(actor, classId, options()))).toMatchObject({ status: 404, message: classMissing.message });
      expect(await rejection(exportGradebookCsv(actor, classId, "assignments", options()))).toMatchObject({ status: 404, message: classMissing.message });
      expect(await rejection(exportGradebookCsv(actor, classId, "responses", options()))).toMatchObject({ status: 404, message: classMissing.message });
    }
  });
});
