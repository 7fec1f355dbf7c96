import "server-only";
import type { LoadedPack } from "@/lib/content";
import { generateQuiz, InvalidRequestError, itemTypes, type ItemType, type QuizRequest } from "@/lib/engine";
import type { Actor } from "@/lib/server/auth/permissions";
import { countLabel } from "@/lib/format/count-label";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { loadQuizPack } from "@/lib/server/services/learn/quiz-pack";
import { dateToken, NOTIFICATION_KINDS, studentAssignmentHref } from "@/lib/server/services/notifications/notification-kinds";
import { ASSIGNMENT_ITEM_COUNTS, createAssignmentSchema, type CreateAssignmentRequest } from "@/lib/validation/assignments";
import type { Db } from "@/lib/server/db";
import { findTaughtClass } from "../class-access";

// Seeds tried before an assignment is saved: each student gets a fresh random
// seed, and how many questions the engine can draw varies a little by seed.
const PROBE_SEEDS = ["probe-a", "probe-b", "probe-c"];
const mostQuestionsCache = new Map<string, number>();

/** How many questions the engine draws for `request` at each probe seed. */
function drawLengths(pack: LoadedPack, request: Omit<QuizRequest, "seed">): number[] {
  return PROBE_SEEDS.map((seed) => generateQuiz(pack, { ...request, seed }).items.length);
}

/**
 * The most questions of any type a quiz on the module alone can hold, as the check before saving
 * finds it (the longest of its draws at the longest length offered): the form tells it beside each
 * module, so a teacher does not learn it only from a refusal. Cached per process, as the pack is.
 * @example
 * mostQuestionsOn("pak-us-relations", "cold-war-and-sanctions") // 7 (null for a module the pack on disk lacks)
 */
export function mostQuestionsOn(packId: string, moduleSlug: string): number | null {
  const key = `${packId}:${moduleSlug}`;
  let most = mostQuestionsCache.get(key);
  if (most === undefined) {
    try {
      most = Math.max(...drawLengths(loadQuizPack(packId), { modules: [moduleSlug], count: Math.max(...ASSIGNMENT_ITEM_COUNTS) }));
    } catch (error) {
      // A module the pack on disk does not have yet (a sync pending): no figure, rather than a failed form.
      if (error instanceof InvalidRequestError) return null;
      throw error;
    }
    mostQuestionsCache.set(key, most);
  }
  return most;
}

/**
 * Sets an assignment for a class the actor teaches, and tells every enrolled
 * student (a notification with the due date). The modules or facts must be
 * live, and the engine must be able to draw `itemCount` questions of the
 * chosen types from them, so no student ever opens an assignment that cannot
 * be generated.
 *
 * @param input `{ title, moduleSlugs | factSlugs, itemCount, types?, mode, attemptsAllowed, timeLimitMinutes?, opensAt?, dueAt, showAnswersAfterDue, timeZone? }`
 *   (see createAssignmentSchema; local date-times are read in `timeZone`, ISO instants as they are)
 * @throws AppError 400 (invalid input: `field` names it), 404 (no such class, or not the actor's), 409 (archived class), 422 (too few questions)
 *
 * @example
 * const { id } = await createAssignment(teacher, classId, { title: "Week 3", moduleSlugs: ["post-9-11-partnership"], itemCount: 10,
 *   mode: "assessment", attemptsAllowed: 2, timeLimitMinutes: 15, dueAt: "2026-11-30T17:00", timeZone: "Asia/Karachi", showAnswersAfterDue: true });
 */
export async function createAssignment(actor: Actor, classId: string, input: unknown, options: ServiceOptions = {}): Promise<{ id: string }> {
  const { db, now } = resolveOptions(options);
  const taughtClass = await findTaughtClass(db, actor, classId);
  if (taughtClass.archivedAt) throw new AppError("This class is archived: new assignments cannot be set.", { status: 409 });
  const request = parseInput(createAssignmentSchema(now), input);

  const pack = await db.pack.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  if (!pack) throw new AppError("There is no content to assign yet.", { status: 409 });
  const moduleSlugs = await liveModuleSlugs(db, pack.id, request);
  const types = request.types ?? [...itemTypes];
  checkQuizCanBeDrawn(pack.id, request, types);

  const students = await db.enrollment.findMany({ where: { classId: taughtClass.id, removedAt: null }, select: { userId: true } });
  const assignment = await db.$transaction(async (tx) => {
    const created = await tx.assignment.create({
      data: {
        classId: taughtClass.id,
        title: request.title,
        packId: pack.id,
        moduleSlugs: JSON.stringify(moduleSlugs),
        factSlugs: request.factSlugs ? JSON.stringify(request.factSlugs) : null,
        itemCount: request.itemCount,
        types: JSON.stringify(types),
        mode: request.mode,
        attemptsAllowed: request.attemptsAllowed,
        timeLimitSec: request.timeLimitMinutes === null ? null : request.timeLimitMinutes * 60,
        opensAt: request.opensAt,
        dueAt: request.dueAt,
        showAnswersAfterDue: request.showAnswersAfterDue,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    if (students.length > 0) {
      await tx.notification.createMany({
        data: students.map((student) => ({
          userId: student.userId,
          kind: NOTIFICATION_KINDS.newAssignment,
          title: `New assignment: ${request.title}`,
          // Dates as tokens: each student reads them in their own zone (renderNotificationText).
          body: `${taughtClass.name} · due ${dateToken(request.dueAt)}${request.opensAt > now ? ` · opens ${dateToken(request.opensAt)}` : ""}`,
          href: studentAssignmentHref(created.id),
          createdAt: now,
        })),
      });
    }
    return created;
  });
  return { id: assignment.id };
}

/** The live module slugs the assignment covers (for facts: the modules they belong to, for display). */
async function liveModuleSlugs(db: Db, packId: string, request: CreateAssignmentRequest): Promise<string[]> {
  if (request.moduleSlugs) {
    const live = await db.module.findMany({ where: { packId, slug: { in: request.moduleSlugs }, retiredAt: null }, select: { slug: true } });
    const liveSlugs = new Set(live.map((row) => row.slug));
    const missing = request.moduleSlugs.find((slug) => !liveSlugs.has(slug));
    if (missing) throw new AppError(`There is no module "${missing}" to assign.`, { status: 400, field: "moduleSlugs" });
    return request.moduleSlugs;
  }
  const factSlugs = request.factSlugs ?? [];
  const live = await db.fact.findMany({
    where: { packId, slug: { in: factSlugs }, retiredAt: null },
    select: { slug: true, modules: { where: { module: { retiredAt: null } }, select: { module: { select: { slug: true, position: true } } } } },
  });
  const missing = factSlugs.find((slug) => !live.some((row) => row.slug === slug));
  if (missing) throw new AppError(`There is no fact "${missing}" to assign.`, { status: 400, field: "factSlugs" });
  const modules = new Map(live.flatMap((row) => row.modules.map((link) => [link.module.slug, link.module.position] as const)));
  return [...modules.entries()].sort((a, b) => a[1] - b[1]).map(([slug]) => slug);
}

/**
 * Refuses settings the engine cannot fill: no question on some draw (422 on
 * types), or fewer than `itemCount` on every draw (422 on itemCount, naming
 * the most it made). A draw a little short of `itemCount` is accepted: the
 * engine returns fewer items when a seed's picks exhaust the facts, as it
 * does for any learner's quiz.
 */
function checkQuizCanBeDrawn(packId: string, request: CreateAssignmentRequest, types: ItemType[]): void {
  let lengths: number[];
  try {
    const selection = request.factSlugs ? { factIds: request.factSlugs } : { modules: request.moduleSlugs ?? [] };
    lengths = drawLengths(loadQuizPack(packId), { ...selection, count: request.itemCount, types });
  } catch (error) {
    // The database and the pack on disk disagree (a sync is pending).
    if (error instanceof InvalidRequestError) throw new AppError(`These questions cannot be made: ${error.message}.`, { status: 400, field: "moduleSlugs" });
    throw error;
  }
  const fewest = Math.min(...lengths);
  const most = Math.max(...lengths);
  if (fewest === 0) throw new AppError("No questions of the chosen types can be made from this selection. Choose more modules or question types.", { status: 422, field: "types" });
  if (most < request.itemCount) {
    // Named as the form offers it: "Choose 7 or fewer" sent the teacher to a list of 5, 10, 15, 20 and 30 (UX review).
    const fitting = ASSIGNMENT_ITEM_COUNTS.filter((count) => count <= most).at(-1);
    const advice = fitting === undefined ? "Add modules or question types." : `Choose ${fitting} questions, or add modules or question types.`;
    throw new AppError(`This selection gives at most ${countLabel(most, "question")} of the chosen types. ${advice}`, {
      status: 422,
      field: "itemCount",
    });
  }
}
