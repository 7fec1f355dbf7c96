/**
 * IDOR cases of the learner's services (learn, review, notifications): a
 * student (or a teacher) with someone else's attempt, assignment or
 * notification ids.
 */
import { getMyAssignment } from "@/lib/server/services/learn/assignments/get-my-assignment";
import { listMyAssignments } from "@/lib/server/services/learn/assignments/list-my-assignments";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";
import { findOwnedAttempt } from "@/lib/server/services/learn/attempt-records";
import { deleteMyAccount } from "@/lib/server/services/learn/delete-my-account";
import { exportMyData } from "@/lib/server/services/learn/export-my-data";
import { getAttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { listAttemptHistory } from "@/lib/server/services/learn/attempt-history";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { getContinueAttempt, getDashboard } from "@/lib/server/services/learn/get-dashboard";
import { getProgress } from "@/lib/server/services/learn/get-progress";
import { getLatestCheck } from "@/lib/server/services/learn/latest-check";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { countUnreadNotifications } from "@/lib/server/services/notifications/count-unread-notifications";
import { listMyNotifications } from "@/lib/server/services/notifications/list-my-notifications";
import { markNotificationsRead } from "@/lib/server/services/notifications/mark-notifications-read";
import { buildReviewSession } from "@/lib/server/services/review/build-review-session";
import { getReviewSummary } from "@/lib/server/services/review/get-review-summary";
import { correctResponse, newKey, storedItems } from "../learn/learn-helpers";
import { MODULE } from "../teach/gradebook-helpers";
import { foreignTo, refusedToStrangers, type CaseBuilder, type CaseOptions, type IdorCase } from "./idor-case";
import type { World } from "./idor-world";

type Viewer = Parameters<typeof foreignTo>[1];
const STUDENTS: Viewer[] = ["s1", "s2", "s3", "s4"];

/** The same read as every student: each sees only their own (`allowed`: ids a viewer legitimately still holds). */
function scopedForStudents(world: World, title: string, read: (student: World["s1"]) => Promise<unknown>, allowed: Partial<Record<Viewer, string[]>> = {}): IdorCase[] {
  return STUDENTS.map((viewer) => ({
    kind: "scoped",
    title: `${title} of ${viewer}`,
    call: () => read(world[viewer]),
    foreign: foreignTo(world, viewer).filter((value) => !allowed[viewer]?.includes(value)),
  }));
}

/** A right answer to the second item of s2's open attempt: valid in every way except who sends it. */
async function rightAnswerToS2Open(world: World, options: CaseOptions) {
  const item = (await storedItems(options.db, world.attempts.s2Open))[1];
  if (!item) throw new Error("s2's attempt has no second item");
  return { attemptId: world.attempts.s2Open, position: item.position, response: correctResponse(item.client, item.key), idempotencyKey: newKey() };
}

export const learnerCases: Record<string, CaseBuilder> = {
  getAttemptView: (w, o) =>
    refusedToStrangers("s1's assignment attempt", w.attempts.s1Assignment, { "s2": w.s2, "s4 (removed classmate)": w.s4, "teacher A (teachers use getAttemptForTeacher)": w.teacherA }, w.s1, (actor, id) => getAttemptView(actor, id, o))
      .concat(refusedToStrangers("s1's practice attempt", w.attempts.s1Practice, { "s2": w.s2, "teacher A": w.teacherA }, w.s1, (actor, id) => getAttemptView(actor, id, o)))
      .concat(refusedToStrangers("s2's open attempt", w.attempts.s2Open, { "s1": w.s1, "teacher B": w.teacherB }, w.s2, (actor, id) => getAttemptView(actor, id, o))),

  getAttemptBreakdown: (w, o) =>
    refusedToStrangers("s1's assignment attempt", w.attempts.s1Assignment, { "s2": w.s2, "s4 (removed classmate)": w.s4, "teacher A": w.teacherA }, w.s1, (actor, id) => getAttemptBreakdown(actor, id, o))
      .concat(refusedToStrangers("s2's open attempt", w.attempts.s2Open, { "s1": w.s1, "teacher B": w.teacherB }, w.s2, (actor, id) => getAttemptBreakdown(actor, id, o)))
      .concat([
        {
          // Removed from class A: their own attempt stays theirs (with the id of the assignment it was for, which they had),
          // and whether they may still open that assignment reveals nothing else of the class.
          kind: "scoped",
          title: "removed s4's own handed-in attempt",
          call: () => getAttemptBreakdown(w.s4, w.attempts.s4Assignment, o),
          foreign: foreignTo(w, "s4").filter((value) => value !== w.assignmentA),
        },
      ]),

  findOwnedAttempt: (w, o) => refusedToStrangers("s2's open attempt", w.attempts.s2Open, { "s1": w.s1, "teacher B": w.teacherB }, w.s2, (actor, id) => findOwnedAttempt(o.db, actor, id)),

  submitAnswer: (w, o) => [
    ...[w.s1, w.teacherB].map((actor): IdorCase => ({
      kind: "refused",
      title: `${actor.name} answers s2's open attempt`,
      status: 404,
      call: async () => submitAnswer(actor, await rightAnswerToS2Open(w, o), o),
      sameAs: async () => submitAnswer(w.s2, { ...(await rightAnswerToS2Open(w, o)), attemptId: "c0000000000000000000missing" }, o),
    })),
    {
      kind: "refused",
      title: "s1 answers their own attempt with an item id of s2's",
      status: 404,
      call: async () => {
        const { response, idempotencyKey } = await rightAnswerToS2Open(w, o);
        const [theirs] = await storedItems(o.db, w.attempts.s2Open);
        return submitAnswer(w.s1, { attemptId: w.attempts.s1Practice, itemId: theirs?.client.id, response, idempotencyKey }, o);
      },
    },
  ],

  submitAttempt: (w, o) => refusedToStrangers("s2's open attempt", w.attempts.s2Open, { "s1": w.s1, "teacher B": w.teacherB }, w.s2, (actor, id) => submitAttempt(actor, id, o)),

  getMyAssignment: (w, o) =>
    refusedToStrangers("assignment A", w.assignmentA, { "s2 (other class)": w.s2, "s3 (no class)": w.s3, "s4 (removed)": w.s4, "teacher A (not enrolled)": w.teacherA }, w.s1, (actor, id) =>
      getMyAssignment(actor, id, o),
    ),

  startAssignmentAttempt: (w, o) =>
    refusedToStrangers("assignment A", w.assignmentA, { "s2 (other class)": w.s2, "s3 (no class)": w.s3, "s4 (removed)": w.s4, "teacher B": w.teacherB }, w.s1, (actor, id) =>
      startAssignmentAttempt(actor, id, o),
    ),

  deleteMyAccount: (w, o) =>
    [w.s1, w.teacherB].map((actor) => ({
      kind: "refused",
      title: `${actor.name} confirms with s2's email`,
      status: 400,
      call: () => deleteMyAccount(actor, { confirmEmail: w.s2.email }, o),
    })),

  listMyAssignments: (w, o) => scopedForStudents(w, "assignments", (student) => listMyAssignments(student, o)),
  getDashboard: (w, o) => scopedForStudents(w, "dashboard", (student) => getDashboard(student, o)),
  getContinueAttempt: (w, o) => scopedForStudents(w, "attempt to continue", (student) => getContinueAttempt(student, o)),
  getProgress: (w, o) => scopedForStudents(w, "progress", (student) => getProgress(student, o)),
  getLatestCheck: (w, o) => scopedForStudents(w, "latest lesson check", (student) => getLatestCheck(student, MODULE, o)),
  listAttemptHistory: (w, o) => [
    ...scopedForStudents(w, "quiz history", (student) => listAttemptHistory(student, undefined, o)),
    // A page after someone else's attempt would date it against the stranger's own quizzes.
    ...refusedToStrangers("s2's open attempt as the history's cursor", w.attempts.s2Open, { "s1": w.s1, "teacher B": w.teacherB }, w.s2, (actor, id) => listAttemptHistory(actor, id, o)),
  ],
  exportMyData: (w, o) => [
    ...scopedForStudents(w, "JSON export", (student) => exportMyData(student, "json", o)),
    ...scopedForStudents(w, "CSV export", (student) => exportMyData(student, "csv", o)),
  ],
  getReviewSummary: (w, o) => scopedForStudents(w, "review summary", (student) => getReviewSummary(student, o.now, o)),
  buildReviewSession: (w, o) => scopedForStudents(w, "review session", (student) => buildReviewSession(student, o.now, o)),

  markNotificationsRead: (w, o) =>
    [w.s1, w.teacherB].map((actor) => ({
      kind: "no-effect",
      title: `${actor.name} marks s2's notifications read`,
      call: () => markNotificationsRead(actor, { ids: w.notificationsOf.s2 }, o),
    })),
  // s4 keeps the "new assignment" notice sent while in class A: its link now leads to a 404 (getMyAssignment above).
  listMyNotifications: (w, o) => scopedForStudents(w, "notifications", (student) => listMyNotifications(student, o), { s4: [w.assignmentA] }),
  countUnreadNotifications: (w, o) => [
    { kind: "returns", title: "s3 (no class) has none", call: () => countUnreadNotifications(w.s3, o), expected: 0 },
    { kind: "returns", title: "s2 counts only their own", call: () => countUnreadNotifications(w.s2, o), expected: w.notificationsOf.s2.length },
  ],
};
