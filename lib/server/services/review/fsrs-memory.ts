import "server-only";
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { ItemType } from "@/lib/engine";
import type { Db } from "@/lib/server/db";

/**
 * The FSRS side of grading, shared by submitAnswer, submitAttempt and
 * recomputeMemory so that the incremental path and the rebuild path run the
 * very same steps. Not a service: it takes a transaction and trusts its caller
 * to have authorised the user.
 */

/** A Prisma interactive-transaction client. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Fuzz stays off (the ts-fsrs default): with it, the same history could give
// different due dates, and recomputeMemory must reproduce the stored rows exactly.
const scheduler = fsrs();

/**
 * Seconds a typical learner needs per item type: an answer within 40% of it
 * counts as "fast" (Easy), beyond it as "slow" (Hard). Typing and ordering
 * take longer than tapping true or false.
 */
const EXPECTED_SECONDS: Record<ItemType, number> = {
  "true-false": 12,
  "multiple-choice": 20,
  "cause-effect": 25,
  attribution: 20,
  "short-answer": 30,
  cloze: 30,
  ordering: 45,
  matching: 45,
};
const FAST_SHARE = 0.4;

/**
 * The FSRS rating of one graded answer: wrong → Again; right → Good, or Easy
 * when fast, Hard when slow. Without a time (old clients) a right answer is Good.
 */
export function ratingFor(isCorrect: boolean, timeMs: number | null | undefined, type: ItemType): Grade {
  if (!isCorrect) return Rating.Again;
  if (timeMs === null || timeMs === undefined) return Rating.Good;
  const expectedMs = EXPECTED_SECONDS[type] * 1000;
  if (timeMs <= expectedMs * FAST_SHARE) return Rating.Easy;
  if (timeMs > expectedMs) return Rating.Hard;
  return Rating.Good;
}

/** The FSRS-owned columns of a FactMemory row. */
export interface MemoryColumns {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export function columnsFromCard(card: Card): MemoryColumns {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: Math.round(card.elapsed_days),
    scheduledDays: Math.round(card.scheduled_days),
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

export function cardFromColumns(row: MemoryColumns): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

/** The card after one review: a pure step, used by both the incremental and the rebuild path. */
export function nextCard(card: Card, now: Date, rating: Grade): Card {
  return scheduler.next(card, now, rating).card;
}

/** A new fact's card, first reviewed at `now`. */
export function emptyCard(now: Date): Card {
  return createEmptyCard(now);
}

/** A concurrent review changed a memory row between our read and our write: run the transaction again. */
export class MemoryConflictError extends Error {
  override name = "MemoryConflictError";
}

/**
 * Records one review of each fact in `factIds` (Fact.id) inside the caller's
 * transaction: updates (or creates) the learner's FactMemory and appends a
 * ReviewLog per fact. Two statements per fact plus one for the logs (the
 * answer path's cost is mostly round trips). Concurrency is optimistic: the
 * update only applies if `reps` is still what we read, and a new row's insert
 * fails on the primary key if another transaction created it first; either
 * way the caller's transaction is rolled back and retried, so no review is lost.
 * @throws MemoryConflictError, or Prisma's P2002, on a concurrent review of the same fact
 */
export async function recordReviews(
  tx: Tx,
  input: { userId: string; factIds: readonly string[]; rating: Grade; now: Date; responseId: string | null },
): Promise<void> {
  const isCorrect = input.rating !== Rating.Again;
  const factIds = [...new Set(input.factIds)].sort();
  const rows = await tx.factMemory.findMany({ where: { userId: input.userId, factId: { in: factIds } } });
  const rowByFact = new Map(rows.map((row) => [row.factId, row]));
  for (const factId of factIds) {
    const row = rowByFact.get(factId);
    if (!row) {
      const card = nextCard(emptyCard(input.now), input.now, input.rating);
      await tx.factMemory.create({ data: { userId: input.userId, factId, ...columnsFromCard(card), seen: 1, correct: isCorrect ? 1 : 0 } });
      continue;
    }
    const card = nextCard(cardFromColumns(row), input.now, input.rating);
    const updated = await tx.factMemory.updateMany({
      where: { userId: input.userId, factId, reps: row.reps, seen: row.seen },
      data: { ...columnsFromCard(card), seen: row.seen + 1, correct: row.correct + (isCorrect ? 1 : 0) },
    });
    if (updated.count !== 1) throw new MemoryConflictError(`memory of fact ${factId} changed concurrently`);
  }
  await tx.reviewLog.createMany({
    data: factIds.map((factId) => ({ userId: input.userId, factId, responseId: input.responseId, rating: input.rating, reviewedAt: input.now })),
  });
}

/**
 * A plain-language mastery level from FSRS state. Defined here once:
 * - "new": never answered;
 * - "mastered": out of the learning steps (FSRS Review state) with a
 *   stability of at least MASTERED_STABILITY_DAYS, i.e. FSRS expects the
 *   learner to still recall it with 90% probability a week from the last
 *   review; reaching it takes a few correct answers spread over days;
 * - "learning": everything in between (seen, but not yet stable, or lapsed).
 */
export type MasteryLevel = "new" | "learning" | "mastered";
export const MASTERED_STABILITY_DAYS = 7;

export function masteryOf(row: Pick<MemoryColumns, "state" | "stability"> | null | undefined): MasteryLevel {
  if (!row) return "new";
  if (row.state === State.Review && row.stability >= MASTERED_STABILITY_DAYS) return "mastered";
  return "learning";
}

export { Rating, State };
