import "server-only";
import type { ItemType } from "@/lib/engine";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtAssignment } from "../class-access";
import { dueDateLockedReason } from "./change-due-date";
import { deleteLockedReason } from "./delete-assignment";

export interface AssignmentSettings {
  id: string;
  title: string;
  classId: string;
  className: string;
  /** The modules covered, in the pack's order (for a facts assignment: the modules those facts belong to). */
  modules: { slug: string; title: string }[];
  /** Set when the teacher assigned particular facts rather than whole modules. */
  factCount: number | null;
  itemCount: number;
  types: ItemType[];
  mode: "practice" | "assessment";
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  /** ISO timestamps. */
  opensAt: string;
  dueAt: string;
  createdAt: string;
  showAnswersAfterDue: boolean;
  /** Students enrolled and not removed: the ones a new assignment or a due-date change is announced to. */
  studentCount: number;
  /** Why the due date can no longer move, or null when it can (see dueDateLockedReason). */
  dueDateLockedReason: string | null;
  /** Why the assignment can no longer be deleted, or null when it can (see deleteLockedReason). */
  deleteLockedReason: string | null;
}

/**
 * An assignment's settings, for a teacher of its class.
 * @throws AppError 404 (missing, or not the actor's: indistinguishable)
 * @example
 * const settings = await getAssignment(teacher, assignmentId);
 */
export async function getAssignment(actor: Actor, assignmentId: string, options: ServiceOptions = {}): Promise<AssignmentSettings> {
  const { db, now } = resolveOptions(options);
  const { assignment, taughtClass } = await findTaughtAssignment(db, actor, assignmentId);
  const slugs = JSON.parse(assignment.moduleSlugs) as string[];
  const [modules, startedCount, studentCount] = await Promise.all([
    db.module.findMany({ where: { packId: assignment.packId, slug: { in: slugs } }, orderBy: { position: "asc" }, select: { slug: true, title: true } }),
    db.attempt.count({ where: { assignmentId: assignment.id } }),
    db.enrollment.count({ where: { classId: taughtClass.id, removedAt: null } }),
  ]);
  return {
    id: assignment.id,
    title: assignment.title,
    classId: taughtClass.id,
    className: taughtClass.name,
    modules,
    factCount: assignment.factSlugs ? (JSON.parse(assignment.factSlugs) as string[]).length : null,
    itemCount: assignment.itemCount,
    types: JSON.parse(assignment.types) as ItemType[],
    mode: assignment.mode === "assessment" ? "assessment" : "practice",
    attemptsAllowed: assignment.attemptsAllowed,
    timeLimitMinutes: assignment.timeLimitSec === null ? null : Math.round(assignment.timeLimitSec / 60),
    opensAt: assignment.opensAt.toISOString(),
    dueAt: assignment.dueAt.toISOString(),
    createdAt: assignment.createdAt.toISOString(),
    showAnswersAfterDue: assignment.showAnswersAfterDue,
    studentCount,
    dueDateLockedReason: dueDateLockedReason(assignment, taughtClass, now),
    deleteLockedReason: deleteLockedReason(startedCount, taughtClass),
  };
}
