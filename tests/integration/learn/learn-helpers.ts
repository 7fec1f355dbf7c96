/**
 * Shared set-up for the learner's-loop integration tests: a migrated
 * database with the real pack synced, learners seeded directly, and answers
 * built from the stored keys (as only a test may read them).
 */
import path from "node:path";
import { defaultPacksDir, listPacks, loadPack, type LoadedPack } from "@/lib/content";
import type { AnswerKeyEntry, ClientItem, ItemResponse } from "@/lib/engine";
import type { Db } from "@/lib/server/db";
import { syncPack } from "@/lib/server/services/content/sync-pack";

let cachedPack: LoadedPack | undefined;

/** The real pack (the one the app quizzes on). */
export function realPack(): LoadedPack {
  if (cachedPack) return cachedPack;
  const [packId] = listPacks();
  if (!packId) throw new Error("no pack under content/packs");
  const result = loadPack(path.join(defaultPacksDir(), packId));
  if (!result.ok) throw new Error(`the real pack does not load: ${result.problems.slice(0, 3).map((p) => p.message).join("; ")}`);
  cachedPack = result.pack;
  return cachedPack;
}

export async function syncRealPack(db: Db): Promise<LoadedPack> {
  const pack = realPack();
  await syncPack(db, pack);
  return pack;
}

let counter = 0;
export async function seedLearner(db: Db, name = "Learner"): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `${name.toLowerCase()}-${counter}-${Date.now()}@example.com`;
  const user = await db.user.create({ data: { email, name, passwordHash: "$argon2id$unused", role: "student" } });
  return { id: user.id, email };
}

export interface StoredItem {
  id: string;
  position: number;
  client: ClientItem;
  key: AnswerKeyEntry;
}

export async function storedItems(db: Db, attemptId: string): Promise<StoredItem[]> {
  const rows = await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
  return rows.map((row) => ({ id: row.id, position: row.position, client: JSON.parse(row.client), key: JSON.parse(row.key) }));
}

/** A response the key grades as correct. */
export function correctResponse(item: ClientItem, key: AnswerKeyEntry): ItemResponse {
  const answer = key.answer;
  switch (answer.kind) {
    case "option":
      return { optionId: answer.optionId };
    case "boolean":
      return { value: answer.value };
    case "text":
      if (item.type === "cloze" && item.options && answer.optionId) return { optionId: answer.optionId };
      if (answer.accepted.kind === "name") return { text: answer.accepted.forms[0] ?? key.expected };
      if (answer.accepted.kind === "number") return { text: String(answer.accepted.value) };
      return { text: key.expected };
    case "order":
      return { order: [...answer.order] };
    case "pairs":
      return { pairs: { ...answer.pairs } };
  }
}

export { listingOfParts, wrongResponse } from "@/lib/engine/__fixtures__/checks";

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${process.pid}-${keyCounter}-${Math.random().toString(36).slice(2, 10)}`;
}
