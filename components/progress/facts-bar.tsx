/**
 * How far through a module's facts the learner is: the solid part is the facts
 * mastered, the pale part the facts practised but not yet mastered. Mastery
 * takes weeks of spaced reviews, so a bar of mastery alone stays empty for a
 * learner's first weeks however much they practise. The counts are always
 * written next to it, so the bar only repeats them and is hidden from screen readers.
 */
export function FactsBar({ practised, mastered, total }: { practised: number; mastered: number; total: number }) {
  const width = (count: number) => `${total === 0 ? 0 : Math.min(100, (100 * count) / total)}%`;
  return (
    <div aria-hidden="true" className="flex h-2.5 overflow-hidden rounded-full bg-line">
      <div className="h-full bg-brand" style={{ width: width(mastered) }} />
      <div className="h-full bg-brand/40" style={{ width: width(practised - mastered) }} />
    </div>
  );
}

/** What the bar's two shades mean, for a list of bars whose rows count "mastered" and "learning". */
export function FactsBarKey() {
  return (
    <p className="flex flex-wrap gap-x-4 text-sm text-muted">
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-brand" />
        mastered
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-brand/40" />
        learning
      </span>
    </p>
  );
}
