/**
 * Seeding for the gradebook and item-analysis tests: assignments written
 * straight to the database, and attempts made by the real learner services
 * (createAttemptRecord → submitAnswer → submitAttempt) with chosen answers,
 * so the figures under test come from the same rows the app writes.
 */
import { generateQuiz, type ItemType } from "@/lib/engine";
import type { Db } from "@/lib/server/db";
import { createAttemptRecord } from "@/lib/server/services/learn/create-attempt-record";
import { submitAnswer } from "@/lib/server/services/learn/submit-answer";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";
import { correctResponse, newKey, realPack, storedItems, wrongResponse } from "../learn/learn-helpers";

export const PACK_ID = "pak-us-relations";
const ITEM_COUNT = 5;

let chosen: { module: string; seed: string } | undefined;

/**
 * A module and seed from which the engine draws five multiple-choice items
 * on five different facts, four options each: found in the real pack (which
 * grows while we write), so the tests do not hang on one module's content.
 */
export function quizSetup(): { module: string; seed: string } {
  if (chosen) return chosen;
  const pack = realPack();
  for (const seed of ["gradebook-seed", "gradebook-seed-2", "gradebook-seed-3"]) {
    for (const unit of pack.modules) {
      const quiz = generateQuiz(pack, { modules: [unit.id], count: ITEM_COUNT, types: ["multiple-choice"], seed });
      const facts = new Set(quiz.items.map((item) => quiz.key[item.id]?.factIds.join(",")));
      if (quiz.items.length === ITEM_COUNT && facts.size === ITEM_COUNT && quiz.items.every((item) => item.type === "multiple-choice" && item.options.length === 4)) {
        chosen = { module: unit.id, seed };
        return chosen;
      }
    }
  }
  throw new Error("no module of the real pack gives five multiple-choice items");
}

/** The module the seeded assignments and attempts use (chosen by quizSetup). */
export const MODULE = quizSetup().module;

export async function seedAssignment(
  db: Db,
  classId: string,
  teacherId: string,
  options: { title: string; dueAt: Date; opensAt?: Date; mode?: string; factSlugs?: string[] },
): Promise<{ id: string; title: string; dueAt: Date }> {
  return db.assignment.create({
    data: {
      classId,
      title: options.title,
      packId: PACK_ID,
      moduleSlugs: JSON.stringify([MODULE]),
      factSlugs: options.factSlugs ? JSON.stringify(options.factSlugs) : null,
      itemCount: 5,
      types: JSON.stringify(["multiple-choice"]),
      mode: options.mode ?? "assessment",
      attemptsAllowed: 2,
      opensAt: options.opensAt ?? new Date(options.dueAt.getTime() - 7 * 86_400_000),
      dueAt: options.dueAt,
      showAnswersAfterDue: false,
      createdById: teacherId,
    },
    select: { id: true, title: true, dueAt: true },
  });
}

export interface SeededAttempt {
  id: string;
  /** Fact slug of each item, by position. */
  factSlugs: string[][];
}

/**
 * An attempt on `assignmentId` by `student`, from a fixed seed (the same seed
 * gives every student the same five multiple-choice items, see quizSetup), answering item i
 * right when `pattern[i]` is 1, wrong (the first distractor) when 0, and not
 * at all when null; submitted at `submitAt` unless it is omitted.
 */
export async function seedAttempt(
  db: Db,
  student: { id: string },
  assignmentId: string,
  options: {
    pattern: readonly (0 | 1 | null)[];
    startAt: Date;
    submitAt?: Date;
    attemptNumber?: number;
    seed?: string;
    deadlineAt?: Date;
    timeMs?: number;
    types?: ItemType[];
  },
): Promise<SeededAttempt> {
  const id = await createAttemptRecord(db, student, {
    mode: "assessment",
    packId: PACK_ID,
    moduleSlugs: [MODULE],
    count: options.pattern.length,
    types: options.types ?? ["multiple-choice"],
    seed: options.seed ?? quizSetup().seed,
    now: options.startAt,
  });
  await db.attempt.update({ where: { id }, data: { assignmentId, attemptNumber: options.attemptNumber ?? 1, deadlineAt: options.deadlineAt ?? null } });
  const items = await storedItems(db, id);
  if (items.length !== options.pattern.length) throw new Error(`expected ${options.pattern.length} items, the engine made ${items.length}`);
  for (const [position, mark] of options.pattern.entries()) {
    const item = items[position];
    if (mark === null || !item) continue;
    const response = mark === 1 ? correctResponse(item.client, item.key) : wrongResponse(item.client, item.key);
    const answeredAt = new Date(options.startAt.getTime() + (position + 1) * 10_000);
    await submitAnswer(student, { attemptId: id, position, response, idempotencyKey: newKey(), timeMs: options.timeMs ?? 4000 + position }, { db, now: answeredAt });
  }
  if (options.submitAt) await submitAttempt(student, id, { db, now: options.submitAt });
  return { id, factSlugs: items.map((item) => item.key.factIds) };
}
