/**
 * Class membership and assignment work (UX review): a student who leaves a
 * class, or is removed, keeps the work they handed in on the class's record
 * for its teachers; work due before a student joined the class is not missing
 * for them; and a student who left is not sent back to an assignment they can
 * no longer open. Built with the real services (classes joined by code,
 * attempts started, answered and handed in by their students), the clock
 * passed in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { getMyAssignment } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { listMyAssignments } from "@/lib/server/services/learn/assignments/list-my-assignments";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { listMyNotifications } from "@/lib/server/services/notifications/list-my-notifications";
import { getItemAnalysis } from "@/lib/server/services/teach/analysis/get-item-analysis";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { getAssignment } from "@/lib/server/services/teach/assignments/get-assignment";
import { listClassAssignments } from "@/lib/server/services/teach/assignments/list-class-assignments";
import { addCoTeacher } from "@/lib/server/services/teach/classes/add-co-teacher";
import { createClass } from "@/lib/server/services/teach/classes/create-class";
import { joinClass } from "@/lib/server/services/teach/classes/join-class";
import { leaveClass } from "@/lib/server/services/teach/classes/leave-class";
import { removeStudent } from "@/lib/server/services/teach/classes/remove-student";
import { exportGradebookCsv } from "@/lib/server/services/teach/gradebook/export-gradebook-csv";
import { getAttemptForTeacher } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";
import { getGradebook } from "@/lib/server/services/teach/gradebook/get-gradebook";
import type { Gradebook } from "@/lib/server/services/teach/gradebook/types";
import { parseCsv } from "@/tests/helpers/csv";
import { rejection } from "@/tests/helpers/rejection";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, newKey, storedItems, syncRealPack } from "../learn/learn-helpers";
import { MODULE } from "./gradebook-helpers";
import { seedAdmin, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = new Date("2030-01-07T09:00:00Z");
const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);

describe.each(testProviders())("class membership and assignment work on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;
  const options = (now: Date) => ({ db: db(), now });
  let teacher: SeededUser, coTeacher: SeededUser, otherTeacher: SeededUser, admin: SeededUser;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(db());
    [teacher, coTeacher, otherTeacher, admin] = [await seedTeacher(db(), "Tara"), await seedTeacher(db(), "Colm"), await seedTeacher(db(), "Omar"), await seedAdmin(db())];
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  async function newClass(name: string, students: readonly SeededUser[], now: Date): Promise<{ id: string; joinCode: string }> {
    const created = await createClass(teacher, { name }, options(now));
    await addCoTeacher(teacher, { classId: created.id, email: coTeacher.email }, options(now));
    for (const student of students) await joinClass(student, { code: created.joinCode }, options(now));
    return created;
  }

  /** An assessment of five multiple-choice questions, two attempts, set at `now`. */
  async function assign(classId: string, title: string, dueAt: Date, now: Date, timeLimitMinutes: number | null = null): Promise<string> {
    const input = { title, moduleSlugs: [MODULE], itemCount: 5, types: ["multiple-choice"], mode: "assessment", attemptsAllowed: 2, timeLimitMinutes, dueAt: dueAt.toISOString(), showAnswersAfterDue: false };
    return (await createAssignment(teacher, classId, input, options(now))).id;
  }

  /** Starts the assignment and answers its first `count` items right at `now`; hands it in at `now` unless `isLeftOpen`. */
  async function work(student: SeededUser, assignmentId: string, now: Date, { count = Infinity, isLeftOpen = false } = {}): Promise<string> {
    const { attemptId } = await startAssignmentAttempt(student, assignmentId, options(now));
    for (const item of (await storedItems(db(), attemptId)).slice(0, count)) {
      await submitAnswer(student, { attemptId, position: item.position, response: correctResponse(item.client, item.key), idempotencyKey: newKey() }, options(now));
    }
    if (!isLeftOpen) await submitAttempt(student, attemptId, options(now));
    return attemptId;
  }

  /** An attempt's items count (each student's quiz is drawn with its own seed: it may hold a question fewer). */
  async function itemCount(attemptId: string): Promise<number> {
    return (await storedItems(db(), attemptId)).length;
  }

  function cellOf(gradebook: Gradebook, student: SeededUser, assignmentId: string) {
    const row = gradebook.rows.find((entry) => entry.student.id === student.id);
    return row?.cells[gradebook.assignments.findIndex((assignment) => assignment.id === assignmentId)];
  }

  describe("a student who leaves the class, or is removed", () => {
    let ann: SeededUser, leo: SeededUser, rex: SeededUser, tim: SeededUser;
    let classId: string, joinCode: string;
    let week1: string, week2: string;
    const attempts: Record<string, string> = {};
    const leoLeft = at(DAY);
    const timLeft = at(DAY + 5 * MINUTE);
    const read = at(3 * DAY); // Week 1 (due at 2 days) has fallen due; Week 2 (due at 9 days) has not.
    let couldLeoOpenWeek1BeforeLeaving: boolean | undefined;

    beforeAll(async () => {
      [ann, leo, rex, tim] = [await seedStudent(db(), "Ann"), await seedStudent(db(), "Leo"), await seedStudent(db(), "Rex"), await seedStudent(db(), "Tim")];
      ({ id: classId, joinCode } = await newClass("Civics", [ann, leo, rex, tim], T0));
      week1 = await assign(classId, "Week 1", at(2 * DAY), T0, 30);
      week2 = await assign(classId, "Week 2", at(9 * DAY), T0);
      attempts.ann = await work(ann, week1, at(HOUR));
      attempts.leo = await work(leo, week1, at(HOUR));
      attempts.leoOpen = await work(leo, week2, at(2 * HOUR), { count: 1, isLeftOpen: true });
      // Tim starts the timed Week 1, answers two questions and leaves while the clock runs: the attempt closes at its limit.
      attempts.tim = await work(tim, week1, at(DAY), { count: 2, isLeftOpen: true });
      couldLeoOpenWeek1BeforeLeaving = (await getAttemptBreakdown(leo, attempts.leo, options(at(2 * HOUR)))).canOpenAssignment;
      await leaveClass(leo, classId, options(leoLeft));
      await leaveClass(tim, classId, options(timLeft));
      await removeStudent(teacher, { classId, studentId: rex.id }, options(at(DAY)));
    }, 120_000);

    it("keeps a row for each who handed work in, marked with the date they left, showing only that work and nothing missing", async () => {
      const gradebook = await getGradebook(teacher, classId, options(read));
      // Rex handed nothing in: gone, as before. Leo and Tim follow the current students.
      expect(gradebook.rows.map((row) => [row.student.name, row.leftAt])).toEqual([["Ann", null], ["Leo", leoLeft], ["Tim", timLeft]]);
      expect(gradebook.studentCount).toBe(1);
      expect(cellOf(gradebook, leo, week1)).toMatchObject({ status: "submitted", attemptId: attempts.leo, scorePercent: 100, isLate: false });
      // Tim's attempt was closed at its time limit, on time, with the two answers he saved.
      const timPercent = Math.round((100 * 2) / (await itemCount(attempts.tim as string)));
      expect(cellOf(gradebook, tim, week1)).toMatchObject({ status: "submitted", attemptId: attempts.tim, score: 2, scorePercent: timPercent });
      // What Leo left open, and what he never started, is neither shown nor missing.
      expect(cellOf(gradebook, leo, week2)).toMatchObject({ status: "left", attemptId: null, score: null });
      expect(cellOf(gradebook, tim, week2)).toMatchObject({ status: "left", attemptId: null });
      expect(gradebook.rows.map((row) => row.missing)).toEqual([0, 0, 0]);
      // "1 of 1 handed in" (the current students), and the work of the two who left counted apart; all of it in the average.
      expect(gradebook.assignments[0]).toMatchObject({ id: week1, handedIn: 1, handedInByLeavers: 2, missing: 0, averagePercent: Math.round((100 + 100 + (100 * 2) / (await itemCount(attempts.tim as string))) / 3) });
      expect(gradebook.assignments[1]).toMatchObject({ id: week2, handedIn: 0, handedInByLeavers: 0, missing: 0 });
      expect(gradebook.missing).toBe(0);

      // The class's own list counts its current students only, as before.
      const listed = await listClassAssignments(teacher, classId, options(read));
      expect(listed.find((assignment) => assignment.id === week1)).toMatchObject({ submittedCount: 1, studentCount: 1 });
    });

    it("counts the work of students who left as missing for nobody, even after the due date of work they never started", async () => {
      const gradebook = await getGradebook(teacher, classId, options(at(10 * DAY)));
      expect(cellOf(gradebook, ann, week2)?.status).toBe("missing");
      expect(cellOf(gradebook, leo, week2)?.status).toBe("left");
      expect(gradebook.assignments[1]).toMatchObject({ missing: 1 });
    });

    it("opens their handed-in attempts to the class's teachers and admins, and to nobody else", async () => {
      expect(await getAttemptForTeacher(teacher, attempts.leo as string, options(read))).toMatchObject({ student: { id: leo.id }, status: "submitted", score: await itemCount(attempts.leo as string), studentLeftAt: leoLeft });
      expect(await getAttemptForTeacher(coTeacher, attempts.tim as string, options(read))).toMatchObject({ status: "expired", score: 2, studentLeftAt: timLeft });
      expect((await getAttemptForTeacher(admin, attempts.leo as string, options(read))).id).toBe(attempts.leo);

      const missing = await rejection(getAttemptForTeacher(teacher, "c0000000000000000000missing", options(read)));
      for (const [actor, attemptId] of [
        [otherTeacher, attempts.leo],
        [leo, attempts.leo],
        [ann, attempts.leo],
        // Never handed in: it could still change, and is not on the class's record.
        [teacher, attempts.leoOpen],
        [coTeacher, attempts.leoOpen],
      ] as const) {
        expect(await rejection(getAttemptForTeacher(actor, attemptId as string, options(read)))).toMatchObject({ status: 404, message: missing.message });
      }
    });

    it("leads the teacher from the 'time ran out' notification to the work that was handed in", async () => {
      const gradebook = await getGradebook(teacher, classId, options(read)); // closes Tim's attempt, if nothing has yet
      const { notifications } = await listMyNotifications(teacher, options(read));
      const ranOut = notifications.find((notification) => notification.title === "Tim's time ran out on Week 1");
      // The assignment's page, and from it the gradebook, whose cell opens Tim's attempt.
      expect(ranOut?.href).toBe(`/teach/classes/${classId}/assignments/${week1}`);
      expect((await getAssignment(teacher, week1, options(read))).id).toBe(week1);
      const attemptId = cellOf(gradebook, tim, week1)?.attemptId;
      expect(attemptId).toBe(attempts.tim);
      expect((await getAttemptForTeacher(teacher, attemptId as string, options(read))).status).toBe("expired");
    });

    it("keeps their handed-in answers in the item analysis", async () => {
      expect((await getItemAnalysis(teacher, { assignmentId: week1 }, options(read))).attemptsAnalysed).toBe(3);
      expect((await getItemAnalysis(coTeacher, { classId }, options(read))).attemptsAnalysed).toBe(3);
    });

    it("exports them as the gradebook shows them, with the date they left", async () => {
      const cells = parseCsv((await exportGradebookCsv(teacher, classId, "assignments", options(read))).body);
      expect(cells).toHaveLength(1 + 3 * 2);
      const row = (student: SeededUser, assignmentId: string) => cells.find((entry) => entry[1] === student.email && entry[3] === assignmentId);
      const leoItems = String(await itemCount(attempts.leo as string));
      expect(row(leo, week1)?.slice(5, 13)).toEqual(["Submitted", leoItems, leoItems, "100", at(HOUR).toISOString(), "no", "1", leoLeft.toISOString()]);
      expect(row(leo, week2)?.slice(5, 13)).toEqual(["Left the class", "", "", "", "", "no", "1", leoLeft.toISOString()]);
      expect(row(ann, week1)?.[12]).toBe("");
      expect(cells.some((entry) => entry[1] === rex.email)).toBe(false);

      const answers = parseCsv((await exportGradebookCsv(teacher, classId, "responses", options(read))).body);
      // Ann's and Leo's Week 1 (every question), Tim's every question (two answered, the rest left blank when his time
      // ran out); not the answer Leo left open in Week 2.
      const [annItems, leoAnswers, timItems] = [await itemCount(attempts.ann as string), await itemCount(attempts.leo as string), await itemCount(attempts.tim as string)];
      expect(answers).toHaveLength(1 + annItems + leoAnswers + timItems);
      expect(answers.filter((entry) => entry[1] === tim.email && entry[12] !== "unanswered")).toHaveLength(2);
      expect(answers.filter((entry) => entry[1] === leo.email).map((entry) => entry[3])).toEqual(Array(leoAnswers).fill(week1));
    });

    it("still keeps the class's assignments from the students who left, and their result no longer leads back to one", async () => {
      expect(couldLeoOpenWeek1BeforeLeaving).toBe(true);
      expect(await listMyAssignments(leo, options(read))).toEqual([]);
      expect(await rejection(getMyAssignment(leo, week1, options(read)))).toMatchObject({ status: 404 });
      const breakdown = await getAttemptBreakdown(leo, attempts.leo, options(read));
      // The attempt stays theirs, and says which assignment it was for; only the way back is gone.
      expect(breakdown.view).toMatchObject({ id: attempts.leo, assignmentId: week1, assignmentTitle: "Week 1", status: "submitted" });
      expect(breakdown.canOpenAssignment).toBe(false);
      expect((await getAttemptBreakdown(tim, attempts.tim, options(read))).canOpenAssignment).toBe(false);
      // Ann, still in the class, is led back as before; a practice quiz has no assignment to lead to.
      expect((await getAttemptBreakdown(ann, attempts.ann, options(read))).canOpenAssignment).toBe(true);
      const practice = await startAttempt(ann, { mode: "practice", moduleSlugs: [MODULE], count: 5, types: ["multiple-choice"] }, options(read));
      expect((await getAttemptBreakdown(ann, practice.id, options(read))).canOpenAssignment).toBe(false);
    });

    it("puts a student who joins again back among the current students, and their way back to the assignment with them", async () => {
      expect(await joinClass(leo, { code: joinCode }, options(at(4 * DAY)))).toMatchObject({ outcome: "rejoined" });
      const gradebook = await getGradebook(teacher, classId, options(at(4 * DAY)));
      expect(gradebook.rows.map((row) => [row.student.name, row.leftAt])).toEqual([["Ann", null], ["Leo", null], ["Tim", timLeft]]);
      expect(cellOf(gradebook, leo, week2)).toMatchObject({ status: "in_progress", attemptId: attempts.leoOpen });
      expect((await getAttemptBreakdown(leo, attempts.leo, options(at(4 * DAY)))).canOpenAssignment).toBe(true);
    });
  });

  describe("a student who joins after an assignment's due date", () => {
    let ola: SeededUser, nia: SeededUser;
    let classId: string, joinCode: string;
    let early: string, later: string;
    const niaJoined = at(3 * DAY);

    beforeAll(async () => {
      [ola, nia] = [await seedStudent(db(), "Ola"), await seedStudent(db(), "Nia")];
      ({ id: classId, joinCode } = await newClass("Latecomers", [ola], T0));
      early = await assign(classId, "Early check", at(2 * DAY), T0);
      later = await assign(classId, "Later check", at(9 * DAY), T0);
      await joinClass(nia, { code: joinCode }, options(niaJoined));
    }, 120_000);

    it("shows work due before they joined as such to them, not missing nor past due, after the work still to do", async () => {
      const now = at(3 * DAY + HOUR);
      expect(await getMyAssignment(nia, early, options(now))).toMatchObject({ status: "before_joining", isDueBeforeJoining: true, canStart: true });
      expect(await getMyAssignment(nia, later, options(now))).toMatchObject({ status: "not_started", isDueBeforeJoining: false });
      expect((await listMyAssignments(nia, options(now))).map((assignment) => [assignment.id, assignment.status])).toEqual([
        [later, "not_started"],
        [early, "before_joining"],
      ]);
      // Ola was in the class when it fell due: missing for her, as before.
      expect(await getMyAssignment(ola, early, options(now))).toMatchObject({ status: "missing", isDueBeforeJoining: false });
    });

    it("does not count it missing in the gradebook", async () => {
      const gradebook = await getGradebook(teacher, classId, options(at(3 * DAY + HOUR)));
      expect(cellOf(gradebook, nia, early)).toMatchObject({ status: "before_joining", attemptId: null });
      expect(cellOf(gradebook, ola, early)?.status).toBe("missing");
      expect(gradebook.rows.map((row) => [row.student.name, row.missing])).toEqual([["Nia", 0], ["Ola", 1]]);
      expect(gradebook.assignments[0]).toMatchObject({ id: early, missing: 1, handedIn: 0 });
      const cells = parseCsv((await exportGradebookCsv(teacher, classId, "assignments", options(at(3 * DAY + HOUR)))).body);
      expect(cells.find((entry) => entry[1] === nia.email && entry[3] === early)?.[5]).toBe("Due before joining");
    });

    it("counts their hand-in as handed in, not late: they could not have been on time", async () => {
      const attemptId = await work(nia, early, at(3 * DAY + 2 * HOUR));
      const now = at(3 * DAY + 3 * HOUR);
      expect(await getMyAssignment(nia, early, options(now))).toMatchObject({ status: "submitted" });
      const gradebook = await getGradebook(teacher, classId, options(now));
      expect(cellOf(gradebook, nia, early)).toMatchObject({ status: "submitted", isLate: false, attemptId, scorePercent: 100 });
      expect(gradebook.assignments[0]).toMatchObject({ handedIn: 1, late: 0, missing: 1 });
      expect((await getAttemptForTeacher(teacher, attemptId, options(now))).isLate).toBe(false);
    });

    it("does not excuse work that fell due while a student was in the class when they leave and join again", async () => {
      await leaveClass(ola, classId, options(at(4 * DAY)));
      expect(await joinClass(ola, { code: joinCode }, options(at(4 * DAY + HOUR)))).toMatchObject({ outcome: "rejoined" });
      const now = at(4 * DAY + 2 * HOUR);
      expect(await getMyAssignment(ola, early, options(now))).toMatchObject({ status: "missing", isDueBeforeJoining: false });
      expect(cellOf(await getGradebook(teacher, classId, options(now)), ola, early)?.status).toBe("missing");
      // Her late hand-in is late.
      const attemptId = await work(ola, early, now);
      expect((await getAttemptForTeacher(teacher, attemptId, options(now))).isLate).toBe(true);
    });
  });
});
