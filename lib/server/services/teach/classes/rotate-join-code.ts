import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtClass } from "../class-access";
import { withFreshJoinCode } from "./join-code";
import { joinCodeView } from "./join-link";

/**
 * Gives the class a new join code (any of its teachers may). The old code and
 * link stop working at once; students already in the class stay in it.
 */
export async function rotateJoinCode(actor: Actor, classId: string, options: ServiceOptions = {}) {
  const { db } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  const updated = await withFreshJoinCode((joinCode) => db.classroom.update({ where: { id: taught.id }, data: { joinCode }, select: { joinCode: true } }));
  return joinCodeView(updated.joinCode);
}
