import "server-only";
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { ItemType } from "@/lib/engine";
import { Prisma, type Db } from "@/lib/server/db";
import { cuid } from "@/lib/server/db/cuid";
import type { SqlRunner } from "@/lib/server/db/hot-sql";

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

/**
 * The card after one review: a pure step, used by both the incremental and the rebuild path. A review
 * stamped before the card's last one (another server's clock a little behind, a test's fixed clock)
 * counts as made at that last review: ts-fsrs refuses time running backwards ("Invalid delta_t"), and
 * the answer's whole transaction failed with it.
 */
export function nextCard(card: Card, now: Date, rating: Grade): Card {
  const at = card.last_review && now < card.last_review ? card.last_review : now;
  return scheduler.next(card, at, rating).card;
}

/** A new fact's card, first reviewed at `now`. */
export function emptyCard(now: Date): Card {
  return createEmptyCard(now);
}

/** A concurrent review changed a memory row between our read and our write: run the transaction again. */
export class MemoryConflictError extends Error {
  override name = "MemoryConflictError";
}

export interface ReviewInput {
  userId: string;
  /** Fact.id of every fact reviewed (duplicates count once). */
  factIds: readonly string[];
  rating: Grade;
  now: Date;
  responseId: string | null;
}

/** The statements that record a review (ReviewWrites.statements), and the check of their changed-row counts. */
export interface ReviewWrites {
  statements: Prisma.Sql[];
  /** Throws MemoryConflictError unless `counts` (of `statements`, in order) show every memory row written. */
  check(counts: readonly number[]): void;
}

/**
 * Records one review of each fact in `input.factIds` inside the caller's
 * transaction: updates (or creates) the learner's FactMemory and appends a
 * ReviewLog per fact. Raw SQL, since it runs on every graded answer (see
 * prisma/README.md, "Raw SQL on the hot paths"): one read, then one upsert
 * for every fact and one insert for the logs (on PostgreSQL those two travel
 * together, see SqlRunner.executeAll).
 *
 * Concurrency is optimistic, with `seen` (bumped by every review) as the row's
 * version: an existing row is only updated if its `seen` is still the one we
 * read, and a new row only inserted if no row appeared meanwhile (its `seen`
 * would not be 0). If any fact misses, the caller's transaction is rolled back
 * and retried, so no review is lost or counted twice.
 * @throws MemoryConflictError on a concurrent review of the same fact
 */
export async function recordReviews(tx: SqlRunner, input: ReviewInput): Promise<void> {
  const writes = await prepareReviews(tx, input);
  writes.check(await tx.executeAll(writes.statements));
}

/**
 * recordReviews in two steps, for a caller that sends the writes together with
 * its own (submitAnswer: one round trip to PostgreSQL for the answer and its
 * reviews). The read needs no transaction: the writes carry the version check,
 * so it may run before the caller's transaction begins.
 */
export async function prepareReviews(runner: SqlRunner, input: ReviewInput): Promise<ReviewWrites> {
  const factIds = [...new Set(input.factIds)].sort();
  if (factIds.length === 0) return { statements: [], check: () => undefined };
  const isCorrect = input.rating !== Rating.Again ? 1 : 0;
  const rows = await runner.query<MemoryColumns & { factId: string; seen: number; correct: number }>(Prisma.sql`
    SELECT "factId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "seen", "correct"
    FROM "FactMemory" WHERE "userId" = ${input.userId} AND "factId" IN (${Prisma.join(factIds)})`);
  const rowByFact = new Map(rows.map((row) => [row.factId, row]));
  const memories = factIds.map((factId) => {
    const row = rowByFact.get(factId);
    const card = columnsFromCard(nextCard(row ? cardFromColumns(row) : emptyCard(input.now), input.now, input.rating));
    return Prisma.sql`(${input.userId}, ${factId}, ${card.due}, ${card.stability}, ${card.difficulty}, ${card.elapsedDays}, ${card.scheduledDays},
      ${card.learningSteps}, ${card.reps}, ${card.lapses}, ${card.state}, ${card.lastReview}, ${(row?.seen ?? 0) + 1}, ${(row?.correct ?? 0) + isCorrect})`;
  });
  const logs = factIds.map((factId) => Prisma.sql`(${cuid()}, ${input.userId}, ${factId}, ${input.responseId}, ${input.rating}, ${input.now})`);
  return {
    statements: [
      Prisma.sql`
        INSERT INTO "FactMemory" ("userId", "factId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "seen", "correct")
        VALUES ${Prisma.join(memories)}
        ON CONFLICT ("userId", "factId") DO UPDATE SET "due" = excluded."due", "stability" = excluded."stability", "difficulty" = excluded."difficulty",
          "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps", "reps" = excluded."reps",
          "lapses" = excluded."lapses", "state" = excluded."state", "lastReview" = excluded."lastReview", "seen" = excluded."seen", "correct" = excluded."correct"
        WHERE "FactMemory"."seen" = excluded."seen" - 1`,
      Prisma.sql`INSERT INTO "ReviewLog" ("id", "userId", "factId", "responseId", "rating", "reviewedAt") VALUES ${Prisma.join(logs)}`,
    ],
    check: ([memoriesWritten = 0]) => {
      if (memoriesWritten !== factIds.length) throw new MemoryConflictError(`the memory of ${factIds.length - memoriesWritten} fact(s) changed concurrently`);
    },
  };
}

/**
 * A plain-language mastery level from FSRS state. Defined here once:
 * - "new": never answered;
 * - "mastered": out of the learning steps (FSRS Review state) with a
 *   stability of at least MASTERED_STABILITY_DAYS, i.e. FSRS expects the
 *   learner to still recall it with 90% probability three weeks from the
 *   last review (Anki calls such a card "mature"). Reaching it takes right
 *   answers spread over days: one answer, however fast, gives at most ~8
 *   days and two or three in one sitting little more, so a lucky tap on true
 *   or false is not mastery (fsrs-memory.test.ts);
 * - "learning": everything in between (seen, but not yet stable, or lapsed).
 */
export type MasteryLevel = "new" | "learning" | "mastered";
export const MASTERED_STABILITY_DAYS = 21;

export function masteryOf(row: Pick<MemoryColumns, "state" | "stability"> | null | undefined): MasteryLevel {
  if (!row) return "new";
  if (row.state === State.Review && row.stability >= MASTERED_STABILITY_DAYS) return "mastered";
  return "learning";
}

export { Rating, State };
