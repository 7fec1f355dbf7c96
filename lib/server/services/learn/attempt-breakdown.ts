import "server-only";
import type { Db } from "@/lib/server/db";
import { attemptIdSchema } from "@/lib/validation/learn";
import { visibleTo } from "./assignments/my-assignment-rows";
import { attemptNotFound, findOwnedAttempt, isFeedbackVisible, parseFactSlugs, resolveOptions, toAttemptView, type AttemptRecord, type Learner, type ServiceOptions } from "./attempt-records";
import type { AttemptView } from "./types";

/** A module an item belongs to: its lesson is where to look the item up. */
export interface ModuleRef {
  slug: string;
  title: string;
}

/** How the learner did on one module's items. */
export interface ModuleScore extends ModuleRef {
  correct: number;
  total: number;
}

/** The end screen's data: the attempt, its score per module, and the items worth another look. */
export interface AttemptBreakdown {
  view: AttemptView;
  /** False while the learner may not see the grading (see `isFeedbackVisible`). */
  isGradingVisible: boolean;
  /**
   * Whether the learner may still open the attempt's assignment (its page, `/assignments/[id]`): false once
   * they have left its class or been removed (or the class is archived), and for an attempt on no assignment.
   * The attempt itself stays theirs either way.
   */
  canOpenAssignment: boolean;
  /** While an assignment holds the grading back: when it shows it (its due date, ISO); null otherwise. */
  gradingShownAt: string | null;
  /** In the pack's module order; empty while the grading may not be seen. */
  modules: ModuleScore[];
  /** Wrong or unanswered items (position order), each with the module whose lesson covers it; empty while the grading may not be seen. */
  toReview: { position: number; module: ModuleRef | null }[];
  /**
   * When each fact of the answered items is due for spaced review again (ISO,
   * earliest first), from the learner's memory as it is now: a later answer
   * elsewhere moves it. Empty while the grading may not be seen, since a fact
   * due within minutes tells a wrong answer.
   */
  reviewDueDates: string[];
}

/**
 * The learner's attempt with a score per module and the items to review.
 * Items belong to modules through their facts: an item counts for the first
 * module (in pack order, among the attempt's modules) that holds one of the
 * facts it tests. Nothing about correctness is returned before the learner
 * may see the grading (an assessment in progress, or answers held back until
 * an assignment's due date).
 *
 * @throws AppError 404 when the attempt does not exist or is not the learner's (indistinguishable)
 *
 * @example
 * const { view, modules, toReview } = await getAttemptBreakdown(user, params.attemptId);
 */
export async function getAttemptBreakdown(learner: Learner, attemptId: unknown, options: ServiceOptions = {}): Promise<AttemptBreakdown> {
  const { db, now } = resolveOptions(options);
  const parsed = attemptIdSchema.safeParse(attemptId);
  if (!parsed.success) throw attemptNotFound();
  const attempt = await findOwnedAttempt(db, learner, parsed.data);
  const view = toAttemptView(attempt, now);
  const canOpenAssignment = await isAssignmentVisible(db, learner.id, view.assignmentId);
  if (!isFeedbackVisible(attempt, now)) {
    const gradingShownAt = attempt.status !== "in_progress" && attempt.assignment?.showAnswersAfterDue ? attempt.assignment.dueAt.toISOString() : null;
    return { view, isGradingVisible: false, canOpenAssignment, gradingShownAt, modules: [], toReview: [], reviewDueDates: [] };
  }

  const { moduleOf, moduleOrder } = await itemModules(db, attempt);
  const scores = new Map<string, ModuleScore>();
  const toReview: AttemptBreakdown["toReview"] = [];
  for (const item of view.items) {
    const isCorrect = item.feedback?.correct === true;
    const home = moduleOf.get(item.position) ?? null;
    if (home) {
      const score = scores.get(home.slug) ?? { ...home, correct: 0, total: 0 };
      score.total += 1;
      if (isCorrect) score.correct += 1;
      scores.set(home.slug, score);
    }
    // Unanswered items of an open practice are not mistakes yet.
    if (!isCorrect && (item.isAnswered || view.status !== "in_progress")) toReview.push({ position: item.position, module: home });
  }
  const modules = [...scores.values()].sort((a, b) => moduleOrder.indexOf(a.slug) - moduleOrder.indexOf(b.slug));
  return { view, isGradingVisible: true, canOpenAssignment, gradingShownAt: null, modules, toReview, reviewDueDates: await reviewDueDates(db, attempt) };
}

/** Whether the assignment `assignmentId` is one the learner may see now (the rule of its page, `visibleTo`). */
async function isAssignmentVisible(db: Db, learnerId: string, assignmentId: string | null): Promise<boolean> {
  if (!assignmentId) return false;
  return (await db.assignment.count({ where: { id: assignmentId, ...visibleTo(learnerId) } })) > 0;
}

/** The due dates of the learner's memory of every fact an answered item tests (an unanswered item changed none). */
async function reviewDueDates(db: Db, attempt: AttemptRecord): Promise<string[]> {
  const slugs = new Set(attempt.items.filter((row) => row.response !== null).flatMap((row) => parseFactSlugs(row.factSlugs)));
  if (slugs.size === 0) return [];
  const memories = await db.factMemory.findMany({
    where: { userId: attempt.userId, fact: { packId: attempt.packId, slug: { in: [...slugs] } } },
    select: { due: true },
    orderBy: { due: "asc" },
  });
  return memories.map((memory) => memory.due.toISOString());
}

/** The module of each item (by position), from the items' facts and the pack's module→fact links; and the pack's module order. */
async function itemModules(db: Db, attempt: AttemptRecord): Promise<{ moduleOf: Map<number, ModuleRef>; moduleOrder: string[] }> {
  const moduleSlugs = JSON.parse(attempt.moduleSlugs) as string[];
  // Review attempts span the learner's due facts, not chosen modules: any module of the pack may hold them.
  const modules = await db.module.findMany({
    where: { packId: attempt.packId, ...(moduleSlugs.length > 0 ? { slug: { in: moduleSlugs } } : {}) },
    orderBy: { position: "asc" },
    select: { slug: true, title: true, facts: { select: { fact: { select: { slug: true } } } } },
  });
  const moduleOf = new Map<number, ModuleRef>();
  for (const row of attempt.items) {
    const factSlugs = new Set(parseFactSlugs(row.factSlugs));
    const home = modules.find((candidate) => candidate.facts.some((link) => factSlugs.has(link.fact.slug)));
    if (home) moduleOf.set(row.position, { slug: home.slug, title: home.title });
  }
  return { moduleOf, moduleOrder: modules.map((module) => module.slug) };
}
