import type { FactGroupRowsView, FactRowView } from "@/components/analysis/types";
import { countLabel } from "@/lib/format/count-label";
import type { FactMasteryModule, FactMasteryRow } from "@/lib/server/services/teach/analysis/types";

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
 * modules, each group counted against all its assigned facts. A fact of two
 * modules is in both, as the service groups it (`FactMastery.modules`).
 */
export function toFactGroups(modules: FactMasteryModule[], facts: FactMasteryRow[]): FactGroupRowsView[] {
  const factBySlug = new Map(facts.map((fact) => [fact.slug, fact]));
  return modules.flatMap((unit) => {
    const grouped = unit.factSlugs.flatMap((slug) => factBySlug.get(slug) ?? []);
    const practised = grouped.filter((fact) => fact.answers > 0);
    if (practised.length === 0) return [];
    const answers = practised.reduce((sum, fact) => sum + fact.answers, 0);
    const correct = practised.reduce((sum, fact) => sum + fact.correct, 0);
    return [
      {
        key: unit.slug,
        title: unit.title,
        counts: `${practised.length} of ${grouped.length} facts practised · accuracy ${percent(correct / answers)} (${countLabel(answers, "answer")})`,
        facts: practised.map((fact) => toFactRow(fact, false)),
      },
    ];
  });
}
