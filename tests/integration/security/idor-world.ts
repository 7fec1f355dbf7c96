/**
 * The world the IDOR suite attacks, built with the real services (classes
 * created and joined by code, assignments set by their teachers, attempts
 * started and answered by their students), so every id in it is one the app
 * itself would hand out.
 */
import type { Db } from "@/lib/server/db";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { addCoTeacher } from "@/lib/server/services/teach/classes/add-co-teacher";
import { archiveClass } from "@/lib/server/services/teach/classes/archive-class";
import { createClass } from "@/lib/server/services/teach/classes/create-class";
import { joinClass } from "@/lib/server/services/teach/classes/join-class";
import { removeCoTeacher } from "@/lib/server/services/teach/classes/remove-co-teacher";
import { removeStudent } from "@/lib/server/services/teach/classes/remove-student";
import { rotateJoinCode } from "@/lib/server/services/teach/classes/rotate-join-code";
import { correctResponse, newKey, storedItems, syncRealPack } from "../learn/learn-helpers";
import { MODULE } from "../teach/gradebook-helpers";
import { seedStudent, seedTeacher, type SeededUser } from "../teach/teach-helpers";

/** The clock of every call in the suite: fixed, so nothing expires between seeding and attacking. */
export const NOW = new Date("2026-06-01T10:00:00Z");
const DUE = new Date(NOW.getTime() + 3 * 24 * 3_600_000);

export interface World {
  /** Owns class A (with co-teacher `coA`); `formerCoA` co-taught it and was removed. */
  teacherA: SeededUser;
  teacherB: SeededUser;
  coA: SeededUser;
  formerCoA: SeededUser;
  /** s1 in class A, s2 in class B, s3 in no class, s4 removed from class A after handing in (and with a second attempt left open). */
  s1: SeededUser;
  s2: SeededUser;
  s3: SeededUser;
  s4: SeededUser;
  classA: string;
  classB: string;
  /** Class B's code before it was rotated: it must join nobody. */
  staleCodeB: string;
  archivedCode: string;
  assignmentA: string;
  assignmentB: string;
  attempts: { s1Assignment: string; s1Practice: string; s1Check: string; s2Open: string; s4Assignment: string; s4Open: string };
  notificationsOf: { s1: string[]; s2: string[] };
}

async function answerAll(db: Db, student: SeededUser, attemptId: string, limit = Infinity): Promise<void> {
  for (const item of (await storedItems(db, attemptId)).slice(0, limit)) {
    const response = correctResponse(item.client, item.key);
    await submitAnswer(student, { attemptId, position: item.position, response, idempotencyKey: newKey() }, { db, now: NOW });
  }
}

async function setAssignment(db: Db, teacher: SeededUser, classId: string, title: string): Promise<string> {
  const input = { title, moduleSlugs: [MODULE], itemCount: 4, types: ["multiple-choice"], mode: "assessment", attemptsAllowed: 2, dueAt: DUE.toISOString(), showAnswersAfterDue: false };
  return (await createAssignment(teacher, classId, input, { db, now: NOW })).id;
}

async function handIn(db: Db, student: SeededUser, assignmentId: string): Promise<string> {
  const { attemptId } = await startAssignmentAttempt(student, assignmentId, { db, now: NOW });
  await answerAll(db, student, attemptId);
  await submitAttempt(student, attemptId, { db, now: NOW });
  return attemptId;
}

export async function buildWorld(db: Db): Promise<World> {
  const options = { db, now: NOW };
  await syncRealPack(db);
  const [teacherA, teacherB, coA, formerCoA] = [await seedTeacher(db, "Alma"), await seedTeacher(db, "Bruno"), await seedTeacher(db, "Cora"), await seedTeacher(db, "Dev")];
  const [s1, s2, s3, s4] = [await seedStudent(db, "Sana"), await seedStudent(db, "Saad"), await seedStudent(db, "Sami"), await seedStudent(db, "Sara")];

  const classA = await createClass(teacherA, { name: "Class A" }, options);
  const classB = await createClass(teacherB, { name: "Class B" }, options);
  const archived = await createClass(teacherB, { name: "Old class" }, options);
  await archiveClass(teacherB, archived.id, options);
  await addCoTeacher(teacherA, { classId: classA.id, email: coA.email }, options);
  await addCoTeacher(teacherA, { classId: classA.id, email: formerCoA.email }, options);
  await removeCoTeacher(teacherA, { classId: classA.id, teacherId: formerCoA.id }, options);

  await joinClass(s1, { code: classA.joinCode }, options);
  await joinClass(s4, { code: classA.joinCode }, options);
  await joinClass(s2, { code: classB.joinCode }, options);
  await rotateJoinCode(teacherB, classB.id, options);

  const assignmentA = await setAssignment(db, teacherA, classA.id, "Week 1 (class A)");
  const assignmentB = await setAssignment(db, teacherB, classB.id, "Week 1 (class B)");
  const s1Assignment = await handIn(db, s1, assignmentA);
  const s4Assignment = await handIn(db, s4, assignmentA);
  const { attemptId: s4Open } = await startAssignmentAttempt(s4, assignmentA, options);
  await answerAll(db, s4, s4Open, 1);
  await removeStudent(teacherA, { classId: classA.id, studentId: s4.id }, options);
  const { attemptId: s2Open } = await startAssignmentAttempt(s2, assignmentB, options);
  await answerAll(db, s2, s2Open, 1);
  const practice = await startAttempt(s1, { mode: "practice", moduleSlugs: [MODULE], count: 5, types: ["multiple-choice"] }, options);
  await answerAll(db, s1, practice.id, 1);
  const check = await startAttempt(s1, { mode: "check", moduleSlugs: [MODULE], count: 5, types: ["multiple-choice"] }, options);

  const notificationIds = async (userId: string) => (await db.notification.findMany({ where: { userId }, select: { id: true } })).map((row) => row.id);
  return {
    teacherA,
    teacherB,
    coA,
    formerCoA,
    s1,
    s2,
    s3,
    s4,
    classA: classA.id,
    classB: classB.id,
    staleCodeB: classB.joinCode,
    archivedCode: archived.joinCode,
    assignmentA,
    assignmentB,
    attempts: { s1Assignment, s1Practice: practice.id, s1Check: check.id, s2Open, s4Assignment, s4Open },
    notificationsOf: { s1: await notificationIds(s1.id), s2: await notificationIds(s2.id) },
  };
}
