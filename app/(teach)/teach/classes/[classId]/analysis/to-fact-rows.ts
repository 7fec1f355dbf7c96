import type { FactGroupRowsView, FactRowView } from "@/components/analysis/types";
import { countLabel } from "@/lib/format/count-label";
import type { FactMasteryRow } from "@/lib/server/services/teach/analysis/types";

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One fact's class mastery as a row; `withModule` names its module, for a list that mixes modules. */
export function toFactRow(fact: FactMasteryRow, withModule: boolean): FactRowView {
  return {
    slug: fact.slug,
    text: fact.text,
    moduleTitle: withModule ? fact.moduleTitle : null,
    mastered: fact.mastered,
    learning: fact.learning,
    notStarted: fact.notStarted,
    accuracyLabel: fact.accuracy === null ? "—" : percent(fact.accuracy),
    answersLabel: countLabel(fact.answers, "answer"),
  };
}

/**
 * The practised facts grouped by module, in the order the service gives the
 * facts (module order), each group counted against all its assigned facts.
 */
export function toFactGroups(facts: FactMasteryRow[]): FactGroupRowsView[] {
  const groups = new Map<string, { title: string; facts: FactMasteryRow[] }>();
  for (const fact of facts) {
    const key = fact.moduleSlug ?? fact.moduleTitle;
    const group = groups.get(key) ?? { title: fact.moduleTitle, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  return [...groups].flatMap(([key, group]) => {
    const practised = group.facts.filter((fact) => fact.answers > 0);
    if (practised.length === 0) return [];
    const answers = practised.reduce((sum, fact) => sum + fact.answers, 0);
    const correct = practised.reduce((sum, fact) => sum + fact.correct, 0);
    return [
      {
        key,
        title: group.title,
        counts: `${practised.length} of ${group.facts.length} facts practised · accuracy ${percent(correct / answers)} (${countLabel(answers, "answer")})`,
        facts: practised.map((fact) => toFactRow(fact, false)),
      },
    ];
  });
}
