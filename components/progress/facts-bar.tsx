import { ShareBar } from "@/components/charts/share-bar";

/**
 * How far through a module's facts the learner is, in the teacher's colours
 * (FactMasteryList): mastered, learning (practised, not yet mastered), not
 * started. Mastery takes weeks of spaced reviews, so a bar of mastery alone
 * would stay empty for a learner's first weeks however much they practise.
 */
export function FactsBar({ practised, mastered, total }: { practised: number; mastered: number; total: number }) {
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return (
    <ShareBar
      segments={[
        { value: share(mastered), tone: "good", label: `${mastered} mastered` },
        { value: share(practised - mastered), tone: "brand", label: `${practised - mastered} learning` },
        { value: share(total - practised), tone: "line", label: `${total - practised} not started` },
      ]}
    />
  );
}

/** What the bar's colours mean, for a list of bars. */
export function FactsBarKey() {
  const entries = [
    { label: "mastered", fill: "bg-good" },
    { label: "learning", fill: "bg-brand" },
    { label: "not started", fill: "bg-line" },
  ];
  return (
    <p className="flex flex-wrap gap-x-4 text-sm text-muted">
      {entries.map(({ label, fill }) => (
        <span key={label} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${fill}`} />
          {label}
        </span>
      ))}
    </p>
  );
}
