import "server-only";
import { randomBytes } from "node:crypto";
import { generateQuiz, InvalidRequestError, itemTypes, type AskedItem, type ItemType, type QuizRequest } from "@/lib/engine";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { AttemptMode } from "@/lib/validation/learn";
import { parseFactSlugs, type Learner } from "./attempt-records";
import { loadQuizPack } from "./quiz-pack";

export interface AttemptSpec {
  mode: AttemptMode;
  packId: string;
  /** Module slugs to quiz, or (with `factSlugs`) the modules those facts belong to, for display. */
  moduleSlugs: string[];
  /** Quiz exactly these facts (review). */
  factSlugs?: string[];
  count: number;
  types?: ItemType[];
  /** Omit for 128 random bits from node:crypto (the normal case). */
  seed?: string;
  now: Date;
  /** An attempt at an assignment: its number (unique per student and assignment, so a database constraint caps attempts) and time limit. */
  assignment?: { id: string; attemptNumber: number; deadlineAt: Date | null };
}

/**
 * How far back a new quiz looks for what the learner was just asked (the engine asks those facts after
 * the others, and in another type where it can): the last few quizzes of the day, such as a lesson's
 * check before a practice quiz, or the quiz whose misses a review brings back minutes later.
 */
const LATELY_MS = 24 * 60 * 60 * 1000;
const LATELY_ATTEMPTS = 3;

/** The types a quiz was limited to, in the engine's order, as stored on the attempt; null when it could use every type. */
export function storedItemTypes(types: readonly ItemType[] | undefined): string | null {
  const limitedTo = itemTypes.filter((type) => types?.includes(type));
  return types === undefined || limitedTo.length === itemTypes.length ? null : JSON.stringify(limitedTo);
}

/**
 * Generates a quiz with the engine and stores the attempt with every item and
 * its answer key in one write, before anything is shown. Internal: callers
 * (startAttempt, buildReviewSession) have validated the spec and the learner.
 * @returns the new attempt's id
 * @throws AppError 400 when the engine refuses the request, 422 when it yields no item;
 *   Prisma's P2002 when `spec.assignment.attemptNumber` is already taken (a concurrent start)
 */
export async function createAttemptRecord(db: Db, learner: Learner, spec: AttemptSpec): Promise<string> {
  const pack = loadQuizPack(spec.packId);
  const seed = spec.seed ?? randomBytes(16).toString("base64url");
  const request: QuizRequest = {
    ...(spec.factSlugs ? { factIds: spec.factSlugs } : { modules: spec.moduleSlugs }),
    count: spec.count,
    ...(spec.types ? { types: spec.types } : {}),
    seed,
    askedLately: await itemsAskedLately(db, learner.id, spec.now),
  };
  let quiz;
  try {
    quiz = generateQuiz(pack, request);
  } catch (error) {
    // The database and the pack on disk disagree (a sync is pending), or the request cannot be met.
    if (error instanceof InvalidRequestError) throw new AppError(`We could not make this quiz: ${error.message}.`, { status: 400, cause: error });
    throw error;
  }
  if (quiz.items.length === 0) {
    throw new AppError("There are not enough facts here for a quiz with these question types. Try more modules or types.", { status: 422, field: "types" });
  }

  const created = await db.attempt.create({
    data: {
      userId: learner.id,
      mode: spec.mode,
      packId: spec.packId,
      moduleSlugs: JSON.stringify(spec.moduleSlugs),
      itemTypes: storedItemTypes(spec.types),
      seed,
      startedAt: spec.now,
      ...(spec.assignment
        ? { assignmentId: spec.assignment.id, attemptNumber: spec.assignment.attemptNumber, deadlineAt: spec.assignment.deadlineAt }
        : {}),
      items: {
        create: quiz.items.map((item, position) => {
          const key = quiz.key[item.id];
          if (!key) throw new Error(`engine returned item ${item.id} without a key`);
          return { position, type: item.type, factSlugs: JSON.stringify(key.factIds), client: JSON.stringify(item), key: JSON.stringify(key) };
        }),
      },
    },
    select: { id: true },
  });
  return created.id;
}

/** The items of the learner's last quizzes started within LATELY_MS, newest first. */
async function itemsAskedLately(db: Db, userId: string, now: Date): Promise<AskedItem[]> {
  const attempts = await db.attempt.findMany({
    where: { userId, startedAt: { gte: new Date(now.getTime() - LATELY_MS) } },
    orderBy: { startedAt: "desc" },
    take: LATELY_ATTEMPTS,
    select: { items: { select: { type: true, factSlugs: true } } },
  });
  return attempts.flatMap((attempt) => attempt.items.map(({ type, factSlugs }) => ({ type: type as ItemType, factIds: parseFactSlugs(factSlugs) })));
}
