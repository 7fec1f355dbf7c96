import "server-only";
import { getDb } from "@/lib/server/db";
import { dayBounds } from "@/lib/server/services/learn/calendar";
import type { Learner } from "@/lib/server/services/learn/attempt-records";
import { timeZoneSchema } from "@/lib/validation/learn";
import type { ReviewOptions } from "./build-review-session";
import { reviewQueue } from "./review-queue";

export interface ReviewSummary {
  /** Facts due now. */
  dueNow: number;
  /** Facts due by the end of the learner's local day (including those due now). */
  dueToday: number;
  /** ISO time of the next fact to come due after now, or null. */
  nextDueAt: string | null;
  /** New facts the learner may still start today. */
  newToday: number;
  /** Facts never answered yet, in all live modules. */
  newRemaining: number;
}

/**
 * Counts for the review card on the dashboard and the review page.
 *
 * @example
 * const summary = await getReviewSummary(user, new Date());
 */
export async function getReviewSummary(learner: Learner, now: Date = new Date(), options: ReviewOptions = {}): Promise<ReviewSummary> {
  const db = options.db ?? getDb();
  const timeZone = timeZoneSchema.catch("UTC").parse(options.timeZone ?? "UTC");
  const { end } = dayBounds(now, timeZone);
  const live = { userId: learner.id, fact: { retiredAt: null } };
  const [queue, dueToday, next] = await Promise.all([
    reviewQueue(db, learner.id, now, timeZone),
    db.factMemory.count({ where: { ...live, due: { lt: end } } }),
    db.factMemory.findFirst({ where: { ...live, due: { gt: now } }, orderBy: { due: "asc" }, select: { due: true } }),
  ]);
  return {
    dueNow: queue.dueCount,
    dueToday,
    nextDueAt: next?.due.toISOString() ?? null,
    newToday: Math.min(queue.newAllowanceToday, queue.unseenCount),
    newRemaining: queue.unseenCount,
  };
}
