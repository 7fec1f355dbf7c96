import "server-only";
import { getDb, type Db } from "@/lib/server/db";
import { findOwnedAttempt, toAttemptView, type Learner } from "@/lib/server/services/learn/attempt-records";
import { createAttemptRecord } from "@/lib/server/services/learn/create-attempt-record";
import type { AttemptView } from "@/lib/server/services/learn/types";
import { timeZoneSchema } from "@/lib/validation/learn";
import { reviewQueue } from "./review-queue";

export interface ReviewOptions {
  db?: Db;
  /** IANA zone whose calendar days pace new facts; default UTC. */
  timeZone?: string;
}

export interface ReviewSession {
  /** The review attempt to show, or null when nothing is due and no new fact is left for today. */
  attempt: AttemptView | null;
  /** True when an unfinished review attempt was picked up instead of starting a new one. */
  isResumed: boolean;
  dueFacts: number;
  newFacts: number;
}

/**
 * The learner's review session for `now`: the facts FSRS says are due (due ≤
 * now, most overdue first) plus new facts in module order, at most
 * NEW_FACTS_PER_DAY per local day, quizzed as a "review" attempt generated
 * from exactly those facts. An unfinished review attempt is resumed instead,
 * so reloading the review page does not pile up attempts.
 *
 * @example
 * const { attempt } = await buildReviewSession(user, new Date(), { timeZone: "Asia/Karachi" });
 */
export async function buildReviewSession(learner: Learner, now: Date = new Date(), options: ReviewOptions = {}): Promise<ReviewSession> {
  const db = options.db ?? getDb();
  const timeZone = timeZoneSchema.catch("UTC").parse(options.timeZone ?? "UTC");

  const open = await db.attempt.findFirst({
    where: { userId: learner.id, mode: "review", status: "in_progress", items: { some: { response: null } } },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
  if (open) {
    const attempt = toAttemptView(await findOwnedAttempt(db, learner, open.id), now);
    return { attempt, isResumed: true, dueFacts: 0, newFacts: 0 };
  }

  const queue = await reviewQueue(db, learner.id, now, timeZone);
  const facts = [...queue.due, ...queue.fresh];
  const first = facts[0];
  if (!first) return { attempt: null, isResumed: false, dueFacts: 0, newFacts: 0 };
  // One quiz comes from one pack; facts of other packs wait for the next session.
  const packFacts = facts.filter((fact) => fact.packId === first.packId);
  const moduleRows = await db.module.findMany({
    where: { packId: first.packId, retiredAt: null, facts: { some: { factId: { in: packFacts.map((fact) => fact.id) } } } },
    orderBy: { position: "asc" },
    select: { slug: true },
  });
  const id = await createAttemptRecord(db, learner, {
    mode: "review",
    packId: first.packId,
    moduleSlugs: moduleRows.map((row) => row.slug),
    factSlugs: packFacts.map((fact) => fact.slug),
    count: packFacts.length,
    now,
  });
  const dueIds = new Set(queue.due.map((fact) => fact.id));
  return {
    attempt: toAttemptView(await findOwnedAttempt(db, learner, id), now),
    isResumed: false,
    dueFacts: packFacts.filter((fact) => dueIds.has(fact.id)).length,
    newFacts: packFacts.filter((fact) => !dueIds.has(fact.id)).length,
  };
}
