import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { masteryOf } from "@/lib/server/services/review/fsrs-memory";
import { findTaughtClass } from "@/lib/server/services/teach/class-access";
import { WEAKEST_REVIEW_DEFAULTS } from "@/lib/validation/gradebook";
import { loadModuleIndex, type IndexedFact, type ModuleIndex } from "./module-index";
import type { FactMastery, FactMasteryModule, FactMasteryRow } from "./types";

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
  const assigned = new Set<string>();
  for (const assignment of assignments) {
    const moduleSlugs = new Set(JSON.parse(assignment.moduleSlugs) as string[]);
    for (const slug of moduleSlugs) assigned.add(slug);
    const factSlugs = assignment.factSlugs ? (JSON.parse(assignment.factSlugs) as string[]) : null;
    if (factSlugs) for (const slug of factSlugs) covered.add(slug);
    else for (const unit of moduleIndex.modules) if (moduleSlugs.has(unit.slug)) for (const fact of unit.facts) covered.add(fact.slug);
  }
  const modules = modulesOfFacts(moduleIndex, covered, assigned);
  const facts: { fact: IndexedFact; unit: FactMasteryModule }[] = [];
  const listed = new Set<string>();
  const factBySlug = new Map(moduleIndex.modules.flatMap((unit) => unit.facts.map((fact) => [fact.slug, fact] as const)));
  for (const unit of modules) {
    for (const slug of unit.factSlugs) {
      const fact = factBySlug.get(slug);
      if (!fact || listed.has(slug)) continue;
      listed.add(slug);
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

  return { classId: taughtClass.id, className: taughtClass.name, students: studentIds.length, facts: rows, modules, weakest };
}

/**
 * The modules to group the covered facts by, each with its covered facts in teaching order. A fact of
 * two assigned modules is in both, as a learner's own module counts have it: grouped under its first
 * module only, the class's "Drones and sovereignty" read 14 facts where every student's page read 15.
 * A covered fact in no assigned module (a review of chosen facts) sits in the first module that holds it.
 */
function modulesOfFacts(moduleIndex: ModuleIndex, covered: ReadonlySet<string>, assigned: ReadonlySet<string>): FactMasteryModule[] {
  const placed = new Set<string>();
  const factsOf = new Map<string, string[]>();
  for (const unit of moduleIndex.modules) {
    if (!assigned.has(unit.slug)) continue;
    const slugs = unit.facts.filter((fact) => covered.has(fact.slug)).map((fact) => fact.slug);
    for (const slug of slugs) placed.add(slug);
    factsOf.set(unit.slug, slugs);
  }
  for (const unit of moduleIndex.modules) {
    for (const fact of unit.facts) {
      if (!covered.has(fact.slug) || placed.has(fact.slug)) continue;
      placed.add(fact.slug);
      factsOf.set(unit.slug, [...(factsOf.get(unit.slug) ?? []), fact.slug]);
    }
  }
  return moduleIndex.modules.flatMap((unit) => {
    const factSlugs = factsOf.get(unit.slug) ?? [];
    return factSlugs.length === 0 ? [] : [{ slug: unit.slug, title: unit.title, factSlugs }];
  });
}
