import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMyAssignment } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { deleteMyAccount } from "@/lib/server/services/learn/delete-my-account";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { NOTIFICATION_KINDS } from "@/lib/server/services/notifications/notification-kinds";
import { CLASS_NOT_FOUND_MESSAGE } from "@/lib/server/services/teach/class-access";
import { ALREADY_TEACHES_MESSAGE, NO_TEACHER_ACCOUNT_MESSAGE, addCoTeacher } from "@/lib/server/services/teach/classes/add-co-teacher";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { archiveClass } from "@/lib/server/services/teach/classes/archive-class";
import { createClass } from "@/lib/server/services/teach/classes/create-class";
import { deleteClass } from "@/lib/server/services/teach/classes/delete-class";
import { getClassRoster } from "@/lib/server/services/teach/classes/get-class-roster";
import { handOverClass } from "@/lib/server/services/teach/classes/hand-over-class";
import { joinClass } from "@/lib/server/services/teach/classes/join-class";
import { JOIN_THROTTLE, NO_OPEN_CLASS_MESSAGE } from "@/lib/server/services/teach/classes/join-throttle";
import { leaveClass, NOT_IN_CLASS_MESSAGE } from "@/lib/server/services/teach/classes/leave-class";
import { listMyClasses } from "@/lib/server/services/teach/classes/list-my-classes";
import { listTaughtClasses } from "@/lib/server/services/teach/classes/list-taught-classes";
import { previewClassToJoin } from "@/lib/server/services/teach/classes/preview-class-to-join";
import { removeCoTeacher } from "@/lib/server/services/teach/classes/remove-co-teacher";
import { STUDENT_NOT_ON_ROSTER_MESSAGE, removeStudent } from "@/lib/server/services/teach/classes/remove-student";
import { restoreClass } from "@/lib/server/services/teach/classes/restore-class";
import { rotateJoinCode } from "@/lib/server/services/teach/classes/rotate-join-code";
import { ONLY_CO_TEACHERS_LEAVE_MESSAGE, stopCoTeaching } from "@/lib/server/services/teach/classes/stop-co-teaching";
import { syncRealPack } from "../learn/learn-helpers";
import { rejection } from "@/tests/helpers/rejection";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { seedAdmin, seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

/** A code of the right shape that no class has (classes get random codes; this one uses only one symbol). */
const UNUSED_CODE = "ZZZZ-ZZZZ";

describe.each(testProviders())("classes on %s", (provider) => {
  let database: TestDatabase;
  const options = (now?: Date) => ({ db: database.db, ...(now ? { now } : {}) });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("creates a class with its owner and a readable code, lists it with its count, and shows its roster", async () => {
    const teacher = await seedTeacher(database.db, "Ms Khan");
    const created = await createClass(teacher, { name: "  Year 11   History ", description: "  Pakistan–US relations  " }, options());
    expect(created.name).toBe("Year 11 History");
    expect(created.joinCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(created.joinPath).toBe(`/join/${created.joinCode}`);

    const stored = await database.db.classroom.findUniqueOrThrow({ where: { id: created.id }, include: { teachers: true } });
    expect(stored.description).toBe("Pakistan–US relations");
    expect(stored.joinCode).toBe(created.joinCode.replace("-", ""));
    expect(stored.teachers).toEqual([expect.objectContaining({ userId: teacher.id, role: "owner" })]);

    const [ayesha, bilal] = [await seedStudent(database.db, "Ayesha"), await seedStudent(database.db, "Bilal")];
    await joinClass(bilal, { code: created.joinCode }, options());
    await joinClass(ayesha, { code: created.joinCode.toLowerCase().replace("-", " ") }, options());

    const { open, archived } = await listTaughtClasses(teacher, options());
    expect(archived).toEqual([]);
    expect(open).toEqual([expect.objectContaining({ id: created.id, name: "Year 11 History", access: "owner", studentCount: 2, joinCode: created.joinCode })]);

    const roster = await getClassRoster(teacher, created.id, options());
    expect(roster).toMatchObject({ id: created.id, joinCode: created.joinCode, joinPath: created.joinPath, access: "owner", archivedAt: null });
    expect(roster.students.map((student) => student.name)).toEqual(["Ayesha", "Bilal"]);
    expect(roster.students[0]).toEqual({ id: ayesha.id, name: "Ayesha", email: ayesha.email, joinedAt: expect.any(String) });
    expect(roster.teachers).toEqual([{ id: teacher.id, name: "Ms Khan", email: teacher.email, role: "owner" }]);
  });

  it("refuses class names that are empty or too long, and descriptions over 500 characters, naming the field", async () => {
    const teacher = await seedTeacher(database.db);
    expect(await rejection(createClass(teacher, { name: "   " }, options()))).toMatchObject({ status: 400, field: "name", message: "Name the class." });
    expect(await rejection(createClass(teacher, { name: "x".repeat(81) }, options()))).toMatchObject({ status: 400, field: "name" });
    expect(await rejection(createClass(teacher, { name: "ok", description: "x".repeat(501) }, options()))).toMatchObject({ status: 400, field: "description" });
    const created = await createClass(teacher, { name: "x".repeat(80), description: "" }, options());
    expect((await database.db.classroom.findUniqueOrThrow({ where: { id: created.id } })).description).toBeNull();
  });

  it("lets a student join by code in any form, idempotently, and be in several classes", async () => {
    const teacher = await seedTeacher(database.db);
    const first = await createClass(teacher, { name: "Alpha" }, options());
    const second = await createClass(teacher, { name: "Beta" }, options());
    const student = await seedStudent(database.db);

    expect(await joinClass(student, { code: first.joinCode }, options())).toEqual({ classId: first.id, name: "Alpha", outcome: "joined" });
    expect(await joinClass(student, { code: ` ${first.joinCode.toLowerCase().replace("-", "")} ` }, options())).toMatchObject({ outcome: "already_member" });
    expect(await database.db.enrollment.count({ where: { classId: first.id, userId: student.id } })).toBe(1);
    await joinClass(student, { code: second.joinCode.replace("-", " ") }, options());

    expect((await listMyClasses(student, options())).map((row) => row.name).sort()).toEqual(["Alpha", "Beta"]);
    const preview = await previewClassToJoin(student, { code: first.joinCode }, options());
    expect(preview).toEqual({ code: first.joinCode.replace("-", ""), name: "Alpha", teacherNames: [teacher.name], isMember: true });
  });

  it("refuses archived classes and wrong codes with the same message, and restores an archived class", async () => {
    const teacher = await seedTeacher(database.db);
    const created = await createClass(teacher, { name: "Archived soon" }, options());
    const member = await seedStudent(database.db, "Member");
    await joinClass(member, { code: created.joinCode }, options());
    await archiveClass(teacher, created.id, options());

    const student = await seedStudent(database.db);
    const archivedError = await rejection(joinClass(student, { code: created.joinCode }, options()));
    const wrongError = await rejection(joinClass(student, { code: UNUSED_CODE }, options()));
    expect(archivedError).toMatchObject({ status: 404, field: "code", message: NO_OPEN_CLASS_MESSAGE });
    expect(wrongError).toMatchObject({ status: 404, field: "code", message: NO_OPEN_CLASS_MESSAGE });
    expect(await listMyClasses(member, options())).toEqual([]);
    const listed = await listTaughtClasses(teacher, options());
    expect(listed.open.map((row) => row.id)).not.toContain(created.id);
    expect(listed.archived).toEqual([expect.objectContaining({ id: created.id, archivedAt: expect.any(String) })]);

    await restoreClass(teacher, created.id, options());
    expect(await joinClass(student, { code: created.joinCode }, options())).toMatchObject({ outcome: "joined" });
    expect((await listMyClasses(member, options())).map((row) => row.id)).toEqual([created.id]);
  });

  it("gives a malformed code a 400 that says why, without counting it as a guess", async () => {
    const student = await seedStudent(database.db);
    expect(await rejection(joinClass(student, { code: "ABCD-EFG0" }, options()))).toMatchObject({ status: 400, field: "code" });
    expect(await database.db.loginThrottle.count({ where: { key: `join:${student.id}` } })).toBe(0);
  });

  it("locks a student out after 10 wrong codes in 15 minutes, even for a right code, and lets them in after the lock", async () => {
    const teacher = await seedTeacher(database.db);
    const created = await createClass(teacher, { name: "Throttled" }, options());
    const student = await seedStudent(database.db);
    const other = await seedStudent(database.db);
    const start = new Date("2026-11-23T10:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

    for (let i = 0; i < JOIN_THROTTLE.maxFailures - 1; i++) {
      expect(await rejection(joinClass(student, { code: UNUSED_CODE }, options(at(i))))).toMatchObject({ status: 404 });
    }
    const tenth = await rejection(joinClass(student, { code: UNUSED_CODE }, options(at(10))));
    expect(tenth).toMatchObject({ status: 429, field: "code", retryAfterSeconds: 15 * 60 });
    expect(tenth.message).toBe("Too many wrong class codes. Try again in 15 minutes, or check the code with your teacher.");
    // Locked: the right code is refused too (otherwise guessing would go on), and so is the join-link preview.
    expect(await rejection(joinClass(student, { code: created.joinCode }, options(at(60))))).toMatchObject({ status: 429 });
    expect(await rejection(previewClassToJoin(student, { code: created.joinCode }, options(at(60))))).toMatchObject({ status: 429 });
    // The lock is per student.
    expect(await joinClass(other, { code: created.joinCode }, options(at(60)))).toMatchObject({ outcome: "joined" });

    expect(await joinClass(student, { code: created.joinCode }, options(at(10 + 15 * 60 + 1)))).toMatchObject({ outcome: "joined" });
  });

  it("counts join-link previews of wrong codes as guesses", async () => {
    const student = await seedStudent(database.db);
    for (let i = 0; i < JOIN_THROTTLE.maxFailures - 1; i++) {
      expect(await rejection(previewClassToJoin(student, { code: UNUSED_CODE }, options()))).toMatchObject({ status: 404, message: NO_OPEN_CLASS_MESSAGE });
    }
    expect(await rejection(previewClassToJoin(student, { code: UNUSED_CODE }, options()))).toMatchObject({ status: 429 });
  });

  it("removes a student from the roster and their class list; the code lets them back in with a new join date", async () => {
    const teacher = await seedTeacher(database.db);
    const [stays, leaves] = [await seedStudent(database.db, "Stays"), await seedStudent(database.db, "Leaves")];
    const joinedAt = new Date("2026-09-01T08:00:00Z");
    const { classroom } = await seedClassWithStudents(database.db, teacher, [stays, leaves], { joinedAt });
    const otherTeacher = await seedTeacher(database.db);
    const elsewhere = await seedClassWithStudents(database.db, otherTeacher, [leaves], { name: "Elsewhere" });

    await syncRealPack(database.db);
    const setAt = new Date("2026-10-01T08:00:00Z");
    const assignmentSettings = { title: "Week 1", moduleSlugs: ["post-9-11-partnership"], itemCount: 5, mode: "practice", attemptsAllowed: 1, timeLimitMinutes: null, showAnswersAfterDue: false };
    const dueAt = new Date("2026-12-01T08:00:00Z").toISOString();
    const assignment = await createAssignment(teacher, classroom.id, { ...assignmentSettings, dueAt }, options(setAt));
    const other = await createAssignment(otherTeacher, elsewhere.classroom.id, { ...assignmentSettings, dueAt }, options(setAt));

    const removedAt = new Date("2026-11-01T08:00:00Z");
    expect(await removeStudent(teacher, { classId: classroom.id, studentId: leaves.id }, options(removedAt))).toEqual({ removed: true });
    // The notice of this class's assignment stays, without its (now closed) link and no longer unread; the other class's is untouched.
    // The student is told of the removal, with a way back in by code.
    const notices = await database.db.notification.findMany({ where: { userId: leaves.id }, select: { kind: true, href: true, readAt: true, title: true } });
    expect(notices).toHaveLength(3);
    expect(notices).toContainEqual(expect.objectContaining({ kind: NOTIFICATION_KINDS.newAssignment, href: null, readAt: removedAt }));
    expect(notices).toContainEqual(expect.objectContaining({ href: `/assignments/${other.id}`, readAt: null }));
    expect(notices).toContainEqual({ kind: NOTIFICATION_KINDS.removedFromClass, title: `You are no longer in ${classroom.name}`, href: "/join", readAt: null });
    expect(await database.db.notification.count({ where: { userId: stays.id, kind: NOTIFICATION_KINDS.removedFromClass } })).toBe(0);
    expect(await database.db.notification.count({ where: { userId: stays.id, href: `/assignments/${assignment.id}`, readAt: null } })).toBe(1);
    expect((await getClassRoster(teacher, classroom.id, options())).students.map((student) => student.id)).toEqual([stays.id]);
    expect((await listMyClasses(leaves, options())).map((row) => row.name)).toEqual(["Elsewhere"]);
    expect((await listTaughtClasses(teacher, options())).open[0]?.studentCount).toBe(1);
    const enrollment = await database.db.enrollment.findUniqueOrThrow({ where: { classId_userId: { classId: classroom.id, userId: leaves.id } } });
    expect(enrollment.removedAt).toEqual(removedAt);
    // Only this class's enrollment: the student's other class is untouched.
    expect(await database.db.enrollment.count({ where: { classId: elsewhere.classroom.id, userId: leaves.id, removedAt: null } })).toBe(1);
    expect(await previewClassToJoin(leaves, { code: classroom.joinCode }, options())).toMatchObject({ isMember: false });

    // Removing again, or removing someone who never joined, is a 404.
    expect(await rejection(removeStudent(teacher, { classId: classroom.id, studentId: leaves.id }, options()))).toMatchObject({
      status: 404,
      message: STUDENT_NOT_ON_ROSTER_MESSAGE,
    });
    const stranger = await seedStudent(database.db);
    expect(await rejection(removeStudent(teacher, { classId: classroom.id, studentId: stranger.id }, options()))).toMatchObject({ status: 404 });

    const rejoinedAt = new Date("2026-11-02T08:00:00Z");
    expect(await joinClass(leaves, { code: classroom.joinCode }, options(rejoinedAt))).toMatchObject({ outcome: "rejoined" });
    const back = (await getClassRoster(teacher, classroom.id, options())).students.find((student) => student.id === leaves.id);
    expect(back?.joinedAt).toBe(rejoinedAt.toISOString());
  });

  it("rotates the code: the old code stops working, members stay", async () => {
    const teacher = await seedTeacher(database.db);
    const member = await seedStudent(database.db);
    const { classroom } = await seedClassWithStudents(database.db, teacher, [member]);
    const oldCode = classroom.joinCode;
    const rotated = await rotateJoinCode(teacher, classroom.id, options());
    expect(rotated.joinCode.replace("-", "")).not.toBe(oldCode);
    expect(rotated.joinPath).toBe(`/join/${rotated.joinCode}`);

    const newcomer = await seedStudent(database.db);
    expect(await rejection(joinClass(newcomer, { code: oldCode }, options()))).toMatchObject({ status: 404, message: NO_OPEN_CLASS_MESSAGE });
    expect(await joinClass(newcomer, { code: rotated.joinCode }, options())).toMatchObject({ outcome: "joined" });
    expect((await getClassRoster(teacher, classroom.id, options())).students).toHaveLength(2);
  });

  it("adds co-teachers by email; they manage the roster and code but not the class's teachers or archive", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const student = await seedStudent(database.db, "Pupil");
    const { classroom } = await seedClassWithStudents(database.db, owner, [student]);

    expect(await addCoTeacher(owner, { classId: classroom.id, email: `  ${co.email.toUpperCase()} ` }, options())).toEqual({ id: co.id, name: "Colleague", email: co.email });
    // The colleague is told, by whom, with a link to the class; refusals below tell no one.
    expect(await database.db.notification.findMany({ where: { userId: co.id }, select: { kind: true, title: true, body: true, href: true } })).toEqual([
      {
        kind: NOTIFICATION_KINDS.coTeacherAdded,
        title: `You were added to teach ${classroom.name}`,
        body: "Owner added you as a co-teacher: you can now manage its roster, code and assignments, and read its results.",
        href: `/teach/classes/${classroom.id}`,
      },
    ]);
    expect(await rejection(addCoTeacher(owner, { classId: classroom.id, email: co.email }, options()))).toMatchObject({
      status: 409,
      field: "email",
      message: ALREADY_TEACHES_MESSAGE,
    });
    expect(await rejection(addCoTeacher(owner, { classId: classroom.id, email: owner.email }, options()))).toMatchObject({ status: 409 });
    // Unknown email and a student's email: one message, so student accounts cannot be discovered.
    const unknown = await rejection(addCoTeacher(owner, { classId: classroom.id, email: "nobody@example.com" }, options()));
    const studentEmail = await rejection(addCoTeacher(owner, { classId: classroom.id, email: student.email }, options()));
    expect(unknown).toMatchObject({ status: 404, field: "email", message: NO_TEACHER_ACCOUNT_MESSAGE });
    expect(studentEmail).toEqual(unknown);
    expect(await rejection(addCoTeacher(owner, { classId: classroom.id, email: "not-an-email" }, options()))).toMatchObject({ status: 400, field: "email" });

    const listed = await listTaughtClasses(co, options());
    expect(listed.open).toEqual([expect.objectContaining({ id: classroom.id, access: "co", studentCount: 1 })]);
    const roster = await getClassRoster(co, classroom.id, options());
    expect(roster.access).toBe("co");
    expect(roster.teachers.map((teacher) => [teacher.name, teacher.role])).toEqual([
      ["Owner", "owner"],
      ["Colleague", "co"],
    ]);
    expect((await previewClassToJoin(await seedStudent(database.db), { code: classroom.joinCode }, options())).teacherNames).toEqual(["Owner", "Colleague"]);

    await rotateJoinCode(co, classroom.id, options());
    await removeStudent(co, { classId: classroom.id, studentId: student.id }, options());
    expect((await getClassRoster(co, classroom.id, options())).students).toEqual([]);

    const third = await seedTeacher(database.db);
    expect(await rejection(archiveClass(co, classroom.id, options()))).toMatchObject({ status: 403 });
    expect(await rejection(restoreClass(co, classroom.id, options()))).toMatchObject({ status: 403 });
    expect(await rejection(addCoTeacher(co, { classId: classroom.id, email: third.email }, options()))).toMatchObject({ status: 403 });
    expect(await rejection(removeCoTeacher(co, { classId: classroom.id, teacherId: co.id }, options()))).toMatchObject({ status: 403 });
    // The owner's row is not a co-teacher's.
    expect(await rejection(removeCoTeacher(owner, { classId: classroom.id, teacherId: owner.id }, options()))).toMatchObject({ status: 404 });

    await joinClass(student, { code: (await getClassRoster(owner, classroom.id, options())).joinCode }, options());
    await leaveClass(student, classroom.id, options()); // a notice for each teacher, linking into the class
    expect(await removeCoTeacher(owner, { classId: classroom.id, teacherId: co.id }, options())).toEqual({ removed: true });
    expect(await rejection(getClassRoster(co, classroom.id, options()))).toMatchObject({ status: 404, message: CLASS_NOT_FOUND_MESSAGE });
    const coNotices = await database.db.notification.findMany({ where: { userId: co.id }, select: { kind: true, title: true, href: true, readAt: true } });
    expect(coNotices).toHaveLength(3);
    expect(coNotices).toContainEqual({ kind: NOTIFICATION_KINDS.coTeacherAdded, title: `You were added to teach ${classroom.name}`, href: null, readAt: expect.any(Date) });
    expect(coNotices).toContainEqual({ kind: NOTIFICATION_KINDS.studentLeft, title: `Pupil left ${classroom.name}`, href: null, readAt: expect.any(Date) });
    expect(coNotices).toContainEqual({ kind: NOTIFICATION_KINDS.removedAsCoTeacher, title: `You no longer teach ${classroom.name}`, href: null, readAt: null });
    expect(await database.db.notification.findMany({ where: { userId: owner.id }, select: { href: true } })).toEqual([{ href: `/teach/classes/${classroom.id}` }]);
    expect((await listTaughtClasses(co, options())).open).toEqual([]);
  });

  it("hands a class to a co-teacher, who is told; the former owner stays on as a co-teacher and can then delete their account", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const bystander = await seedTeacher(database.db, "Bystander");
    const { classroom } = await seedClassWithStudents(database.db, owner, [await seedStudent(database.db)]);
    await addCoTeacher(owner, { classId: classroom.id, email: co.email }, options());
    await addCoTeacher(owner, { classId: classroom.id, email: bystander.email }, options());
    await archiveClass(owner, classroom.id, options());
    expect(await rejection(deleteMyAccount(owner, { confirmEmail: owner.email }, options()))).toMatchObject({ status: 409 });

    // Only to a co-teacher of this class, and only by its owner.
    expect(await rejection(handOverClass(owner, { classId: classroom.id, teacherId: owner.id }, options()))).toMatchObject({ status: 404 });
    expect(await rejection(handOverClass(owner, { classId: classroom.id, teacherId: (await seedTeacher(database.db)).id }, options()))).toMatchObject({ status: 404 });
    expect(await rejection(handOverClass(co, { classId: classroom.id, teacherId: co.id }, options()))).toMatchObject({ status: 403 });
    const handedOver = (userId: string) => database.db.notification.findMany({ where: { userId, kind: NOTIFICATION_KINDS.classHandedOver }, select: { kind: true, title: true, href: true } });
    expect(await handedOver(co.id)).toEqual([]);

    expect(await handOverClass(owner, { classId: classroom.id, teacherId: co.id }, options())).toEqual({ ownerId: co.id });
    const stored = await database.db.classroom.findUniqueOrThrow({ where: { id: classroom.id }, include: { teachers: true } });
    expect(stored.ownerId).toBe(co.id);
    expect(stored.archivedAt).not.toBeNull();
    expect(Object.fromEntries(stored.teachers.map((row) => [row.userId, row.role]))).toEqual({ [co.id]: "owner", [owner.id]: "co", [bystander.id]: "co" });
    expect((await getClassRoster(owner, classroom.id, options())).access).toBe("co");
    expect((await getClassRoster(co, classroom.id, options())).teachers.map((teacher) => [teacher.name, teacher.role])).toEqual([
      ["Colleague", "owner"],
      ["Bystander", "co"],
      ["Owner", "co"],
    ]);
    expect(await handedOver(co.id)).toEqual([{ kind: NOTIFICATION_KINDS.classHandedOver, title: `You now own ${classroom.name}`, href: `/teach/classes/${classroom.id}` }]);
    expect([...(await handedOver(owner.id)), ...(await handedOver(bystander.id))]).toEqual([]);

    // The former owner is now a co-teacher: the verbs of an owner are the new owner's.
    expect(await rejection(handOverClass(owner, { classId: classroom.id, teacherId: bystander.id }, options()))).toMatchObject({ status: 403 });
    expect(await deleteMyAccount(owner, { confirmEmail: owner.email }, options())).toEqual({ deleted: true });
    expect((await getClassRoster(co, classroom.id, options())).teachers.map((teacher) => teacher.name)).toEqual(["Colleague", "Bystander"]);
  });

  it("of two hand-overs of one class at once, one applies and the class keeps one owner", async () => {
    const owner = await seedTeacher(database.db);
    const [first, second] = [await seedTeacher(database.db), await seedTeacher(database.db)];
    const { classroom } = await seedClassWithStudents(database.db, owner, []);
    for (const teacher of [first, second]) await addCoTeacher(owner, { classId: classroom.id, email: teacher.email }, options());

    const outcomes = await Promise.allSettled([first, second].map((teacher) => handOverClass(owner, { classId: classroom.id, teacherId: teacher.id }, options())));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const stored = await database.db.classroom.findUniqueOrThrow({ where: { id: classroom.id }, include: { teachers: true } });
    const owners = stored.teachers.filter((row) => row.role === "owner").map((row) => row.userId);
    expect(owners).toEqual([stored.ownerId]);
    expect(await database.db.notification.count({ where: { userId: { in: [first.id, second.id] }, kind: NOTIFICATION_KINDS.classHandedOver } })).toBe(1);
  });

  it("deletes an archived class for good; its students keep their attempts as quizzes of their own", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const student = await seedStudent(database.db, "Pupil");
    const { classroom } = await seedClassWithStudents(database.db, owner, [student], { name: "Old course", coTeachers: [co] });
    await syncRealPack(database.db);
    const settings = { title: "Last week", moduleSlugs: ["post-9-11-partnership"], itemCount: 5, mode: "practice", attemptsAllowed: 1, timeLimitMinutes: null, showAnswersAfterDue: false };
    const assignment = await createAssignment(owner, classroom.id, { ...settings, dueAt: new Date(Date.now() + 86_400_000).toISOString() }, options());
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, options());
    await submitAttempt(student, attemptId, options());
    expect(await database.db.notification.count({ where: { userId: { in: [owner.id, co.id, student.id] } } })).toBe(3); // new for the student, handed in for each teacher

    expect(await rejection(deleteClass(owner, classroom.id, options()))).toMatchObject({ status: 409, message: "Archive the class first: only an archived class can be deleted." });
    await archiveClass(owner, classroom.id, options());
    expect(await rejection(deleteClass(co, classroom.id, options()))).toMatchObject({ status: 403 });
    expect(await database.db.classroom.count({ where: { id: classroom.id } })).toBe(1);

    expect(await deleteClass(owner, classroom.id, options())).toEqual({ deleted: true });
    expect(await rejection(getClassRoster(owner, classroom.id, options()))).toMatchObject({ status: 404 });
    expect(await database.db.assignment.count({ where: { classId: classroom.id } })).toBe(0);
    expect(await database.db.enrollment.count({ where: { classId: classroom.id } })).toBe(0);
    expect(await database.db.classTeacher.count({ where: { classId: classroom.id } })).toBe(0);
    const kept = await database.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { items: true } });
    expect(kept).toMatchObject({ userId: student.id, assignmentId: null, status: "submitted" });
    expect(kept.items).toHaveLength(5);
    // With nothing owned, the owner's account can go.
    expect(await deleteMyAccount(owner, { confirmEmail: owner.email }, options())).toEqual({ deleted: true });
  });

  it("tells a class's students and co-teachers when it is archived, closing the students' links to its work, and when it is restored", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const [student, gone] = [await seedStudent(database.db, "Pupil"), await seedStudent(database.db, "Gone")];
    const { classroom } = await seedClassWithStudents(database.db, owner, [student, gone], { name: "History 10B", coTeachers: [co] });
    await syncRealPack(database.db);
    const settings = { title: "Week 9", moduleSlugs: ["post-9-11-partnership"], itemCount: 5, mode: "practice", attemptsAllowed: 1, timeLimitMinutes: null, showAnswersAfterDue: false };
    const assignment = await createAssignment(owner, classroom.id, { ...settings, dueAt: new Date(Date.now() + 86_400_000).toISOString() }, options());
    await removeStudent(owner, { classId: classroom.id, studentId: gone.id }, options());
    const noticesOf = (userId: string) =>
      database.db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }], select: { kind: true, title: true, href: true, readAt: true } });

    expect(await archiveClass(owner, classroom.id, options())).toEqual({ archivedAt: expect.any(String) });
    // The student's link to the assignment would now be a 404: it goes, its text stays.
    expect(await rejection(getMyAssignment(student, assignment.id, options()))).toMatchObject({ status: 404 });
    const archived = { kind: NOTIFICATION_KINDS.classArchived, title: "History 10B was archived", readAt: null };
    expect(await noticesOf(student.id)).toEqual([
      { kind: NOTIFICATION_KINDS.newAssignment, title: "New assignment: Week 9", href: null, readAt: expect.any(Date) },
      { ...archived, href: "/progress" },
    ]);
    expect(await database.db.notification.findFirst({ where: { userId: student.id, kind: NOTIFICATION_KINDS.classArchived }, select: { body: true } })).toEqual({
      body: "The course is over: the class takes no new work, and its assignments are closed. What you did stays in your progress and history.",
    });
    // Teachers still read an archived class: the co-teacher's link leads to it. The owner, who archived it, and a student who had left are not told.
    expect(await noticesOf(co.id)).toEqual([{ ...archived, href: `/teach/classes/${classroom.id}` }]);
    expect(await database.db.notification.count({ where: { userId: { in: [owner.id, gone.id] }, kind: NOTIFICATION_KINDS.classArchived } })).toBe(0);
    // Archiving again tells no one twice.
    await archiveClass(owner, classroom.id, options());
    expect(await database.db.notification.count({ where: { kind: NOTIFICATION_KINDS.classArchived, userId: { in: [student.id, co.id] } } })).toBe(2);

    await restoreClass(owner, classroom.id, options());
    await restoreClass(owner, classroom.id, options());
    const restored = await database.db.notification.findMany({ where: { kind: NOTIFICATION_KINDS.classRestored, userId: { in: [student.id, co.id, owner.id, gone.id] } }, select: { userId: true, title: true, href: true } });
    expect(restored.sort((a, b) => (a.href ?? "").localeCompare(b.href ?? ""))).toEqual([
      { userId: student.id, title: "History 10B was restored", href: "/dashboard" },
      { userId: co.id, title: "History 10B was restored", href: `/teach/classes/${classroom.id}` },
    ]);
    expect((await getMyAssignment(student, assignment.id, options())).id).toBe(assignment.id);
  });

  it("tells a class's students and co-teachers when it is deleted; notifications about it outlive it, with no link into it", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const student = await seedStudent(database.db, "Pupil");
    const { classroom } = await seedClassWithStudents(database.db, owner, [student], { name: "History 10B", coTeachers: [co] });
    await syncRealPack(database.db);
    const settings = { title: "Week 9", moduleSlugs: ["post-9-11-partnership"], itemCount: 5, mode: "practice", attemptsAllowed: 1, timeLimitMinutes: null, showAnswersAfterDue: false };
    const assignment = await createAssignment(owner, classroom.id, { ...settings, dueAt: new Date(Date.now() + 86_400_000).toISOString() }, options());
    const { attemptId } = await startAssignmentAttempt(student, assignment.id, options());
    await submitAttempt(student, attemptId, options()); // "Pupil submitted Week 9" to each teacher, linking into the class
    await archiveClass(owner, classroom.id, options());

    await deleteClass(owner, classroom.id, options());
    const noticesOf = (userId: string) =>
      database.db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { kind: "asc" }], select: { kind: true, title: true, href: true } });
    const deleted = { kind: NOTIFICATION_KINDS.classDeleted, title: "History 10B was deleted by its owner" };
    expect(await noticesOf(student.id)).toEqual([
      { kind: NOTIFICATION_KINDS.newAssignment, title: "New assignment: Week 9", href: null },
      { kind: NOTIFICATION_KINDS.classArchived, title: "History 10B was archived", href: "/progress" },
      { ...deleted, href: "/progress" },
    ]);
    expect(await noticesOf(co.id)).toEqual([
      { kind: NOTIFICATION_KINDS.submitted, title: expect.stringContaining("Week 9"), href: null },
      { kind: NOTIFICATION_KINDS.classArchived, title: "History 10B was archived", href: null },
      { ...deleted, href: null },
    ]);
    expect(await noticesOf(owner.id)).toEqual([{ kind: NOTIFICATION_KINDS.submitted, title: expect.stringContaining("Week 9"), href: null }]);
    expect(await database.db.notification.count({ where: { OR: [{ href: `/assignments/${assignment.id}` }, { href: { startsWith: `/teach/classes/${classroom.id}` } }] } })).toBe(0);

    // An admin who deletes someone's class does not claim it was the owner, and the owner is told too.
    const admin = await seedAdmin(database.db);
    const { classroom: other } = await seedClassWithStudents(database.db, owner, [student], { name: "Civics 9A" });
    await archiveClass(admin, other.id, options());
    await deleteClass(admin, other.id, options());
    const byAdmin = await database.db.notification.findMany({ where: { kind: NOTIFICATION_KINDS.classDeleted, title: { startsWith: "Civics 9A" } }, select: { userId: true, title: true } });
    expect(byAdmin.map((notice) => notice.userId).sort()).toEqual([owner.id, student.id].sort());
    expect(new Set(byAdmin.map((notice) => notice.title))).toEqual(new Set(["Civics 9A was deleted"]));
  });

  it("lets a student leave a class they are in; its teachers are told, and the code lets them back in", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const [leaver, stays] = [await seedStudent(database.db, "Lena Leaver"), await seedStudent(database.db, "Stays")];
    const { classroom } = await seedClassWithStudents(database.db, owner, [leaver, stays], { name: "Dropped course", coTeachers: [co] });

    const notIn = { status: 404, message: NOT_IN_CLASS_MESSAGE };
    expect(await rejection(leaveClass(await seedStudent(database.db), classroom.id, options()))).toMatchObject(notIn);
    expect(await rejection(leaveClass(leaver, "c0000000000000000000missing", options()))).toMatchObject(notIn);
    expect(await rejection(leaveClass(owner, classroom.id, options()))).toMatchObject(notIn);
    expect(await database.db.notification.count({ where: { userId: { in: [owner.id, co.id] } } })).toBe(0);

    expect(await leaveClass(leaver, classroom.id, options())).toEqual({ left: true });
    expect(await listMyClasses(leaver, options())).toEqual([]);
    expect((await getClassRoster(owner, classroom.id, options())).students.map((student) => student.id)).toEqual([stays.id]);
    const told = await database.db.notification.findMany({ where: { userId: { in: [owner.id, co.id] } }, select: { userId: true, kind: true, title: true, href: true } });
    expect(told.map((notice) => notice.userId).sort()).toEqual([owner.id, co.id].sort());
    expect(told[0]).toMatchObject({ kind: NOTIFICATION_KINDS.studentLeft, title: "Lena Leaver left Dropped course", href: `/teach/classes/${classroom.id}` });

    // A double click: the second is refused and tells no one again.
    expect(await rejection(leaveClass(leaver, classroom.id, options()))).toMatchObject(notIn);
    expect(await database.db.notification.count({ where: { userId: { in: [owner.id, co.id] } } })).toBe(2);
    expect(await joinClass(leaver, { code: classroom.joinCode }, options())).toMatchObject({ outcome: "rejoined" });
  });

  it("tells a class's teachers when one of its students deletes their account, and not the teachers of a class they had left", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Colleague");
    const other = await seedTeacher(database.db, "Other");
    const [leaver, stays] = [await seedStudent(database.db, "Dana Deleter"), await seedStudent(database.db, "Stays")];
    const { classroom } = await seedClassWithStudents(database.db, owner, [leaver, stays], { name: "Civics", coTeachers: [co] });
    const { classroom: left } = await seedClassWithStudents(database.db, other, [leaver], { name: "Dropped" });
    await leaveClass(leaver, left.id, options());
    await database.db.notification.deleteMany({ where: { userId: other.id } });

    expect(await deleteMyAccount(leaver, { confirmEmail: leaver.email }, options())).toEqual({ deleted: true });
    const told = await database.db.notification.findMany({ where: { userId: { in: [owner.id, co.id, other.id] } }, select: { userId: true, kind: true, title: true, href: true } });
    expect(told.map((notice) => notice.userId).sort()).toEqual([owner.id, co.id].sort());
    expect(told[0]).toMatchObject({ kind: NOTIFICATION_KINDS.studentLeft, title: "Dana Deleter deleted their account and left Civics", href: `/teach/classes/${classroom.id}` });
    expect((await getClassRoster(owner, classroom.id, options())).students.map((student) => student.id)).toEqual([stays.id]);
  });

  it("lets a co-teacher stop teaching a class; the owner is told, their links into it go, and the owner can add them again", async () => {
    const owner = await seedTeacher(database.db, "Owner");
    const co = await seedTeacher(database.db, "Cyrus");
    const student = await seedStudent(database.db, "Pupil");
    const { classroom } = await seedClassWithStudents(database.db, owner, [student], { name: "Shared course", coTeachers: [co] });
    await leaveClass(student, classroom.id, options()); // tells both teachers, with a link into the class

    expect(await rejection(stopCoTeaching(owner, classroom.id, options()))).toMatchObject({ status: 403, message: ONLY_CO_TEACHERS_LEAVE_MESSAGE });
    expect(await rejection(stopCoTeaching(await seedAdmin(database.db), classroom.id, options()))).toMatchObject({ status: 403 });
    expect(await database.db.classTeacher.count({ where: { classId: classroom.id } })).toBe(2);

    expect(await stopCoTeaching(co, classroom.id, options())).toEqual({ left: true });
    expect(await rejection(getClassRoster(co, classroom.id, options()))).toMatchObject({ status: 404, message: CLASS_NOT_FOUND_MESSAGE });
    expect((await listTaughtClasses(co, options())).open).toEqual([]);
    expect((await getClassRoster(owner, classroom.id, options())).teachers.map((teacher) => teacher.name)).toEqual(["Owner"]);
    const told = await database.db.notification.findMany({ where: { userId: owner.id, kind: NOTIFICATION_KINDS.coTeacherLeft }, select: { title: true, href: true } });
    expect(told).toEqual([{ title: "Cyrus stopped teaching Shared course", href: `/teach/classes/${classroom.id}` }]);
    // The co-teacher keeps the text of what they were told, without a link to a page they can no longer open.
    expect(await database.db.notification.findMany({ where: { userId: co.id }, select: { title: true, href: true, readAt: true } })).toEqual([
      { title: "Pupil left Shared course", href: null, readAt: expect.any(Date) },
    ]);

    // A double click: the second is the 404 of a class they do not teach, and tells the owner nothing more.
    expect(await rejection(stopCoTeaching(co, classroom.id, options()))).toMatchObject({ status: 404, message: CLASS_NOT_FOUND_MESSAGE });
    expect(await database.db.notification.count({ where: { userId: owner.id, kind: NOTIFICATION_KINDS.coTeacherLeft } })).toBe(1);
    await addCoTeacher(owner, { classId: classroom.id, email: co.email }, options());
    expect((await getClassRoster(co, classroom.id, options())).access).toBe("co");

    // Two clicks at once: one leaves, the other is refused, and the owner is told once more, not twice.
    const outcomes = await Promise.allSettled([stopCoTeaching(co, classroom.id, options()), stopCoTeaching(co, classroom.id, options())]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { status: 404 } });
    expect(await database.db.notification.count({ where: { userId: owner.id, kind: NOTIFICATION_KINDS.coTeacherLeft } })).toBe(2);
  });

  it("lets an admin manage any class, but lists only the classes they teach", async () => {
    const owner = await seedTeacher(database.db);
    const admin = await seedAdmin(database.db);
    const { classroom } = await seedClassWithStudents(database.db, owner, []);
    expect((await getClassRoster(admin, classroom.id, options())).access).toBe("admin");
    await archiveClass(admin, classroom.id, options());
    await restoreClass(admin, classroom.id, options());
    expect(await listTaughtClasses(admin, options())).toEqual({ open: [], archived: [] });
  });

  describe("someone else's class", () => {
    let classId: string;
    let joinCode: string;
    let enrolled: SeededUser;
    let otherTeacher: SeededUser;
    let student: SeededUser;

    beforeAll(async () => {
      const owner = await seedTeacher(database.db);
      enrolled = await seedStudent(database.db);
      const { classroom } = await seedClassWithStudents(database.db, owner, [enrolled]);
      classId = classroom.id;
      joinCode = classroom.joinCode;
      otherTeacher = await seedTeacher(database.db, "Other");
      student = await seedStudent(database.db);
    });

    const teacherVerbs = (actor: SeededUser, id: string) => [
      getClassRoster(actor, id, options()),
      rotateJoinCode(actor, id, options()),
      removeStudent(actor, { classId: id, studentId: enrolled.id }, options()),
      archiveClass(actor, id, options()),
      restoreClass(actor, id, options()),
      addCoTeacher(actor, { classId: id, email: actor.email }, options()),
      removeCoTeacher(actor, { classId: id, teacherId: actor.id }, options()),
      handOverClass(actor, { classId: id, teacherId: actor.id }, options()),
      deleteClass(actor, id, options()),
    ];

    it("is the same 404 as a missing class for another teacher, on every class verb, and changes nothing", async () => {
      const missing = await Promise.all(teacherVerbs(otherTeacher, "c-missing-class-id").map(rejection));
      const theirs = await Promise.all(teacherVerbs(otherTeacher, classId).map(rejection));
      for (const error of [...missing, ...theirs]) expect(error).toMatchObject({ status: 404, message: CLASS_NOT_FOUND_MESSAGE });
      const stored = await database.db.classroom.findUniqueOrThrow({ where: { id: classId }, include: { teachers: true, enrollments: true } });
      expect(stored.joinCode).toBe(joinCode);
      expect(stored.archivedAt).toBeNull();
      expect(stored.teachers).toHaveLength(1);
      expect(stored.enrollments.map((row) => [row.userId, row.removedAt])).toEqual([[enrolled.id, null]]);
    });

    it("is a 404 for a student (even one in the class) on every class verb, and a 403 on creating or listing classes", async () => {
      for (const actor of [student, enrolled]) {
        for (const error of await Promise.all(teacherVerbs(actor, classId).map(rejection))) {
          expect(error).toMatchObject({ status: 404, message: CLASS_NOT_FOUND_MESSAGE });
        }
      }
      expect(await rejection(createClass(student, { name: "Mine" }, options()))).toMatchObject({ status: 403 });
      expect(await rejection(listTaughtClasses(student, options()))).toMatchObject({ status: 403 });
      expect(await database.db.classroom.count({ where: { name: "Mine" } })).toBe(0);
    });

    it("does not let teachers join a class as students", async () => {
      expect(await rejection(joinClass(otherTeacher, { code: joinCode }, options()))).toMatchObject({ status: 403 });
      expect(await rejection(previewClassToJoin(otherTeacher, { code: joinCode }, options()))).toMatchObject({ status: 403 });
      expect(await database.db.enrollment.count({ where: { userId: otherTeacher.id } })).toBe(0);
    });
  });
});
