/**
 * Chronological ordering of 3–5 events whose order is certain at their date
 * precision: no two of their date intervals overlap.
 */
import { factDateText, intervalsOverlap, wordsItsEra, type DayInterval } from "../dates";
import type { Rng } from "../random";
import { capitalise } from "../text";
import type { LoadedFact } from "../types";
import { finishItem, itemRng, type GeneratedItem, type GenerationContext, type LaterRound } from "./common";
import { orderableEvents } from "./events";

/** Shuffles until the shown order differs from the answer (a rotation as a last resort). */
function shuffledNotSorted<T>(rng: Rng, sorted: readonly T[]): T[] {
  for (let attempt = 0; attempt < 5; attempt++) {
    const shuffled = rng.shuffle(sorted);
    if (shuffled.some((item, i) => item !== sorted[i])) return shuffled;
  }
  return [...sorted.slice(1), ...sorted.slice(0, 1)];
}

/**
 * An ordering item over events chosen by the seed from `facts`, or null when
 * fewer than three events have certain, distinct order. A quiz asks for a
 * scope's later orderings by `round` (2, 3, …), each from the events
 * `isAsked` does not rule out, so that it draws a different set.
 */
export function orderingItem(context: GenerationContext, facts: readonly LoadedFact[], scope: string, later?: LaterRound): GeneratedItem | null {
  const { index } = context;
  const rng = itemRng(context, "ordering", later ? [scope, `round ${later.round}`] : [scope]);
  const target = 3 + rng.int(3);
  const scopeEvents = orderableEvents(index, facts, scope);
  const events = later ? scopeEvents.filter((event) => !later.isAsked(event)) : scopeEvents;
  let chosen: LoadedFact[] = [];
  // Randomised greedy: a few attempts, since one wide interval picked first can block the rest.
  for (let attempt = 0; attempt < 6 && chosen.length < target; attempt++) {
    const picked: LoadedFact[] = [];
    for (const event of rng.shuffle(events)) {
      const interval = index.intervalOf.get(event.id) as DayInterval;
      if (picked.every((other) => !intervalsOverlap(interval, index.intervalOf.get(other.id) as DayInterval))) picked.push(event);
      if (picked.length === target) break;
    }
    if (picked.length > chosen.length) chosen = picked;
  }
  if (chosen.length < 3) return null;

  const sorted = [...chosen].sort((a, b) => (index.intervalOf.get(a.id)?.start ?? 0) - (index.intervalOf.get(b.id)?.start ?? 0));
  const shown = shuffledNotSorted(rng, sorted);
  const shownEvents = shown.map((fact, i) => ({ id: String.fromCharCode(97 + i), text: capitalise(fact.label ?? "") }));
  const idOf = new Map(shown.map((fact, i) => [fact.id, String.fromCharCode(97 + i)]));
  // Each event with its date, unless its label already words it ("… in the Cold War", not "… (during the Cold War)").
  const listing = sorted.map((fact) => {
    const label = capitalise(fact.label ?? "");
    return wordsItsEra(label, fact) ? label : `${label} (${factDateText(fact)})`;
  });
  const gaps = sorted.slice(1).map((fact, i) => (index.intervalOf.get(fact.id)?.start ?? 0) - (index.intervalOf.get(sorted[i]?.id ?? "")?.end ?? 0));
  const isClose = gaps.some((gap) => gap < 120);

  return finishItem(
    context,
    { type: "ordering", prompt: "Put these events in the order they happened, earliest first.", events: shownEvents },
    {
      facts: sorted,
      answer: { kind: "order", order: sorted.map((fact) => idOf.get(fact.id) ?? "") },
      expected: listing.join("; "),
      // The expected answer already lists the order with dates: the explanation gives each event's fact.
      explanation: sorted.map((fact) => fact.plainText).join(" "),
      score: 0.45 + 0.08 * (chosen.length - 3) + (isClose ? 0.1 : 0),
      answerTexts: [],
      datedEvents: sorted,
    },
  );
}
