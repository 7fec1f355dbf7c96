import "server-only";
import { isHandedInStatus } from "@/lib/server/services/teach/assignment-status";
import { resolveOptions, type Learner, type ServiceOptions } from "../attempt-records";
import { closeExpiredAttempts } from "../close-expired-attempts";
import { findMyAssignmentRows, toMyAssignment, type MyAssignment } from "./my-assignment-rows";

export type { MyAssignment } from "./my-assignment-rows";

/**
 * The signed-in student's assignments from every class they are enrolled in
 * (and not removed from), with their standing (not started, in progress,
 * submitted, late, missing, or due before they joined the class), attempts
 * used and time limit. Work still to do comes first, soonest due first; then
 * work that fell due before they joined (not expected of them); handed-in
 * work follows, latest due first. Their attempts past a time limit are closed
 * first.
 *
 * @example
 * const assignments = await listMyAssignments(user);
 */
export async function listMyAssignments(learner: Learner, options: ServiceOptions = {}): Promise<MyAssignment[]> {
  const { db, now } = resolveOptions(options);
  await closeExpiredAttempts(db, { userId: learner.id }, now);
  const assignments = (await findMyAssignmentRows(db, learner.id)).map((row) => toMyAssignment(row, now));
  const isDone = (assignment: MyAssignment) => isHandedInStatus(assignment.status);
  const isExcused = (assignment: MyAssignment) => assignment.isDueBeforeJoining;
  return [
    ...assignments.filter((assignment) => !isDone(assignment) && !isExcused(assignment)),
    ...assignments.filter((assignment) => !isDone(assignment) && isExcused(assignment)),
    ...assignments.filter(isDone).reverse(),
  ];
}
