"use client";

import { useState } from "react";
import type { ItemOption, MatchingKind } from "@/lib/engine";

const rightHeadings: Record<MatchingKind, string> = {
  acronym: "Description",
  "person-role": "Role",
  "event-year": "Year",
};
const leftGroupNames: Record<MatchingKind, string> = {
  acronym: "Acronyms",
  "person-role": "People",
  "event-year": "Events",
};

// The longer side gets the wider column (an acronym beside what it names, an event beside its year),
// and the short side never less than its longest word: "CENTCOM" is not broken at 360 px.
const columns: Record<MatchingKind, string> = {
  acronym: "grid-cols-[minmax(min-content,1fr)_minmax(0,2fr)]",
  "person-role": "grid-cols-2",
  "event-year": "grid-cols-[minmax(0,2fr)_minmax(min-content,1fr)]",
};

/**
 * Matching by touch (tap an item on the left, then its match on the right)
 * and by keyboard (a select menu per left item). Both edit the same pairs, so
 * a learner can mix them. Pairs are shown by number as well as colour.
 */
export function MatchingInput({
  idPrefix,
  labelledBy,
  matchKind,
  left,
  right,
  pairs,
  onChange,
  isLocked,
}: {
  idPrefix: string;
  labelledBy: string;
  matchKind: MatchingKind;
  left: readonly ItemOption[];
  right: readonly ItemOption[];
  /** Left id → right id. */
  pairs: Readonly<Record<string, string>>;
  onChange: (pairs: Record<string, string>) => void;
  isLocked: boolean;
}) {
  const [activeLeftId, setActiveLeftId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Said on screen too: a tap on the right with nothing chosen on the left did nothing visible (UX review).
  const [needsLeft, setNeedsLeft] = useState(false);
  const pairNumberOfLeft = (leftId: string) => left.findIndex((option) => option.id === leftId) + 1;
  const leftOfRight = (rightId: string) => Object.entries(pairs).find(([, paired]) => paired === rightId)?.[0];
  const textOf = (options: readonly ItemOption[], id: string | undefined) => options.find((option) => option.id === id)?.text ?? "";
  const chosenTwice = right.flatMap((option) => {
    const numbers = left.flatMap((each, index) => (pairs[each.id] === option.id ? [index + 1] : []));
    return numbers.length > 1 ? [{ text: option.text, numbers }] : [];
  });

  /**
   * Pairs a left item with a right one. A tap on the board takes the right item away from any other pair; a menu does
   * not, since arrowing through a closed menu changes it at each step, and unpaired the others one by one without a
   * word (UX review): a right item chosen twice is said instead, and left for the learner to settle.
   */
  function pair(leftId: string, rightId: string | "", { unpairOthers }: { unpairOthers: boolean }) {
    if (isLocked) return;
    const next: Record<string, string> = {};
    for (const [l, r] of Object.entries(pairs)) if (l !== leftId && (!unpairOthers || r !== rightId)) next[l] = r;
    if (rightId) next[leftId] = rightId;
    onChange(next);
    setNeedsLeft(false);
    const alsoFor = rightId ? left.filter((option) => option.id !== leftId && next[option.id] === rightId).map((option) => option.text) : [];
    setAnnouncement(
      rightId
        ? `Matched ${textOf(left, leftId)} with ${textOf(right, rightId)}.${alsoFor.length > 0 ? ` It is also chosen for ${alsoFor.join(" and ")}.` : ""}`
        : `${textOf(left, leftId)} is not matched.`,
    );
  }

  function tapRight(rightId: string) {
    if (isLocked) return;
    if (!activeLeftId) {
      setNeedsLeft(true);
      return;
    }
    pair(activeLeftId, rightId, { unpairOthers: true });
    // Move on to the next unmatched left item, so a learner can tap through pair after pair.
    const nextUnmatched = left.find((option) => option.id !== activeLeftId && !pairs[option.id]);
    setActiveLeftId(nextUnmatched?.id ?? null);
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted" id={`${idPrefix}-how`}>
        {isLocked ? "Your matches:" : "Choose an item on the left, then its match on the right. Or use the menus below."}
      </p>
      <div className={`grid ${columns[matchKind]} gap-2`} aria-describedby={`${idPrefix}-how`}>
        <div role="group" aria-label={leftGroupNames[matchKind]} className="flex min-w-0 flex-col gap-2">
          {left.map((option, index) => {
            const isActive = !isLocked && activeLeftId === option.id;
            const isPaired = Boolean(pairs[option.id]);
            return (
              <button
                key={option.id}
                type="button"
                data-match-side="left"
                aria-pressed={isActive}
                aria-disabled={isLocked || undefined}
                aria-label={`${index + 1}. ${option.text}${isPaired ? `, matched with ${textOf(right, pairs[option.id])}` : ""}`}
                // A tap chooses the item, never lets it go: after a pair the next item is chosen already, and a learner
                // who tapped it as the instructions say let it go, so their next tap on the right did nothing (UX review).
                onClick={() => {
                  if (isLocked) return;
                  setActiveLeftId(option.id);
                  setNeedsLeft(false);
                }}
                className={`flex min-h-12 items-start gap-2 rounded-lg border-2 px-2 py-2 text-left text-sm ${
                  isActive ? "border-brand bg-brand-soft" : isPaired ? "border-ink/40 bg-surface" : "border-line bg-canvas"
                }`}
              >
                <PairBadge number={index + 1} isShown />
                <span className="min-w-0 break-words hyphens-auto">{option.text}</span>
              </button>
            );
          })}
        </div>
        <div role="group" aria-label={`${rightHeadings[matchKind]}s`} className="flex min-w-0 flex-col gap-2">
          {right.map((option) => {
            const pairedLeft = leftOfRight(option.id);
            return (
              <button
                key={option.id}
                type="button"
                data-match-side="right"
                aria-disabled={isLocked || undefined}
                aria-label={`${option.text}${pairedLeft ? `, matched with ${textOf(left, pairedLeft)}` : ""}`}
                onClick={() => tapRight(option.id)}
                className={`flex min-h-12 items-start gap-2 rounded-lg border-2 px-2 py-2 text-left text-sm ${
                  pairedLeft ? "border-ink/40 bg-surface" : "border-line bg-canvas"
                } ${activeLeftId && !isLocked ? "border-dashed border-brand" : ""}`}
              >
                <PairBadge number={pairedLeft ? pairNumberOfLeft(pairedLeft) : 0} isShown={Boolean(pairedLeft)} />
                <span className="min-w-0 break-words hyphens-auto">{option.text}</span>
              </button>
            );
          })}
        </div>
      </div>
      {/* The menus are a way to answer; once the answer is locked, the board (its buttons name their pairs) and the feedback show it. */}
      {isLocked ? null : (
        <fieldset className="flex flex-col gap-3 rounded-lg border border-line p-3" aria-describedby={labelledBy}>
          <legend className="px-1 text-sm font-semibold">Choose a {rightHeadings[matchKind].toLowerCase()} for each</legend>
          {left.map((option, index) => (
            <div key={option.id} className="flex flex-col gap-1">
              <label htmlFor={`${idPrefix}-select-${option.id}`} className="text-sm font-medium">
                {index + 1}. {option.text}
              </label>
              <select
                id={`${idPrefix}-select-${option.id}`}
                value={pairs[option.id] ?? ""}
                onChange={(event) => {
                  pair(option.id, event.target.value, { unpairOthers: false });
                  // A left item chosen on the board stays marked as waiting for its match otherwise.
                  if (activeLeftId === option.id) setActiveLeftId(null);
                }}
                className="min-h-11 w-full rounded-lg border-2 border-field bg-canvas px-2 text-base text-ink"
              >
                <option value="">Not matched yet</option>
                {right.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {chosenTwice.length > 0 ? (
            <p className="text-sm font-medium text-warn">
              {chosenTwice.map(({ text, numbers }) => `“${text}” is chosen for ${numbers.join(" and ")}.`).join(" ")} Each needs a match of its own.
            </p>
          ) : null}
        </fieldset>
      )}
      <p aria-live="polite" className={needsLeft && !isLocked ? "text-sm font-medium text-warn" : "sr-only"}>
        {needsLeft && !isLocked ? "First choose an item on the left." : announcement}
      </p>
    </div>
  );
}

function PairBadge({ number, isShown }: { number: number; isShown: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
        isShown ? "bg-brand text-brand-ink" : "border border-dashed border-line"
      }`}
    >
      {isShown ? number : ""}
    </span>
  );
}
