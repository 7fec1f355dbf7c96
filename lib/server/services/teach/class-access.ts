import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { canManageClass, type Actor } from "@/lib/server/auth/permissions";

/**
 * The one ownership check of the teacher's side: every teacher service that
 * takes a class id (or an assignment, enrollment or attempt inside a class)
 * goes through `findTaughtClass` first. Someone else's class gives the same
 * 404 as a missing one, so an id reveals nothing.
 */

export const CLASS_NOT_FOUND_MESSAGE = "We could not find that class. It may have been removed, or the link is wrong.";

/** Why an archived class's assignments stay as they are: the refusal of every change to them (due date, deletion). */
export const ARCHIVED_ASSIGNMENTS_MESSAGE = "This class is archived: its assignments are kept as they are.";

export function classNotFound(): AppError {
  return new AppError(CLASS_NOT_FOUND_MESSAGE, { status: 404 });
}

export type TaughtClass = {
  id: string;
  name: string;
  description: string | null;
  joinCode: string;
  ownerId: string;
  archivedAt: Date | null;
  createdAt: Date;
  /** The actor's link to the class: "owner" or "co" (admins who do not teach it: "admin"). */
  access: "owner" | "co" | "admin";
};

/**
 * The class `classId` if `actor` owns or co-teaches it (admins: any class).
 * Students and other teachers get AppError 404.
 */
export async function findTaughtClass(db: Db, actor: Actor, classId: string): Promise<TaughtClass> {
  if (typeof classId !== "string" || classId.length === 0 || classId.length > 64) throw classNotFound();
  if (actor.role === "student") throw classNotFound();
  const row = await db.classroom.findUnique({
    where: { id: classId },
    include: { teachers: { where: { userId: actor.id }, select: { userId: true, role: true } } },
  });
  if (!row || !canManageClass(actor, row.teachers)) throw classNotFound();
  const link = row.teachers[0];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    joinCode: row.joinCode,
    ownerId: row.ownerId,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    access: link ? (link.role === "owner" ? "owner" : "co") : "admin",
  };
}

/**
 * The assignment `assignmentId` with its class, if `actor` teaches that class.
 * @throws AppError 404 (missing, or not theirs)
 */
export async function findTaughtAssignment(db: Db, actor: Actor, assignmentId: string) {
  const notFound = new AppError("We could not find that assignment. It may have been removed, or the link is wrong.", { status: 404 });
  if (typeof assignmentId !== "string" || assignmentId.length === 0 || assignmentId.length > 64) throw notFound;
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId } });
  if (!assignment) throw notFound;
  try {
    const taughtClass = await findTaughtClass(db, actor, assignment.classId);
    return { assignment, taughtClass };
  } catch {
    throw notFound;
  }
}
