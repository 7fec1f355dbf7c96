import { itemTypeLabels } from "@/components/quiz/types";
import { joinList, type ItemType } from "@/lib/engine";

/** Past this many, the title counts the types instead of naming them. */
const maxNamedTypes = 3;

/** What an attempt's modules are, in words: its module's title, "All modules", or "3 modules". `modules` are the live ones, to name the attempt's. */
function modulesTitle(moduleSlugs: readonly string[], modules: readonly { slug: string; title: string }[]): string {
  if (moduleSlugs.length === 1) return modules.find((module) => module.slug === moduleSlugs[0])?.title ?? (moduleSlugs[0] as string);
  return moduleSlugs.length === modules.length ? "All modules" : `${moduleSlugs.length} modules`;
}

/**
 * What an attempt covers, in words: an assignment's title, as its teacher named it; else its modules, then
 * the question types it was limited to, if it was ("All modules · Put in order and matching"), so that a
 * list of quizzes over the same modules tells them apart. A lesson check's types are the ones a lesson can
 * ask inline, the same for every check, so they go unsaid.
 */
export function attemptTitle(
  attempt: { mode: string; moduleSlugs: readonly string[]; itemTypes: readonly ItemType[] | null; assignmentTitle?: string | null },
  modules: readonly { slug: string; title: string }[],
): string {
  if (attempt.assignmentTitle) return attempt.assignmentTitle;
  const covered = modulesTitle(attempt.moduleSlugs, modules);
  const types = attempt.itemTypes;
  if (attempt.mode === "check" || types === null || types.length === 0) return covered;
  const limitedTo =
    types.length > maxNamedTypes
      ? `${types.length} question types`
      : joinList(types.map((type, i) => (i === 0 ? itemTypeLabels[type] : itemTypeLabels[type].toLowerCase())));
  return `${covered} · ${limitedTo}`;
}
