import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { getMyAssignment } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { listMyAssignments } from "@/lib/server/services/learn/assignments/list-my-assignments";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { countUnreadNotifications } from "@/lib/server/services/notifications/count-unread-notifications";
import { listMyNotifications } from "@/lib/server/services/notifications/list-my-notifications";
import { markNotificationsRead } from "@/lib/server/services/notifications/mark-notifications-read";
import { CLASS_NOT_FOUND_MESSAGE } from "@/lib/server/services/teach/class-access";
import { changeDueDate } from "@/lib/server/services/teach/assignments/change-due-date";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { deleteAssignment } from "@/lib/server/services/teach/assignments/delete-assignment";
import { getAssignment } from "@/lib/server/services/teach/assignments/get-assignment";
import { getAssignmentFormOptions } from "@/lib/server/services/teach/assignments/get-assignment-form-options";
import { listClassAssignments } from "@/lib/server/services/teach/assignments/list-class-assignments";
import { rejection, type Refusal } from "@/tests/helpers/rejection";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { correctResponse, newKey, storedItems, syncRealPack } from "../learn/learn-helpers";
import { seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

const NOW = new Date("2030-03-04T09:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe.each(testProviders())("assignments on %s", (provider) => {
  let database: TestDatabase;
  const db = () => database.db;
  let teacher: SeededUser;
  let otherTeacher: SeededUser;
  let alice: SeededUser;
  let bob: SeededUser;
  let removed: SeededUser;
  let outsider: SeededUser;
  let classId: string;

  const settings = (overrides: Record<string, unknown> = {}) => ({
    title: "Week 1 check",
    moduleSlugs: ["post-9-11-partnership"],
    itemCount: 5,
    mode: "practice",
    attemptsAllowed: 2,
    timeLimitMinutes: null,
    dueAt: at(48 * HOUR).toISOString(),
    showAnswersAfterDue: false,
    ...overrides,
  });
  const assign = (overrides: Record<string, unknown> = {}, now = NOW) => createAssignment(teacher, classId, settings(overrides), { db: db(), now });

  async function answerAllCorrectly(student: SeededUser, attemptId: string, now: Date) {
    for (const item of await storedItems(db(), attemptId)) {
      await submitAnswer(student, { attemptId, position: item.position, response: correctResponse(item.client, item.key), idempotencyKey: newKey() }, { db: db(), now });
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(db());
    teacher = await seedTeacher(db(), "Teacher");
    otherTeacher = await seedTeacher(db(), "Other");
    [alice, bob, removed, outsider] = await Promise.all(["Alice", "Bob", "Removed", "Outsider"].map((name) => seedStudent(db(), name))) as [
      SeededUser,
      SeededUser,
      SeededUser,
      SeededUser,
    ];
    const seeded = await seedClassWithStudents(db(), teacher, [alice, bob, removed], { name: "Year 10 History" });
    classId = seeded.classroom.id;
    await db().enrollment.update({ where: { classId_userId: { classId, userId: removed.id } }, data: { removedAt: NOW } });
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("creates an assignment, reads local date-times in the teacher's zone, and notifies each current student once", async () => {
    const { id } = await assign({ title: "Karachi time", dueAt: "2030-03-08T17:00", timeZone: "Asia/Karachi", mode: "assessment", timeLimitMinutes: 15 });
    const stored = await getAssignment(teacher, id, { db: db() });
    expect(stored).toMatchObject({ title: "Karachi time", classId, mode: "assessment", timeLimitMinutes: 15, itemCount: 5, attemptsAllowed: 2, studentCount: 2 });
    expect(stored.dueAt).toBe("2030-03-08T12:00:00.000Z");
    expect(stored.opensAt).toBe(NOW.toISOString());
    expect(stored.modules.map((module) => module.slug)).toEqual(["post-9-11-partnership"]);
    expect(stored.types.length).toBeGreaterThan(1);

    const notices = await db().notification.findMany({ where: { href: `/assignments/${id}` } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([alice.id, bob.id].sort());
    expect(notices[0]?.title).toBe("New assignment: Karachi time");
    // Listed in the reader's zone: Karachi, as the teacher's was; with no zone known, UTC, named.
    const listed = async (reader: SeededUser, timeZone?: string) =>
      (await listMyNotifications(reader, { db: db(), now: NOW, timeZone })).notifications.find((notice) => notice.href === `/assignments/${id}`)?.body;
    expect(await listed(alice, "Asia/Karachi")).toBe("Year 10 History · due 8 Mar 2030, 17:00");
    expect(await listed(bob)).toBe("Year 10 History · due 8 Mar 2030, 12:00 UTC");
  });

  it("writes every date in a notification in the reader's zone, whoever set it and wherever they were", async () => {
    // A teacher in London sets work due at 23:31 London time (GMT in March), then moves it a day on; a reader in Karachi (UTC+5) reads 04:31 the next day.
    const { id } = await assign({ title: "London time", dueAt: "2030-03-07T23:31", opensAt: "2030-03-05T08:00", timeZone: "Europe/London" });
    await changeDueDate(teacher, id, { dueAt: "2030-03-08T23:31", timeZone: "Europe/London" }, { db: db(), now: NOW });
    const bodies = async (timeZone: string, now = NOW) =>
      Object.fromEntries(
        (await listMyNotifications(alice, { db: db(), now, timeZone })).notifications.filter((notice) => notice.href === `/assignments/${id}`).map((notice) => [notice.title, notice.body]),
      );
    expect(await bodies("Asia/Karachi")).toEqual({
      "New assignment: London time": "Year 10 History · due 8 Mar 2030, 04:31 · opens 5 Mar 2030, 13:00",
      "New due date: London time": "Year 10 History · now due 9 Mar 2030, 04:31",
    });
    // The reminder the clock owes, created when the student reads her list, reads the same: the zone is the reader's, never the creator's.
    expect((await bodies("Asia/Karachi", at(100 * HOUR)))["Due soon: London time"]).toBe("Year 10 History · due 9 Mar 2030, 04:31");
    expect((await bodies("Europe/London", at(100 * HOUR)))["Due soon: London time"]).toBe("Year 10 History · due 8 Mar 2030, 23:31");

    // A notification from before dates were stored as tokens is shown as it was written.
    const old = await db().notification.create({ data: { userId: alice.id, kind: "assignment_new", title: "New assignment: Old", body: "Year 10 History · due 7 Dec 2029, 23:31 GMT", createdAt: NOW } });
    const listedOld = (await listMyNotifications(alice, { db: db(), now: NOW, timeZone: "Asia/Karachi" })).notifications.find((notice) => notice.id === old.id);
    expect(listedOld?.body).toBe("Year 10 History · due 7 Dec 2029, 23:31 GMT");
    await db().notification.delete({ where: { id: old.id } });
  });

  it("holds answers back only in an assessment: practice ignores 'after the due date'", async () => {
    const { id: practice } = await assign({ title: "Practice, answers held", showAnswersAfterDue: true });
    expect((await getAssignment(teacher, practice, { db: db() })).showAnswersAfterDue).toBe(false);
    const { id: assessment } = await assign({ title: "Assessment, answers held", mode: "assessment", showAnswersAfterDue: true });
    expect((await getAssignment(teacher, assessment, { db: db() })).showAnswersAfterDue).toBe(true);
  });

  it("closes an assessment that shows its answers after the due date at that date: work under way is handed in as it stands, none starts late", async () => {
    const { id } = await assign({ title: "Answers after due", mode: "assessment", showAnswersAfterDue: true, attemptsAllowed: 3, timeLimitMinutes: 60 });
    const { attemptId } = await startAssignmentAttempt(alice, id, { db: db(), now: at(HOUR) });
    await submitAttempt(alice, attemptId, { db: db(), now: at(2 * HOUR) });
    // Bob starts an hour before the due date with an hour's limit, then two hours before with the date moved on a day.
    const late = await startAssignmentAttempt(bob, id, { db: db(), now: at(47 * HOUR) });
    expect((await db().attempt.findUniqueOrThrow({ where: { id: late.attemptId } })).deadlineAt).toEqual(at(48 * HOUR));
    const [first] = await storedItems(db(), late.attemptId);
    await submitAnswer(bob, { attemptId: late.attemptId, position: first!.position, response: correctResponse(first!.client, first!.key), idempotencyKey: newKey() }, { db: db(), now: at(47.5 * HOUR) });

    const afterDue = at(49 * HOUR);
    expect(await getMyAssignment(bob, id, { db: db(), now: afterDue })).toMatchObject({ canStart: false, isClosed: true, status: "closed_at_due_date" });
    expect(await db().attempt.findUniqueOrThrow({ where: { id: late.attemptId } })).toMatchObject({ status: "expired", submittedAt: at(48 * HOUR), score: 1 });
    const closed = { status: 409, message: "This assessment closed at its due date, when its answers were shown to the class." };
    for (const student of [alice, bob]) expect(await rejection(startAssignmentAttempt(student, id, { db: db(), now: afterDue }))).toMatchObject(closed);

    // Moved before it falls due, the date moves the deadline of work under way with it, within its time limit.
    const { id: moved } = await assign({ title: "Answers after due, moved", mode: "assessment", showAnswersAfterDue: true, timeLimitMinutes: 60 });
    const under = await startAssignmentAttempt(alice, moved, { db: db(), now: at(47.5 * HOUR) });
    expect((await db().attempt.findUniqueOrThrow({ where: { id: under.attemptId } })).deadlineAt).toEqual(at(48 * HOUR));
    await changeDueDate(teacher, moved, { dueAt: at(72 * HOUR).toISOString() }, { db: db(), now: at(47.6 * HOUR) });
    expect((await db().attempt.findUniqueOrThrow({ where: { id: under.attemptId } })).deadlineAt).toEqual(at(48.5 * HOUR));
  });

  it("refuses invalid settings with a message on the field", async () => {
    expect(await rejection(assign({ title: "  " }))).toMatchObject({ status: 400, field: "title" });
    expect(await rejection(assign({ dueAt: at(-HOUR).toISOString() }))).toMatchObject({ status: 400, field: "dueAt", message: "The due date must be in the future." });
    expect(await rejection(assign({ opensAt: at(72 * HOUR).toISOString() }))).toMatchObject({ field: "dueAt", message: "The due date must be after the assignment opens." });
    expect(await rejection(assign({ dueAt: "2030-02-30T10:00" }))).toMatchObject({ field: "dueAt", message: "That due date does not exist." });
    expect(await rejection(assign({ moduleSlugs: [] }))).toMatchObject({ field: "moduleSlugs" });
    expect(await rejection(assign({ factSlugs: ["x"] }))).toMatchObject({ field: "moduleSlugs", message: "Choose modules or facts, not both." });
    expect(await rejection(assign({ moduleSlugs: ["no-such-module"] }))).toMatchObject({ status: 400, field: "moduleSlugs" });
    expect(await rejection(assign({ itemCount: 31 }))).toMatchObject({ field: "itemCount" });
    expect(await rejection(assign({ attemptsAllowed: 0 }))).toMatchObject({ field: "attemptsAllowed" });
    expect(await rejection(assign({ timeLimitMinutes: 181 }))).toMatchObject({ field: "timeLimitMinutes" });
    expect(await rejection(assign({ types: ["essay"] }))).toMatchObject({ field: "types.0" });
    expect(await rejection(assign({ seed: "chosen" }))).toMatchObject({ status: 400 });
    expect(await db().assignment.count({ where: { title: "Week 1 check" } })).toBe(0);
  });

  it("refuses a selection the engine cannot fill for every student, naming how many it can", async () => {
    const [fact] = await db().fact.findMany({ where: { retiredAt: null }, take: 1, orderBy: { slug: "asc" } });
    const error = await rejection(assign({ moduleSlugs: undefined, factSlugs: [fact!.slug], itemCount: 30 }));
    expect(error).toMatchObject({ status: 422, field: "itemCount" });
    expect(error.message).toMatch(/^This selection gives at most 1 question of the chosen types\. Add modules or question types\.$/);
    // Short of the count asked, it names the longest the form offers that fits.
    const short = await rejection(assign({ moduleSlugs: ["cold-war-and-sanctions"], itemCount: 30 }));
    const [, most, fitting] = /^This selection gives at most (\d+) questions of the chosen types\. Choose (\d+) questions, or add modules or question types\.$/.exec(short.message) ?? [];
    expect(Number(fitting)).toBe([5, 10, 15, 20, 30].filter((count) => count <= Number(most)).at(-1));
    // The form said so beforehand, beside the module.
    const { modules } = await getAssignmentFormOptions(teacher, classId, { db: db() });
    expect(modules.find((module) => module.slug === "cold-war-and-sanctions")?.mostQuestions).toBe(Number(most));
    expect(modules.every((module) => module.mostQuestions !== null && module.mostQuestions > 0)).toBe(true);
  });

  it("lets only a teacher of the class create or read its assignments: others get the same 404 as a missing class", async () => {
    const missing = await rejection(createAssignment(teacher, "no-such-class", settings(), { db: db(), now: NOW }));
    expect(missing).toMatchObject({ status: 404, message: CLASS_NOT_FOUND_MESSAGE });
    for (const actor of [otherTeacher, alice]) {
      expect(await rejection(createAssignment(actor, classId, settings(), { db: db(), now: NOW }))).toEqual(missing);
      expect(await rejection(listClassAssignments(actor, classId, { db: db(), now: NOW }))).toEqual(missing);
    }
    const { id } = await assign({ title: "Private" });
    const hidden = await rejection(getAssignment(otherTeacher, id, { db: db() }));
    expect(hidden.status).toBe(404);
    expect(await rejection(getAssignment(otherTeacher, "no-such-assignment", { db: db() }))).toEqual(hidden);
  });

  it("walks a student's standing from not started to submitted, and counts hand-ins for the teacher", async () => {
    const { id } = await assign({ title: "Standing walk" });
    const standing = async (student: SeededUser, now = NOW) => (await listMyAssignments(student, { db: db(), now })).find((row) => row.id === id);
    expect(await standing(alice)).toMatchObject({ status: "not_started", attemptsUsed: 0, attemptsAllowed: 2, canStart: true, openAttemptId: null });

    const started = await startAssignmentAttempt(alice, id, { db: db(), now: at(HOUR) });
    expect(started.isResumed).toBe(false);
    // The quiz page heads the attempt with the assignment's title (a learner's own quiz has none).
    expect(await getAttemptView(alice, started.attemptId, { db: db(), now: at(HOUR) })).toMatchObject({ assignmentId: id, assignmentTitle: "Standing walk" });
    expect(await startAssignmentAttempt(alice, id, { db: db(), now: at(HOUR) })).toEqual({ attemptId: started.attemptId, isResumed: true });
    expect(await standing(alice, at(HOUR))).toMatchObject({ status: "in_progress", attemptsUsed: 1, openAttemptId: started.attemptId });

    await answerAllCorrectly(alice, started.attemptId, at(HOUR));
    await submitAttempt(alice, started.attemptId, { db: db(), now: at(2 * HOUR) });
    expect(await standing(alice, at(2 * HOUR))).toMatchObject({ status: "submitted", attemptsUsed: 1, canStart: true, best: { score: 5, maxScore: 5 } });

    // Bob never starts: missing once the due date has passed.
    expect(await standing(bob, at(49 * HOUR))).toMatchObject({ status: "missing" });
    const summary = (await listClassAssignments(teacher, classId, { db: db(), now: at(2 * HOUR) })).find((row) => row.id === id);
    expect(summary).toMatchObject({ title: "Standing walk", mode: "practice", submittedCount: 1, studentCount: 2 });

    const teacherNotices = await db().notification.findMany({ where: { userId: teacher.id, kind: "assignment_submitted" } });
    expect(teacherNotices.map((notice) => notice.title)).toContain("Alice submitted Standing walk");
  });

  it("gives each student their own quiz, allows a late start while attempts remain, and marks the hand-in late", async () => {
    const { id } = await assign({ title: "Late work", attemptsAllowed: 1 });
    const first = await startAssignmentAttempt(alice, id, { db: db(), now: at(HOUR) });
    const late = await startAssignmentAttempt(bob, id, { db: db(), now: at(50 * HOUR) });
    const [aliceItems, bobItems] = await Promise.all([storedItems(db(), first.attemptId), storedItems(db(), late.attemptId)]);
    expect(aliceItems.map((item) => item.client)).not.toEqual(bobItems.map((item) => item.client));

    await submitAttempt(bob, late.attemptId, { db: db(), now: at(51 * HOUR) });
    expect((await getMyAssignment(bob, id, { db: db(), now: at(51 * HOUR) })).status).toBe("late");
    const used = await rejection(startAssignmentAttempt(bob, id, { db: db(), now: at(52 * HOUR) }));
    expect(used).toMatchObject({ status: 409, message: "You have already used your attempt at this assignment." });
  });

  it("refuses a start before the assignment opens, and hides it from removed and outside students", async () => {
    const { id } = await assign({ title: "Next week", opensAt: at(24 * HOUR).toISOString() });
    expect(await rejection(startAssignmentAttempt(alice, id, { db: db(), now: NOW }))).toMatchObject({ status: 409, message: "This assignment is not open yet." });
    expect((await listMyAssignments(alice, { db: db(), now: NOW })).find((row) => row.id === id)).toMatchObject({ isOpen: false, canStart: false });

    const missing = await rejection(getMyAssignment(removed, "no-such-assignment", { db: db(), now: NOW }));
    expect(missing.status).toBe(404);
    for (const student of [removed, outsider]) {
      expect(await listMyAssignments(student, { db: db(), now: at(30 * HOUR) })).toEqual([]);
      expect(await rejection(getMyAssignment(student, id, { db: db(), now: at(30 * HOUR) }))).toEqual(missing);
      expect(await rejection(startAssignmentAttempt(student, id, { db: db(), now: at(30 * HOUR) }))).toEqual(missing);
    }
    expect(await db().notification.count({ where: { userId: { in: [removed.id, outsider.id] } } })).toBe(0);
  });

  it("holds back an assessment's answers until the due date when the teacher asks, and shows them at once otherwise", async () => {
    for (const showAnswersAfterDue of [true, false]) {
      const { id } = await assign({ title: `Answers ${showAnswersAfterDue}`, mode: "assessment", showAnswersAfterDue });
      const { attemptId } = await startAssignmentAttempt(bob, id, { db: db(), now: at(HOUR) });
      await answerAllCorrectly(bob, attemptId, at(HOUR));
      const submitted = await submitAttempt(bob, attemptId, { db: db(), now: at(2 * HOUR) });
      expect(submitted.score).toBe(5);
      const beforeDue = await getAttemptView(bob, attemptId, { db: db(), now: at(3 * HOUR) });
      const afterDue = await getAttemptView(bob, attemptId, { db: db(), now: at(49 * HOUR) });
      expect(beforeDue.items.every((item) => (item.feedback === null) === showAnswersAfterDue)).toBe(true);
      expect(afterDue.items.every((item) => item.feedback?.correct === true)).toBe(true);
      // When each fact comes back for review is held back with the grading: one due within minutes tells a wrong answer.
      const heldBreakdown = await getAttemptBreakdown(bob, attemptId, { db: db(), now: at(3 * HOUR) });
      const shownBreakdown = await getAttemptBreakdown(bob, attemptId, { db: db(), now: at(49 * HOUR) });
      expect(heldBreakdown.reviewDueDates.length === 0).toBe(showAnswersAfterDue);
      expect(shownBreakdown.reviewDueDates.length).toBeGreaterThan(0);
      // Held back, the result says when it shows them.
      expect(heldBreakdown.gradingShownAt).toBe(showAnswersAfterDue ? at(48 * HOUR).toISOString() : null);
      expect(shownBreakdown.gradingShownAt).toBeNull();
    }
  });

  it("moves a due date: missing work is due again, every current student is told, and the old reminder is withdrawn", async () => {
    const { id } = await assign({ title: "Moved", dueAt: at(20 * HOUR).toISOString() });
    const standing = async (now: Date) => (await getMyAssignment(alice, id, { db: db(), now })).status;
    await listMyNotifications(alice, { db: db(), now: at(HOUR) });
    expect(await db().notification.count({ where: { userId: alice.id, kind: "assignment_due_soon", href: `/assignments/${id}` } })).toBe(1);
    expect(await standing(at(30 * HOUR))).toBe("missing");

    // After the due date, the teacher gives the class until 12 March, 17:00 Karachi time.
    const changeAt = at(30 * HOUR);
    expect(await changeDueDate(teacher, id, { dueAt: "2030-03-12T17:00", timeZone: "Asia/Karachi" }, { db: db(), now: changeAt })).toEqual({
      dueAt: new Date("2030-03-12T12:00:00.000Z"),
    });
    expect((await getAssignment(teacher, id, { db: db() })).dueAt).toBe("2030-03-12T12:00:00.000Z");
    expect(await standing(changeAt)).toBe("not_started");
    const told = await db().notification.findMany({ where: { kind: "assignment_due_changed", href: `/assignments/${id}` } });
    expect(told.map((notice) => notice.userId).sort()).toEqual([alice.id, bob.id].sort());
    expect(told[0]).toMatchObject({ title: "New due date: Moved" });
    const listedChange = (await listMyNotifications(alice, { db: db(), now: changeAt, timeZone: "Asia/Karachi" })).notifications.find((notice) => notice.id === told.find((row) => row.userId === alice.id)?.id);
    expect(listedChange?.body).toBe("Year 10 History · now due 12 Mar 2030, 17:00");
    expect(await db().notification.count({ where: { kind: "assignment_due_soon", href: `/assignments/${id}` } })).toBe(0);

    // The same date again changes nothing and tells no one twice.
    await changeDueDate(teacher, id, { dueAt: "2030-03-12T12:00:00.000Z" }, { db: db(), now: changeAt });
    expect(await db().notification.count({ where: { kind: "assignment_due_changed", href: `/assignments/${id}` } })).toBe(2);
  });

  it("refuses a due date in the past, before the opening or unreadable, another teacher's change, and reopening an assessment whose answers were shown", async () => {
    const { id } = await assign({ title: "Fixed", opensAt: at(10 * HOUR).toISOString() });
    const change = (dueAt: string, actor = teacher, now = NOW) => changeDueDate(actor, id, { dueAt }, { db: db(), now });
    expect(await rejection(change(at(-HOUR).toISOString()))).toMatchObject({ status: 400, field: "dueAt", message: "The due date must be in the future." });
    expect(await rejection(change(at(5 * HOUR).toISOString()))).toMatchObject({ status: 400, field: "dueAt", message: "The due date must be after the assignment opens (4 Mar 2030, 19:00 UTC)." });
    expect(await rejection(change("2030-02-30T10:00"))).toMatchObject({ field: "dueAt", message: "That due date does not exist." });
    expect(await rejection(changeDueDate(teacher, id, { dueAt: at(72 * HOUR).toISOString(), extra: 1 }, { db: db(), now: NOW }))).toMatchObject({ status: 400 });
    const hidden = await rejection(change(at(72 * HOUR).toISOString(), otherTeacher));
    expect(hidden.status).toBe(404);
    expect(await rejection(change(at(72 * HOUR).toISOString(), alice))).toEqual(hidden);
    expect((await getAssignment(teacher, id, { db: db() })).dueAt).toBe(at(48 * HOUR).toISOString());

    const { id: shown } = await assign({ title: "Answers out", mode: "assessment", showAnswersAfterDue: true });
    const afterDue = at(49 * HOUR);
    const reason = (await getAssignment(teacher, shown, { db: db(), now: afterDue })).dueDateLockedReason;
    expect(reason).toMatch(/^The answers were shown to the class when this assessment fell due/);
    expect((await getAssignment(teacher, shown, { db: db(), now: NOW })).dueDateLockedReason).toBeNull();
    const locked = await rejection(changeDueDate(teacher, shown, { dueAt: at(96 * HOUR).toISOString() }, { db: db(), now: afterDue }));
    expect(locked).toMatchObject({ status: 409, message: reason });
    // Before it falls due the answers are still held back, so it can move.
    await changeDueDate(teacher, shown, { dueAt: at(96 * HOUR).toISOString() }, { db: db(), now: NOW });
    expect((await getAssignment(teacher, shown, { db: db() })).dueAt).toBe(at(96 * HOUR).toISOString());

    // An archived class's assignments stay as they were.
    const archived = (await seedClassWithStudents(db(), teacher, [], { name: "Last year" })).classroom.id;
    const { id: old } = await createAssignment(teacher, archived, settings({ title: "Old work" }), { db: db(), now: NOW });
    await db().classroom.update({ where: { id: archived }, data: { archivedAt: NOW } });
    expect((await getAssignment(teacher, old, { db: db() })).dueDateLockedReason).toBe("This class is archived: its assignments are kept as they are.");
    expect(await rejection(changeDueDate(teacher, old, { dueAt: at(96 * HOUR).toISOString() }, { db: db(), now: NOW }))).toMatchObject({ status: 409 });
  });

  it("deletes an assignment no one has started, with its notifications; refuses one a student started, another teacher, and an archived class", async () => {
    const { id } = await assign({ title: "Wrong module", dueAt: at(20 * HOUR).toISOString() });
    await listMyNotifications(alice, { db: db(), now: at(HOUR) });
    const href = `/assignments/${id}`;
    expect(await db().notification.count({ where: { href } })).toBe(3); // new for Alice and Bob, due soon for Alice
    expect((await getAssignment(teacher, id, { db: db() })).deleteLockedReason).toBeNull();

    const hidden = await rejection(deleteAssignment(otherTeacher, id, { db: db() }));
    expect(hidden.status).toBe(404);
    expect(await rejection(deleteAssignment(alice, id, { db: db() }))).toEqual(hidden);
    expect(await rejection(deleteAssignment(teacher, "c0000000000000000000missing", { db: db() }))).toEqual(hidden);

    expect(await deleteAssignment(teacher, id, { db: db() })).toEqual({ classId });
    expect(await db().assignment.count({ where: { id } })).toBe(0);
    expect(await db().notification.count({ where: { href } })).toBe(0);
    expect((await listMyAssignments(alice, { db: db(), now: at(HOUR) })).map((row) => row.id)).not.toContain(id);
    expect((await listClassAssignments(teacher, classId, { db: db() })).map((row) => row.id)).not.toContain(id);

    const { id: started } = await assign({ title: "Under way" });
    await startAssignmentAttempt(bob, started, { db: db(), now: at(HOUR) });
    const reason = "Students have started this assignment, so it stays: their work counts in the gradebook.";
    expect((await getAssignment(teacher, started, { db: db() })).deleteLockedReason).toBe(reason);
    expect(await rejection(deleteAssignment(teacher, started, { db: db() }))).toMatchObject({ status: 409, message: reason });
    expect(await db().attempt.count({ where: { assignmentId: started } })).toBe(1);

    const archived = (await seedClassWithStudents(db(), teacher, [], { name: "Archived last term" })).classroom.id;
    const { id: old } = await createAssignment(teacher, archived, settings({ title: "Kept" }), { db: db(), now: NOW });
    await db().classroom.update({ where: { id: archived }, data: { archivedAt: NOW } });
    expect(await rejection(deleteAssignment(teacher, old, { db: db() }))).toMatchObject({ status: 409, message: "This class is archived: its assignments are kept as they are." });
    expect(await db().assignment.count({ where: { id: old } })).toBe(1);
  });

  it("tells a student whose start the deletion got to first that the assignment is gone, and writes no attempt", async () => {
    const { id } = await assign({ title: "Deleted mid-start" });
    const real = db();
    // The student's start has read the assignment when the teacher's deletion lands, before the attempt is written.
    const deletedAfterRead = new Proxy(real, {
      get(client, property) {
        if (property === "assignment") {
          return new Proxy(client.assignment, {
            get(delegate, name) {
              if (name !== "findFirst") return Reflect.get(delegate, name);
              return async (args: Parameters<typeof delegate.findFirst>[0]) => {
                const row = await delegate.findFirst(args);
                await deleteAssignment(teacher, id, { db: real });
                return row;
              };
            },
          });
        }
        const value = Reflect.get(client, property);
        return typeof value === "function" ? value.bind(client) : value;
      },
    });
    const attemptsBefore = await db().attempt.count({ where: { userId: alice.id } });
    const raced = await rejection(startAssignmentAttempt(alice, id, { db: deletedAfterRead, now: at(HOUR) }));
    // The same refusal as a start after the deletion: the 404 of a missing assignment.
    expect(raced).toEqual(await rejection(startAssignmentAttempt(alice, id, { db: db(), now: at(HOUR) })));
    expect(raced.status).toBe(404);
    expect(await db().attempt.count({ where: { userId: alice.id } })).toBe(attemptsBefore);
  });

  it.runIf(provider === "postgresql")("makes a deletion wait for a start in flight, and then keeps the assignment it started", async () => {
    const { id } = await assign({ title: "Started mid-delete" });
    let deletion: Promise<Refusal> | undefined;
    let sawDeletionWait = false;
    await db().$transaction(async (tx) => {
      // A start between writing its attempt and committing: its foreign key holds a share lock on the assignment.
      await tx.attempt.create({
        data: { userId: bob.id, mode: "practice", packId: "pak-us-relations", moduleSlugs: "[]", seed: "in-flight", startedAt: NOW, assignmentId: id, attemptNumber: 1 },
      });
      deletion = rejection(deleteAssignment(teacher, id, { db: db() }));
      // Commit only once the deletion is waiting on that lock, as it would meet a start in flight.
      for (let tries = 0; tries < 250 && !sawDeletionWait; tries++) {
        const [waiting] = await db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        sawDeletionWait = (waiting?.count ?? 0) > 0;
        if (!sawDeletionWait) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    expect(sawDeletionWait).toBe(true);
    expect(await deletion).toMatchObject({ status: 409, message: "Students have started this assignment, so it stays: their work counts in the gradebook." });
    expect(await db().attempt.count({ where: { assignmentId: id, userId: bob.id } })).toBe(1);
  });

  it("reminds a student once of work due within a day, not of work handed in, and marks notifications read", async () => {
    const { id: dueSoon } = await assign({ title: "Due tomorrow", dueAt: at(20 * HOUR).toISOString() });
    const { id: handedIn } = await assign({ title: "Done already", dueAt: at(20 * HOUR).toISOString() });
    const done = await startAssignmentAttempt(bob, handedIn, { db: db(), now: at(HOUR) });
    await submitAttempt(bob, done.attemptId, { db: db(), now: at(HOUR) });
    await assign({ title: "Due next week", dueAt: at(7 * 24 * HOUR).toISOString() });

    // Two readers at once (dashboard and notifications page) still create one reminder.
    await Promise.all([
      listMyNotifications(bob, { db: db(), now: at(2 * HOUR) }),
      countUnreadNotifications(bob, { db: db(), now: at(2 * HOUR) }),
      listMyNotifications(bob, { db: db(), now: at(3 * HOUR) }),
    ]);
    const reminders = await db().notification.findMany({ where: { userId: bob.id, kind: "assignment_due_soon" } });
    expect(reminders.map((notice) => notice.title)).toEqual(["Due soon: Due tomorrow"]);
    expect(reminders[0]?.href).toBe(`/assignments/${dueSoon}`);
    expect((await listMyNotifications(alice, { db: db(), now: at(2 * HOUR) })).notifications.some((notice) => notice.title === "Due soon: Due tomorrow")).toBe(true);

    const { notifications, unreadCount } = await listMyNotifications(bob, { db: db(), now: at(4 * HOUR) });
    expect(unreadCount).toBeGreaterThan(1);
    const [newest] = notifications;
    expect(await markNotificationsRead(bob, { ids: [newest!.id] }, { db: db(), now: at(4 * HOUR) })).toEqual({ updated: 1 });
    expect(await countUnreadNotifications(bob, { db: db(), now: at(4 * HOUR) })).toBe(unreadCount - 1);
    // Someone else's notification id changes nothing.
    const aliceNotice = await db().notification.findFirstOrThrow({ where: { userId: alice.id } });
    expect(await markNotificationsRead(bob, { ids: [aliceNotice.id] }, { db: db(), now: at(4 * HOUR) })).toEqual({ updated: 0 });
    await markNotificationsRead(bob, {}, { db: db(), now: at(4 * HOUR) });
    expect(await countUnreadNotifications(bob, { db: db(), now: at(4 * HOUR) })).toBe(0);
    expect((await rejection(markNotificationsRead(bob, { ids: ["bad id!"] }, { db: db() }))).status).toBe(400);
  });
  it("tells each student who took an assessment that held its answers back when they are shown, once, and not weeks later", async () => {
    const { id } = await assign({ title: "Answers held", mode: "assessment", showAnswersAfterDue: true });
    const { attemptId } = await startAssignmentAttempt(alice, id, { db: db(), now: at(HOUR) });
    await submitAttempt(alice, attemptId, { db: db(), now: at(2 * HOUR) });
    const shownTo = async (student: SeededUser, now: Date) =>
      (await listMyNotifications(student, { db: db(), now })).notifications.filter((notice) => notice.title === "Answers shown: Answers held");

    expect(await shownTo(alice, at(47 * HOUR))).toEqual([]);
    await Promise.all([countUnreadNotifications(alice, { db: db(), now: at(49 * HOUR) }), listMyNotifications(alice, { db: db(), now: at(49 * HOUR) })]);
    const [notice, ...more] = await shownTo(alice, at(50 * HOUR));
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ href: `/assignments/${id}`, body: "Year 10 History · see which of your answers were right, and why" });
    expect(await db().notification.findUniqueOrThrow({ where: { id: notice!.id } })).toMatchObject({ kind: "assignment_answers_shown", createdAt: at(48 * HOUR) });
    // Bob never took it: nothing of his is shown.
    expect(await shownTo(bob, at(49 * HOUR))).toEqual([]);

    // A student back more than a week after the due date is not told of it.
    const { id: stale } = await assign({ title: "Answers held long ago", mode: "assessment", showAnswersAfterDue: true });
    const old = await startAssignmentAttempt(bob, stale, { db: db(), now: at(HOUR) });
    await submitAttempt(bob, old.attemptId, { db: db(), now: at(2 * HOUR) });
    await listMyNotifications(bob, { db: db(), now: at(48 * HOUR + 8 * 24 * HOUR) });
    expect(await db().notification.count({ where: { userId: bob.id, href: `/assignments/${stale}`, kind: "assignment_answers_shown" } })).toBe(0);
  });
});
