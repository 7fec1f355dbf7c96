import "server-only";
import { getDb, type Db } from "@/lib/server/db";
import { columnsFromCard, emptyCard, nextCard, Rating, type Tx } from "./fsrs-memory";
import type { Grade } from "ts-fsrs";

// Rebuilding thousands of rows can outlast Prisma's 5 s default.
const REBUILD_TIMEOUT_MS = 60_000;

/**
 * Rebuilds a learner's FactMemory rows from their ReviewLog, replaying every
 * review in time order through the same FSRS steps the incremental path
 * uses, so the result equals what answering produced. For maintenance
 * (scheduler settings changed, a bug fixed, data repaired): not exposed to
 * learners; callers are scripts and admins.
 * @returns how many facts and reviews were replayed
 *
 * @example
 * await recomputeMemory(userId);
 */
export async function recomputeMemory(userId: string, options: { db?: Db } = {}): Promise<{ facts: number; reviews: number }> {
  const db = options.db ?? getDb();
  return db.$transaction(
    async (tx: Tx) => {
      const logs = await tx.reviewLog.findMany({
        where: { userId },
        orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
        select: { factId: true, rating: true, reviewedAt: true },
      });
      const byFact = new Map<string, typeof logs>();
      for (const log of logs) {
        const list = byFact.get(log.factId) ?? [];
        list.push(log);
        byFact.set(log.factId, list);
      }
      await tx.factMemory.deleteMany({ where: { userId } });
      const rows = [];
      for (const [factId, reviews] of byFact) {
        const first = reviews[0];
        if (!first) continue;
        let card = emptyCard(first.reviewedAt);
        for (const review of reviews) card = nextCard(card, review.reviewedAt, review.rating as Grade);
        const correct = reviews.filter((review) => review.rating !== Rating.Again).length;
        rows.push({ userId, factId, ...columnsFromCard(card), seen: reviews.length, correct });
      }
      if (rows.length > 0) await tx.factMemory.createMany({ data: rows });
      return { facts: rows.length, reviews: logs.length };
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}
