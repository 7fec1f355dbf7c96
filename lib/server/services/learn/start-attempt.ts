import "server-only";
import { AppError } from "@/lib/server/errors";
import { startAttemptSchema } from "@/lib/validation/learn";
import { findOwnedAttempt, parseInput, resolveOptions, toAttemptView, type Learner, type ServiceOptions } from "./attempt-records";
import { createAttemptRecord, storedItemTypes } from "./create-attempt-record";
import { loadQuizPack } from "./quiz-pack";
import type { AttemptView } from "./types";

/** How long after a start the same request, with nothing answered yet, is taken for the same press. */
const SAME_START_WINDOW_MS = 10_000;

export interface StartAttemptOptions extends ServiceOptions {
  /**
   * Trusted callers only (tests, scripts): a fixed seed. Never taken from a
   * request: with the public pack and the pure engine, a known seed means a
   * known answer key. By default 128 random bits from node:crypto.
   */
  seed?: string;
}

/**
 * Starts a quiz attempt for the signed-in learner: generates the items with
 * the engine and stores every item with its answer key before anything is
 * shown, so grading, resume after a reload or restart, and the result all
 * come from the database.
 *
 * @param input `{ mode, moduleSlugs | factSlugs, count: 5|10|20, types?, packId? }` (validated here)
 * @returns the client-safe view (no answers), positioned at the first item
 * @throws AppError 400 (invalid input, unknown module or fact), 422 (nothing to quiz)
 *
 * @example
 * const view = await startAttempt(user, { mode: "practice", moduleSlugs: ["drones-and-sovereignty"], count: 10 });
 */
export async function startAttempt(learner: Learner, input: unknown, options: StartAttemptOptions = {}): Promise<AttemptView> {
  const { db, now } = resolveOptions(options);
  const request = parseInput(startAttemptSchema, input);

  const pack = request.packId
    ? await db.pack.findUnique({ where: { id: request.packId }, select: { id: true } })
    : await db.pack.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  if (!pack) throw new AppError("That topic is not available.", { status: 400, field: "packId" });
  const loaded = loadQuizPack(pack.id);

  // The database decides what is live (retired modules and facts are not quizzed).
  let moduleSlugs: string[];
  if (request.moduleSlugs) {
    const live = await db.module.findMany({ where: { packId: pack.id, slug: { in: request.moduleSlugs }, retiredAt: null }, select: { slug: true } });
    const liveSlugs = new Set(live.map((row) => row.slug));
    const missing = request.moduleSlugs.find((slug) => !liveSlugs.has(slug));
    if (missing) throw new AppError(`There is no module "${missing}".`, { status: 400, field: "moduleSlugs" });
    moduleSlugs = [...new Set(request.moduleSlugs)];
  } else {
    const factSlugs = request.factSlugs ?? [];
    const live = await db.fact.findMany({ where: { packId: pack.id, slug: { in: factSlugs }, retiredAt: null }, select: { slug: true } });
    const liveSlugs = new Set(live.map((row) => row.slug));
    const missing = factSlugs.find((slug) => !liveSlugs.has(slug));
    if (missing) throw new AppError(`There is no fact "${missing}".`, { status: 400, field: "factSlugs" });
    moduleSlugs = loaded.modules.filter((module) => module.factIds.some((id) => liveSlugs.has(id))).map((module) => module.id);
  }

  // A second press of "Start" (before the page could stop it, or a retry of a request that got through) finds the
  // quiz the first one started, untouched and asking the same: two quizzes went into the history (UX review).
  if (!request.factSlugs) {
    const twin = await db.attempt.findFirst({
      where: {
        userId: learner.id,
        status: "in_progress",
        assignmentId: null,
        mode: request.mode,
        packId: pack.id,
        moduleSlugs: JSON.stringify(moduleSlugs),
        itemTypes: storedItemTypes(request.types),
        startedAt: { gte: new Date(now.getTime() - SAME_START_WINDOW_MS) },
        items: { none: { response: { isNot: null } } },
      },
      orderBy: { startedAt: "desc" },
      select: { id: true, _count: { select: { items: true } } },
    });
    // Of the length asked for: a quiz cut short by its modules is not told from one of another length, and is left be.
    if (twin && twin._count.items === request.count) return toAttemptView(await findOwnedAttempt(db, learner, twin.id), now);
  }

  const id = await createAttemptRecord(db, learner, {
    mode: request.mode,
    packId: pack.id,
    moduleSlugs,
    ...(request.factSlugs ? { factSlugs: request.factSlugs } : {}),
    count: request.count,
    ...(request.types ? { types: request.types } : {}),
    ...(options.seed ? { seed: options.seed } : {}),
    now,
  });
  return toAttemptView(await findOwnedAttempt(db, learner, id), now);
}
