import { ShareBar } from "./share-bar";

/**
 * Mastered, learning and not started as one bar, in the same colours wherever
 * it is drawn: a class's students on one fact (the teacher's analysis) or a
 * learner's facts in one module (dashboard, progress). Mastery takes weeks of
 * spaced reviews, so "learning" is what moves first.
 */
export function MasteryShareBar({ mastered, learning, notStarted }: { mastered: number; learning: number; notStarted: number }) {
  const total = mastered + learning + notStarted;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  return (
    <ShareBar
      segments={[
        { value: share(mastered), tone: "good", label: `${mastered} mastered` },
        { value: share(learning), tone: "brand", label: `${learning} learning` },
        { value: share(notStarted), tone: "line", label: `${notStarted} not started` },
      ]}
    />
  );
}

/** What MasteryShareBar's colours mean, for a list of bars. */
export function MasteryShareKey() {
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
