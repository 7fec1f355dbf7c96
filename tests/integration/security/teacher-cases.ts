/**
 * IDOR cases of the teacher's services: another teacher, a removed
 * co-teacher and students trying every teacher verb on class A, its
 * assignment, its students' attempts and its roster; co-teachers trying the
 * owner's verbs; teachers trying the students' join verbs.
 */
import { assignWeakestReview } from "@/lib/server/services/teach/analysis/assign-weakest-review";
import { getFactMastery } from "@/lib/server/services/teach/analysis/get-fact-mastery";
import { getItemAnalysis } from "@/lib/server/services/teach/analysis/get-item-analysis";
import { changeDueDate } from "@/lib/server/services/teach/assignments/change-due-date";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { deleteAssignment } from "@/lib/server/services/teach/assignments/delete-assignment";
import { getAssignmentFormOptions } from "@/lib/server/services/teach/assignments/get-assignment-form-options";
import { getAssignment } from "@/lib/server/services/teach/assignments/get-assignment";
import { listClassAssignments } from "@/lib/server/services/teach/assignments/list-class-assignments";
import { findTaughtAssignment, findTaughtClass } from "@/lib/server/services/teach/class-access";
import { addCoTeacher } from "@/lib/server/services/teach/classes/add-co-teacher";
import { archiveClass } from "@/lib/server/services/teach/classes/archive-class";
import { deleteClass } from "@/lib/server/services/teach/classes/delete-class";
import { getClassRoster } from "@/lib/server/services/teach/classes/get-class-roster";
import { handOverClass } from "@/lib/server/services/teach/classes/hand-over-class";
import { joinClass } from "@/lib/server/services/teach/classes/join-class";
import { leaveClass } from "@/lib/server/services/teach/classes/leave-class";
import { listMyClasses } from "@/lib/server/services/teach/classes/list-my-classes";
import { listTaughtClasses } from "@/lib/server/services/teach/classes/list-taught-classes";
import { previewClassToJoin } from "@/lib/server/services/teach/classes/preview-class-to-join";
import { removeCoTeacher } from "@/lib/server/services/teach/classes/remove-co-teacher";
import { removeStudent } from "@/lib/server/services/teach/classes/remove-student";
import { restoreClass } from "@/lib/server/services/teach/classes/restore-class";
import { rotateJoinCode } from "@/lib/server/services/teach/classes/rotate-join-code";
import { stopCoTeaching } from "@/lib/server/services/teach/classes/stop-co-teaching";
import { exportGradebookCsv } from "@/lib/server/services/teach/gradebook/export-gradebook-csv";
import { getAttemptForTeacher } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";
import { getGradebook } from "@/lib/server/services/teach/gradebook/get-gradebook";
import { MODULE } from "../teach/gradebook-helpers";
import { foreignTo, refusedToStrangers, strangersToClassA, type Actor, type CaseBuilder, type CaseOptions, type IdorCase } from "./idor-case";
import type { World } from "./idor-world";

/** A verb on class A: refused to every stranger, and (when `isOwnerOnly`) to the co-teacher with 403. */
function classVerb(w: World, verb: (actor: Actor, classId: string) => Promise<unknown>, isOwnerOnly = false): IdorCase[] {
  const cases = refusedToStrangers("class A", w.classA, strangersToClassA(w), w.teacherA, verb);
  if (isOwnerOnly) cases.push({ kind: "refused", title: "co-teacher of A (owner-only verb)", status: 403, call: () => verb(w.coA, w.classA) });
  return cases;
}

/** What class A's own teacher reads must hold nothing of class B, of practice quizzes, or of students outside the class. */
function ownClassOnly(w: World, title: string, read: () => Promise<unknown>): IdorCase {
  return { kind: "scoped", title: `teacher A's own ${title}`, call: read, foreign: foreignTo(w, "teacherA") };
}

const currentCodeOf = async (o: CaseOptions, classId: string) => (await o.db.classroom.findUniqueOrThrow({ where: { id: classId } })).joinCode;

/** Codes a student must not get in with (an old, rotated code; an archived class's code), and a teacher trying a live one. */
function joinVerb(w: World, o: CaseOptions, verb: (actor: Actor, input: { code: string }) => Promise<unknown>): IdorCase[] {
  return [
    { kind: "refused", title: "s3 with class B's rotated code", status: 404, call: () => verb(w.s3, { code: w.staleCodeB }), mayWrite: ["LoginThrottle"] },
    { kind: "refused", title: "s3 with an archived class's code", status: 404, call: () => verb(w.s3, { code: w.archivedCode }), mayWrite: ["LoginThrottle"] },
    { kind: "refused", title: "teacher A with class B's live code", status: 403, call: async () => verb(w.teacherA, { code: await currentCodeOf(o, w.classB) }) },
  ];
}

const assignmentInput = (o: CaseOptions) => ({
  title: "Sneaky",
  moduleSlugs: [MODULE],
  itemCount: 4,
  types: ["multiple-choice"],
  mode: "practice",
  attemptsAllowed: 1,
  dueAt: new Date(o.now.getTime() + 86_400_000).toISOString(),
  showAnswersAfterDue: false,
});

export const teacherCases: Record<string, CaseBuilder> = {
  findTaughtClass: (w, o) => classVerb(w, (actor, id) => findTaughtClass(o.db, actor, id)),
  findTaughtAssignment: (w, o) => refusedToStrangers("assignment A", w.assignmentA, strangersToClassA(w), w.teacherA, (actor, id) => findTaughtAssignment(o.db, actor, id)),

  getClassRoster: (w, o) => [...classVerb(w, (actor, id) => getClassRoster(actor, id, o)), ownClassOnly(w, "roster", () => getClassRoster(w.teacherA, w.classA, o))],
  rotateJoinCode: (w, o) => classVerb(w, (actor, id) => rotateJoinCode(actor, id, o)),
  archiveClass: (w, o) => classVerb(w, (actor, id) => archiveClass(actor, id, o), true),
  restoreClass: (w, o) => classVerb(w, (actor, id) => restoreClass(actor, id, o), true),
  deleteClass: (w, o) => classVerb(w, (actor, id) => deleteClass(actor, id, o), true),
  listClassAssignments: (w, o) => [
    ...classVerb(w, (actor, id) => listClassAssignments(actor, id, o)),
    ownClassOnly(w, "assignment list", () => listClassAssignments(w.teacherA, w.classA, o)),
  ],
  getAssignmentFormOptions: (w, o) => classVerb(w, (actor, id) => getAssignmentFormOptions(actor, id, o)),
  createAssignment: (w, o) => classVerb(w, (actor, id) => createAssignment(actor, id, assignmentInput(o), o)),
  assignWeakestReview: (w, o) => classVerb(w, (actor, id) => assignWeakestReview(actor, id, o)),
  getFactMastery: (w, o) => [...classVerb(w, (actor, id) => getFactMastery(actor, id, o)), ownClassOnly(w, "fact mastery", () => getFactMastery(w.teacherA, w.classA, o))],
  getGradebook: (w, o) => [...classVerb(w, (actor, id) => getGradebook(actor, id, o)), ownClassOnly(w, "gradebook", () => getGradebook(w.teacherA, w.classA, o))],
  exportGradebookCsv: (w, o) =>
    (["assignments", "responses"] as const).flatMap((kind) => [
      ...classVerb(w, (actor, id) => exportGradebookCsv(actor, id, kind, o)),
      ownClassOnly(w, `${kind} CSV`, () => exportGradebookCsv(w.teacherA, w.classA, kind, o)),
    ]),
  getItemAnalysis: (w, o) => [
    ...classVerb(w, (actor, id) => getItemAnalysis(actor, { classId: id }, o)),
    ...refusedToStrangers("assignment A", w.assignmentA, strangersToClassA(w), w.teacherA, (actor, id) => getItemAnalysis(actor, { assignmentId: id }, o)),
    ownClassOnly(w, "item analysis", () => getItemAnalysis(w.teacherA, { classId: w.classA }, o)),
  ],
  getAssignment: (w, o) => refusedToStrangers("assignment A", w.assignmentA, strangersToClassA(w), w.teacherA, (actor, id) => getAssignment(actor, id, o)),
  changeDueDate: (w, o) =>
    refusedToStrangers("assignment A", w.assignmentA, strangersToClassA(w), w.teacherA, (actor, id) =>
      changeDueDate(actor, id, { dueAt: new Date(o.now.getTime() + 2 * 86_400_000).toISOString() }, o),
    ),

  deleteAssignment: (w, o) =>
    refusedToStrangers("assignment A", w.assignmentA, strangersToClassA(w), w.teacherA, (actor, id) => deleteAssignment(actor, id, o)),

  getAttemptForTeacher: (w, o) => {
    const view = (actor: Actor, id: string) => getAttemptForTeacher(actor, id, o);
    return [
      ...refusedToStrangers("s1's assignment attempt", w.attempts.s1Assignment, { ...strangersToClassA(w), "s2": w.s2 }, w.teacherA, view),
      ...refusedToStrangers("s1's practice attempt", w.attempts.s1Practice, { "teacher A (practice is private)": w.teacherA, "co-teacher of A": w.coA }, w.teacherA, view),
      ...refusedToStrangers("s2's open attempt", w.attempts.s2Open, { "teacher A (other class)": w.teacherA }, w.teacherA, view),
      // Removed after handing in: that attempt stays on class A's record for its teachers, and nobody else's.
      ...refusedToStrangers("removed s4's handed-in attempt", w.attempts.s4Assignment, { ...strangersToClassA(w), "s4 (students use getAttemptView)": w.s4 }, w.teacherA, view),
      ...refusedToStrangers("removed s4's open attempt", w.attempts.s4Open, { "teacher A (never handed in)": w.teacherA, "co-teacher of A": w.coA, "teacher B": w.teacherB }, w.teacherA, view),
    ];
  },

  removeStudent: (w, o) => [
    ...classVerb(w, (actor, id) => removeStudent(actor, { classId: id, studentId: w.s1.id }, o)),
    { kind: "refused", title: "teacher A removes s2 (class B) via class A", status: 404, call: () => removeStudent(w.teacherA, { classId: w.classA, studentId: w.s2.id }, o) },
    { kind: "refused", title: "teacher A removes s2 from class B", status: 404, call: () => removeStudent(w.teacherA, { classId: w.classB, studentId: w.s2.id }, o) },
  ],
  addCoTeacher: (w, o) => [
    ...refusedToStrangers("class A", w.classA, strangersToClassA(w), w.teacherA, (actor, id) => addCoTeacher(actor, { classId: id, email: w.teacherB.email }, o)),
    { kind: "refused", title: "co-teacher of A re-adds the removed co-teacher", status: 403, call: () => addCoTeacher(w.coA, { classId: w.classA, email: w.formerCoA.email }, o) },
  ],
  removeCoTeacher: (w, o) => [
    ...refusedToStrangers("class A", w.classA, strangersToClassA(w), w.teacherA, (actor, id) => removeCoTeacher(actor, { classId: id, teacherId: w.coA.id }, o)),
    { kind: "refused", title: "co-teacher of A removes themself", status: 403, call: () => removeCoTeacher(w.coA, { classId: w.classA, teacherId: w.coA.id }, o) },
    { kind: "refused", title: "teacher A removes teacher B from class B", status: 404, call: () => removeCoTeacher(w.teacherA, { classId: w.classB, teacherId: w.teacherB.id }, o) },
  ],

  handOverClass: (w, o) => [
    ...refusedToStrangers("class A", w.classA, strangersToClassA(w), w.teacherA, (actor, id) => handOverClass(actor, { classId: id, teacherId: w.coA.id }, o)),
    { kind: "refused", title: "co-teacher of A takes class A over", status: 403, call: () => handOverClass(w.coA, { classId: w.classA, teacherId: w.coA.id }, o) },
    { kind: "refused", title: "teacher A hands class B to teacher A", status: 404, call: () => handOverClass(w.teacherA, { classId: w.classB, teacherId: w.teacherA.id }, o) },
  ],

  stopCoTeaching: (w, o) => [
    ...refusedToStrangers("class A", w.classA, strangersToClassA(w), w.coA, (actor, id) => stopCoTeaching(actor, id, o)),
    { kind: "refused", title: "teacher A (the owner) leaves class A", status: 403, call: () => stopCoTeaching(w.teacherA, w.classA, o) },
  ],

  leaveClass: (w, o) =>
    refusedToStrangers("class A", w.classA, { "student in no class": w.s3, "student of B": w.s2, "student removed from A": w.s4, "teacher A": w.teacherA }, w.s1, (actor, id) =>
      leaveClass(actor, id, o),
    ),

  joinClass: (w, o) => joinVerb(w, o, (actor, input) => joinClass(actor, input, o)),
  previewClassToJoin: (w, o) => joinVerb(w, o, (actor, input) => previewClassToJoin(actor, input, o)),

  listTaughtClasses: (w, o) => [
    { kind: "scoped", title: "teacher B's classes", call: () => listTaughtClasses(w.teacherB, o), foreign: foreignTo(w, "teacherB") },
    { kind: "scoped", title: "removed co-teacher's classes", call: () => listTaughtClasses(w.formerCoA, o), foreign: foreignTo(w, "teacherB") },
    { kind: "refused", title: "s1 (students teach nothing)", status: 403, call: () => listTaughtClasses(w.s1, o) },
  ],
  listMyClasses: (w, o) =>
    (["s1", "s2", "s3", "s4"] as const).map((viewer) => ({ kind: "scoped", title: `classes of ${viewer}`, call: () => listMyClasses(w[viewer], o), foreign: foreignTo(w, viewer) })),
};
