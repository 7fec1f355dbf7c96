import "server-only";
import type { Db } from "@/lib/server/db";
import { buildAnalysisDigest, decodeAnalysisDigest, isCurrentAnalysisDigest, type DigestGroups } from "./analysis-digest";
import type { AnalysedItem } from "./tally-items";

/** Attempts digested from their rows per round of the lazy backfill (bounds the id lists and the memory). */
const BACKFILL_CHUNK = 200;

/**
 * The items of the attempts `countedIds` (handed-in attempts on
 * `assignmentIds`), decoded for the statistics: one array per attempt (all
 * its items, by position), in the order of `countedIds`, so the upper–lower
 * split is reproducible. Decoded one attempt at a time as the caller
 * iterates (feed them to an ItemTally): a class's 16,000 items are never
 * all held at once.
 *
 * Reads each attempt's analysis digest (analysis-digest.ts; one column of one
 * row per attempt, filtered by assignment rather than by a list of thousands
 * of ids), written when the attempt was closed. An attempt closed before
 * digests existed, or whose digest is of another version, is digested from
 * its items and answers here and its digest stored (a lazy backfill: the
 * first analysis of old work pays for it once). The figures are the same
 * either way; a failed write of a backfilled digest does not fail the read.
 */
export async function* loadAnalysedItems(db: Db, assignmentIds: readonly string[], countedIds: readonly string[]): AsyncGenerator<AnalysedItem[]> {
  if (countedIds.length === 0) return;
  const rows = await db.attempt.findMany({
    where: { assignmentId: { in: [...assignmentIds] }, status: { not: "in_progress" } },
    select: { id: true, analysisDigest: true },
  });
  const digestOf = new Map(rows.map((row) => [row.id, row.analysisDigest]));
  // Attempts that are not handed-in attempts on these assignments have no row here and are left out.
  const counted = countedIds.filter((id) => digestOf.has(id));

  const missing = counted.filter((id) => !isCurrentAnalysisDigest(digestOf.get(id) ?? null));
  for (let start = 0; start < missing.length; start += BACKFILL_CHUNK) {
    for (const [id, digest] of await backfillDigests(db, missing.slice(start, start + BACKFILL_CHUNK))) digestOf.set(id, digest);
  }

  const groups: DigestGroups = new Map();
  for (const id of counted) {
    const items = decodeAnalysisDigest(id, digestOf.get(id) ?? null, groups);
    if (items) {
      yield items;
      continue;
    }
    // Of this version but unreadable (never written so by this code): digest it again from its rows.
    const digest = (await backfillDigests(db, [id])).get(id) ?? null;
    yield decodeAnalysisDigest(id, digest, groups) ?? [];
  }
}

/** Digests the closed attempts `attemptIds` from their rows and stores the digests. */
async function backfillDigests(db: Db, attemptIds: readonly string[]): Promise<Map<string, string>> {
  const [items, responses] = await Promise.all([
    db.attemptItem.findMany({
      where: { attemptId: { in: [...attemptIds] } },
      select: { id: true, attemptId: true, position: true, type: true, factSlugs: true, client: true, key: true },
    }),
    db.response.findMany({ where: { attemptItem: { attemptId: { in: [...attemptIds] } } }, select: { attemptItemId: true, answer: true, isCorrect: true } }),
  ]);
  const responseByItem = new Map(responses.map((response) => [response.attemptItemId, response]));
  const itemsByAttempt = new Map<string, typeof items>(attemptIds.map((id) => [id, []]));
  for (const item of items) itemsByAttempt.get(item.attemptId)?.push(item);

  const digests = new Map<string, string>();
  for (const [attemptId, rows] of itemsByAttempt) {
    digests.set(attemptId, buildAnalysisDigest(rows.map((row) => ({ ...row, response: responseByItem.get(row.id) ?? null }))));
  }
  try {
    // Closed attempts only (the reader passes handed-in ones): an open attempt's answers can still change.
    await db.$transaction(
      [...digests].map(([id, analysisDigest]) => db.attempt.updateMany({ where: { id, status: { not: "in_progress" } }, data: { analysisDigest } })),
    );
  } catch (error) {
    // The figures are computed already; the next analysis tries to store the digests again.
    console.warn(`item analysis: could not store ${digests.size} backfilled digests`, error);
  }
  return digests;
}
