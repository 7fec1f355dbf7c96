import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { masteryOf } from "@/lib/server/services/review/fsrs-memory";
import { findTaughtClass } from "@/lib/server/services/teach/class-access";
import { WEAKEST_REVIEW_DEFAULTS } from "@/lib/validation/gradebook";
import { loadModuleIndex, type IndexedFact, type IndexedModule } from "./module-index";
import type { FactMastery, FactMasteryRow } from "./types";

/**
 * The class's mastery of every fact its assignments cover: how many enrolled
 * students have it mastered, learning or not started (the learner's own rule,
 * `masteryOf`: FSRS Review state with ≥ 21 days' stability), and the accuracy
 * of their answers on it; plus the weakest practised facts (lowest accuracy,
 * then lowest mastery; a fact never answered wrongly is not weak), the ones
 * "assign a review" picks. Five queries.
 *
 * @throws AppError 404 when the actor does not teach the class
 *
 * @example
 * const { facts, weakest } = await getFactMastery(teacher, classId);
 */
export async function getFactMastery(actor: Actor, classId: string, options: ServiceOptions & { weakestCount?: number } = {}): Promise<FactMastery> {
  const { db } = resolveOptions(options);
  const taughtClass = await findTaughtClass(db, actor, classId);
  const [enrollments, assignments] = await Promise.all([
    db.enrollment.findMany({ where: { classId: taughtClass.id, removedAt: null }, select: { userId: true } }),
    db.assignment.findMany({ where: { classId: taughtClass.id }, select: { packId: true, moduleSlugs: true, factSlugs: true } }),
  ]);
  const moduleIndex = await loadModuleIndex(db, [...new Set(assignments.map((assignment) => assignment.packId))]);

  // What the assignments cover: their chosen facts, or every live fact of their modules.
  const covered = new Set<string>();
  for (const assignment of assignments) {
    const factSlugs = assignment.factSlugs ? (JSON.parse(assignment.factSlugs) as string[]) : null;
    if (factSlugs) for (const slug of factSlugs) covered.add(slug);
    else {
      const moduleSlugs = new Set(JSON.parse(assignment.moduleSlugs) as string[]);
      for (const unit of moduleIndex.modules) if (moduleSlugs.has(unit.slug)) for (const fact of unit.facts) covered.add(fact.slug);
    }
  }
  const facts: { fact: IndexedFact; unit: IndexedModule }[] = [];
  const listed = new Set<string>();
  for (const unit of moduleIndex.modules) {
    for (const fact of unit.facts) {
      if (!covered.has(fact.slug) || listed.has(fact.slug)) continue;
      listed.add(fact.slug);
      facts.push({ fact, unit });
    }
  }

  const studentIds = enrollments.map((enrollment) => enrollment.userId);
  const memories =
    studentIds.length === 0 || facts.length === 0
      ? []
      : await db.factMemory.findMany({
          where: { userId: { in: studentIds }, factId: { in: facts.map((entry) => entry.fact.id) } },
          select: { factId: true, state: true, stability: true, seen: true, correct: true },
        });
  const memoriesByFact = new Map<string, typeof memories>();
  for (const memory of memories) memoriesByFact.set(memory.factId, [...(memoriesByFact.get(memory.factId) ?? []), memory]);

  const rows = facts.map(({ fact, unit }): FactMasteryRow => {
    const factMemories = memoriesByFact.get(fact.id) ?? [];
    const mastered = factMemories.filter((memory) => masteryOf(memory) === "mastered").length;
    const answers = factMemories.reduce((sum, memory) => sum + memory.seen, 0);
    const correct = factMemories.reduce((sum, memory) => sum + memory.correct, 0);
    return {
      slug: fact.slug,
      text: fact.text,
      moduleSlug: unit.slug,
      moduleTitle: unit.title,
      mastered,
      learning: factMemories.length - mastered,
      notStarted: studentIds.length - factMemories.length,
      masteredShare: studentIds.length === 0 ? 0 : mastered / studentIds.length,
      answers,
      correct,
      accuracy: answers === 0 ? null : correct / answers,
    };
  });

  const weakest = rows
    .filter((row) => row.accuracy !== null && row.accuracy < 1)
    .sort((a, b) => (a.accuracy ?? 0) - (b.accuracy ?? 0) || a.masteredShare - b.masteredShare || b.answers - a.answers || a.slug.localeCompare(b.slug))
    .slice(0, options.weakestCount ?? WEAKEST_REVIEW_DEFAULTS.factCount);

  return { classId: taughtClass.id, className: taughtClass.name, students: studentIds.length, facts: rows, weakest };
}
