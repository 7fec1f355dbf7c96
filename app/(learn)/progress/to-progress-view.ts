import type { AccuracyPoint, FactGroupView, ModuleMasteryView, TopicView } from "@/components/progress/types";
import type { Progress } from "@/lib/server/services/learn/get-progress";
import { relativeDayLabel } from "../relative-day-label";
import { shortDate, toHistoryEntries } from "./to-history-entries";

// Facts still being learnt come first: they are what a learner opens the list to find.
const needsWorkFirst = { learning: 0, new: 1, mastered: 2 } as const;

/** The progress service's result as the progress components show it. */
export function toProgressView(progress: Progress, now: Date, timeZone: string | undefined) {
  const modules: ModuleMasteryView[] = progress.modules.map((module) => ({
    slug: module.slug,
    title: module.title,
    learningFacts: module.learningFacts,
    masteredFacts: module.masteredFacts,
    factsTotal: module.totalFacts,
    accuracy: module.recentAccuracy,
  }));

  // Days when the learner answered; weeks instead once there are too many days for a phone-width chart.
  const days = progress.accuracyByDay.filter((point) => point.accuracy !== null);
  const useWeeks = days.length > 14;
  const series = useWeeks ? progress.accuracyByWeek.filter((point) => point.accuracy !== null) : days;
  const accuracy: AccuracyPoint[] = series.map((point) => ({
    label: `${useWeeks ? "wk " : ""}${shortDate(`${point.period}T12:00:00Z`, "UTC")}`,
    accuracy: point.accuracy ?? 0,
    answered: point.answered,
  }));

  const topic = (entry: Progress["strongestTopics"][number]): TopicView => ({
    label: entry.label,
    accuracy: entry.accuracy,
    right: entry.correct,
    answered: entry.reviews,
  });

  const practised = progress.facts
    .filter((fact) => fact.seen > 0)
    .sort((a, b) => needsWorkFirst[a.mastery] - needsWorkFirst[b.mastery] || (a.due ?? "").localeCompare(b.due ?? ""));
  // One group per module with practised facts, in the pack's order; a fact of two modules is in both, as the module counts have it.
  const factGroups: FactGroupView[] = progress.modules.flatMap((module) => {
    const facts = practised.filter((fact) => fact.moduleSlugs.includes(module.slug));
    if (facts.length === 0) return [];
    return [
      {
        slug: module.slug,
        title: module.title,
        factsTotal: module.totalFacts,
        masteredFacts: facts.filter((fact) => fact.mastery === "mastered").length,
        facts: facts.map((fact) => ({
          factId: fact.slug,
          text: fact.text,
          level: fact.mastery,
          seen: fact.seen,
          correct: fact.correct,
          dueLabel: fact.due ? relativeDayLabel(fact.due, now, timeZone) : null,
        })),
      },
    ];
  });

  return {
    modules,
    accuracy,
    strongest: progress.strongestTopics.map(topic),
    weakest: progress.weakestTopics.map(topic),
    factGroups,
    unstartedFacts: progress.facts.length - practised.length,
    history: toHistoryEntries(progress.history, progress.modules, now, timeZone),
    olderHistoryBefore: progress.olderHistoryBefore,
  };
}
