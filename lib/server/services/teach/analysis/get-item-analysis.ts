import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtAssignment, findTaughtClass } from "@/lib/server/services/teach/class-access";
import { isHandedInStatus } from "@/lib/server/services/teach/assignment-status";
import { loadClassRecords } from "@/lib/server/services/teach/gradebook/class-records";
import { itemAnalysisScopeSchema } from "@/lib/validation/gradebook";
import { loadModuleIndex } from "./module-index";
import { loadAnalysedItems } from "./load-analysed-items";
import { ItemTally } from "./tally-items";
import type { ItemAnalysis, ItemAnalysisGroup, ItemStats } from "./types";

function byFacility(a: ItemStats, b: ItemStats): number {
  const tooFew = (item: ItemStats) => (item.flags.includes("too_few_answers") ? 1 : 0);
  return tooFew(a) - tooFew(b) || (a.facility ?? 2) - (b.facility ?? 2) || a.key.localeCompare(b.key);
}

/**
 * Item analysis for a teacher: per item (type + facts, see `ItemStats`),
 * its facility, discrimination (corrected point-biserial and upper–lower
 * 27%), the choice rate of every option of a choice item with non-functioning
 * distractors flagged, and flags for items to review. Over the attempt that
 * counts of each student who handed the work in (in-progress answers can still
 * change and are left out), students who have left the class since included:
 * their handed-in work stays on the class's record. Grouped by module.
 *
 * @param scope `{ assignmentId }` for one assignment, `{ classId }` for all of a class's assignments
 * @throws AppError 404 (not the actor's class or assignment), 400 (bad scope)
 *
 * @example
 * const analysis = await getItemAnalysis(teacher, { assignmentId });
 */
export async function getItemAnalysis(actor: Actor, scope: unknown, options: ServiceOptions = {}): Promise<ItemAnalysis> {
  const { db, now } = resolveOptions(options);
  const parsed = parseInput(itemAnalysisScopeSchema, scope);
  const taught = "assignmentId" in parsed ? await findTaughtAssignment(db, actor, parsed.assignmentId) : null;
  const taughtClass = taught?.taughtClass ?? (await findTaughtClass(db, actor, "classId" in parsed ? parsed.classId : ""));
  const records = await loadClassRecords(db, taughtClass.id, now, taught ? { assignmentId: taught.assignment.id } : undefined);

  const countedIds: string[] = [];
  for (const student of records.students) {
    for (const assignment of records.assignments) {
      const standing = records.standing(student.id, assignment.id);
      if (isHandedInStatus(standing.status) && standing.countedAttempt) countedIds.push(standing.countedAttempt.id);
    }
  }
  const tally = new ItemTally();
  const [, moduleIndex] = await Promise.all([
    (async () => {
      for await (const attempt of loadAnalysedItems(db, records.assignments.map((assignment) => assignment.id), countedIds)) tally.add(attempt);
    })(),
    loadModuleIndex(db, [...new Set(records.assignments.map((assignment) => assignment.packId))]),
  ]);

  const assignedModules = new Set(records.assignments.flatMap((assignment) => JSON.parse(assignment.moduleSlugs) as string[]));
  const groups = new Map<string, ItemAnalysisGroup>();
  for (const stats of tally.stats()) {
    const unit = moduleIndex.moduleOf(stats.factSlugs[0] ?? "", assignedModules);
    const slug = unit?.slug ?? null;
    const group = groups.get(slug ?? "") ?? { moduleSlug: slug, title: unit?.title ?? "Other facts", items: [] };
    group.items.push(stats);
    groups.set(slug ?? "", group);
  }
  const ordered = [...groups.values()].sort((a, b) => moduleIndex.position(a.moduleSlug) - moduleIndex.position(b.moduleSlug));
  for (const group of ordered) group.items.sort(byFacility);

  return {
    classId: taughtClass.id,
    className: taughtClass.name,
    assignment: taught ? { id: taught.assignment.id, title: taught.assignment.title, dueAt: taught.assignment.dueAt } : null,
    attemptsAnalysed: countedIds.length,
    groups: ordered,
  };
}
