import "server-only";
import type { Db } from "@/lib/server/db";
import { dayBounds } from "@/lib/server/services/learn/calendar";

/**
 * Which facts a learner should review now: the ones FSRS says are due, and
 * new ones introduced at a steady pace. Shared by buildReviewSession and
 * getReviewSummary so the summary always describes the session it leads to.
 */

/** New facts introduced per local day, in module order: enough to progress, few enough to keep reviews short. */
export const NEW_FACTS_PER_DAY = 5;
/** Most facts in one review session (the quiz then has at most this many items). */
export const MAX_REVIEW_FACTS = 20;

export interface QueuedFact {
  id: string;
  slug: string;
  packId: string;
}

export interface ReviewQueue {
  due: QueuedFact[];
  /** How many facts are due now in total (the session takes at most MAX_REVIEW_FACTS). */
  dueCount: number;
  /** New facts for this session (within today's allowance and the session size). */
  fresh: QueuedFact[];
  /** New facts still allowed today. */
  newAllowanceToday: number;
  /** Facts of live modules the learner has never answered. */
  unseenCount: number;
}

export async function reviewQueue(db: Db, userId: string, now: Date, timeZone: string): Promise<ReviewQueue> {
  const { start: todayStart } = dayBounds(now, timeZone);
  const [dueRows, dueCount, firstSeen, moduleFacts, memories] = await Promise.all([
    db.factMemory.findMany({
      where: { userId, due: { lte: now }, fact: { retiredAt: null } },
      orderBy: [{ due: "asc" }, { factId: "asc" }],
      take: MAX_REVIEW_FACTS,
      select: { fact: { select: { id: true, slug: true, packId: true } } },
    }),
    db.factMemory.count({ where: { userId, due: { lte: now }, fact: { retiredAt: null } } }),
    db.reviewLog.groupBy({ by: ["factId"], where: { userId }, _min: { reviewedAt: true } }),
    db.moduleFact.findMany({
      where: { module: { retiredAt: null }, fact: { retiredAt: null } },
      orderBy: [{ module: { packId: "asc" } }, { module: { position: "asc" } }, { position: "asc" }],
      select: { fact: { select: { id: true, slug: true, packId: true } } },
    }),
    db.factMemory.findMany({ where: { userId }, select: { factId: true } }),
  ]);

  const introducedToday = firstSeen.filter((row) => row._min.reviewedAt !== null && row._min.reviewedAt >= todayStart).length;
  const newAllowanceToday = Math.max(0, NEW_FACTS_PER_DAY - introducedToday);
  const seen = new Set(memories.map((row) => row.factId));
  const unseen: QueuedFact[] = [];
  const listed = new Set<string>();
  for (const { fact } of moduleFacts) {
    if (seen.has(fact.id) || listed.has(fact.id)) continue;
    listed.add(fact.id);
    unseen.push(fact);
  }
  const due = dueRows.map((row) => row.fact);
  const room = Math.max(0, MAX_REVIEW_FACTS - due.length);
  return { due, dueCount, fresh: unseen.slice(0, Math.min(newAllowanceToday, room)), newAllowanceToday, unseenCount: unseen.length };
}
