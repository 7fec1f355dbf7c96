import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";

/**
 * Archives a class (its owner only): it leaves the teachers' open list and
 * the students' class list, and its code no longer joins anyone. Nothing is
 * deleted, so restoreClass brings it back as it was. Archiving twice is fine.
 */
export async function archiveClass(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ archivedAt: string }> {
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "archive it");
  if (taught.archivedAt) return { archivedAt: taught.archivedAt.toISOString() };
  await db.classroom.update({ where: { id: taught.id }, data: { archivedAt: now } });
  return { archivedAt: now.toISOString() };
}
