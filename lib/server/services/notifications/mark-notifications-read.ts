import "server-only";
import { resolveOptions, parseInput, type Learner, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { markNotificationsReadSchema } from "@/lib/validation/assignments";

/**
 * Marks the signed-in user's notifications read: those in `ids`, or all of
 * them when `ids` is left out. Ids of other users' notifications match
 * nothing (the owner is part of the update's where clause).
 *
 * @param input `{ ids?: string[] }`
 * @returns how many changed
 * @example
 * await markNotificationsRead(user, {}); // all
 */
export async function markNotificationsRead(user: Learner, input: unknown, options: ServiceOptions = {}): Promise<{ updated: number }> {
  const { db, now } = resolveOptions(options);
  const { ids } = parseInput(markNotificationsReadSchema, input);
  const updated = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: now },
  });
  return { updated: updated.count };
}
