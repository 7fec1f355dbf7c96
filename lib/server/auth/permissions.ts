import type { Role } from "./roles";

/**
 * Pure permission predicates: no database, no session. Services load the
 * rows, call `authorizeAction()` / `requireUser()` for the actor, then ask
 * one of these; tests can cover every branch with plain objects.
 */

/** Whoever is acting: the signed-in user as re-read from the database. */
export type Actor = { id: string; role: Role };

/** A row linking a teacher to a class (ClassTeacher, or Class.teacherId mapped to this shape). */
export type ClassTeacherRow = { userId: string };

/** Teachers and admins. */
export function isStaff(actor: Actor): boolean {
  return actor.role === "teacher" || actor.role === "admin";
}

/** Only admins manage other accounts (roles, deletion). */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === "admin";
}

/** Teachers and admins may create classes. */
export function canCreateClass(actor: Actor): boolean {
  return isStaff(actor);
}

/** Admins, and teachers who teach this class. */
export function canManageClass(actor: Actor, classTeacherRows: readonly ClassTeacherRow[]): boolean {
  if (actor.role === "admin") return true;
  return actor.role === "teacher" && classTeacherRows.some((row) => row.userId === actor.id);
}

/**
 * A learner's progress is visible to the learner, to admins, and to teachers
 * who teach a class the learner belongs to (`teacherIdsOfLearner`).
 */
export function canViewLearnerProgress(actor: Actor, learnerId: string, teacherIdsOfLearner: readonly string[] = []): boolean {
  if (actor.id === learnerId || actor.role === "admin") return true;
  return actor.role === "teacher" && teacherIdsOfLearner.includes(actor.id);
}

/** A quiz attempt follows its owner's progress rules. */
export function canViewAttempt(actor: Actor, attempt: { userId: string }, teacherIdsOfOwner: readonly string[] = []): boolean {
  return canViewLearnerProgress(actor, attempt.userId, teacherIdsOfOwner);
}

/** Only the owner may answer or submit an attempt; teachers read, they do not answer for students. */
export function canAnswerAttempt(actor: Actor, attempt: { userId: string }): boolean {
  return actor.id === attempt.userId;
}
