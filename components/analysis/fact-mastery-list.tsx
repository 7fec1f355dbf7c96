import { MasteryShareBar } from "@/components/charts/mastery-share-bar";
import type { FactRowView } from "./types";

/**
 * The class's mastery of each fact as a stacked bar (mastered, learning, not
 * started), with the counts and the accuracy written next to it.
 */
export function FactMasteryList({ facts }: { facts: FactRowView[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {facts.map((fact) => (
        <li key={fact.slug} className="flex flex-col gap-1">
          <span>{fact.text}</span>
          <MasteryShareBar mastered={fact.mastered} learning={fact.learning} notStarted={fact.notStarted} />
          <span className="text-sm text-muted">
            {fact.mastered} mastered · {fact.learning} learning · {fact.notStarted} not started · accuracy {fact.accuracyLabel} ({fact.answersLabel})
            {fact.moduleTitle ? ` · ${fact.moduleTitle}` : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
