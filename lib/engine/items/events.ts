/**
 * Which facts are events that can go on a timeline or in an ordering or
 * matching item: labelled, dated as a happening (not a state of affairs "as
 * of" a date), and with a label that does not itself give the date away.
 */
import { groupIdOf, memoise, type PackIndex } from "../pack-index";
import { datesAState, periodOpener } from "../dates";
import type { LoadedFact } from "../types";

const stateOfAffairs = /\b(standing|state of affairs|under way|as of|at the date of the article|in force|continuing|ongoing|judgement|observation|no start date)\b/i;

/** True for a labelled event whose date says when it happened. */
export function isDatedEvent(fact: LoadedFact): boolean {
  if (!fact.label || fact.kind !== "event") return false;
  if (/^(as of|by|until|since|throughout)\b/i.test(fact.plainText)) return false;
  // "After 2001, …": a situation from the date, not a happening on it. "As reported in 2014": the
  // date of the report (Malala Yousafzai survived an attack "as reported in 2014"; it was not in 2014).
  return !periodOpener(fact) && !isStandingSituation(fact) && !datesAState(fact);
}

/**
 * True for a state of affairs dated only by the article that reports it ("… (as of 2024)", "a
 * standing view, dated to the article"): it may have held long before that date.
 */
export function isStandingSituation(fact: LoadedFact): boolean {
  return periodOpener(fact) === "as of" || stateOfAffairs.test(fact.date.resolved ?? "");
}

/** True when a label names a year or decade, which would give its date away. */
export function labelNamesDate(label: string): boolean {
  return /\b\d{4}s?\b|\b\d{2}s\b/.test(label);
}

/**
 * Dated events among `facts` usable in ordering and matching items: one per
 * same-event group and per label, labels without dates, in the given order.
 * `scope` names the fact set (the same name must always mean the same facts).
 */
export function orderableEvents(index: PackIndex, facts: readonly LoadedFact[], scope: string): LoadedFact[] {
  return memoise(index, `scope-events|${scope}`, () => findOrderableEvents(index, facts));
}

function findOrderableEvents(index: PackIndex, facts: readonly LoadedFact[]): LoadedFact[] {
  const seenGroups = new Set<string>();
  const seenLabels = new Set<string>();
  const events: LoadedFact[] = [];
  for (const fact of facts) {
    if (!isDatedEvent(fact) || !fact.label || labelNamesDate(fact.label)) continue;
    const group = groupIdOf(index, fact.id);
    const label = fact.label.toLowerCase();
    if (seenGroups.has(group) || seenLabels.has(label)) continue;
    seenGroups.add(group);
    seenLabels.add(label);
    events.push(fact);
  }
  return events;
}
