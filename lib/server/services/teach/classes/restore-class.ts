import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";

/** Brings an archived class back (its owner only), with the same code, roster and assignments. */
export async function restoreClass(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ restored: true }> {
  const { db } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "restore it");
  await db.classroom.update({ where: { id: taught.id }, data: { archivedAt: null } });
  return { restored: true };
}
