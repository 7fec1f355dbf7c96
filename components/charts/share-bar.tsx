export type SegmentTone = "good" | "brand" | "bad" | "line";

export interface Segment {
  /** 0–1 of the whole bar. */
  value: number;
  tone: SegmentTone;
  /** "3 mastered": read out with the others as the bar's label. */
  label: string;
}

const fills: Record<SegmentTone, string> = {
  good: "var(--color-good)",
  brand: "var(--color-brand)",
  bad: "var(--color-bad)",
  line: "var(--color-line)",
};

/**
 * A thin horizontal bar split into shares (mastered / learning / not
 * started, or one option's choice rate), as inline SVG. It is an image whose
 * label lists every share in words, and the numbers are also printed beside
 * it by the caller, so colour is never the only carrier.
 */
export function ShareBar({ segments, className = "" }: { segments: Segment[]; className?: string }) {
  // Each segment starts where the previous ones end.
  const widths = segments.map((segment) => Math.max(0, segment.value * 100));
  const starts = widths.map((_, index) => Math.min(100, widths.slice(0, index).reduce((sum, width) => sum + width, 0)));
  return (
    <svg
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      role="img"
      aria-label={segments.map((segment) => segment.label).join(", ")}
      className={`h-3 w-full overflow-hidden rounded-full bg-surface ${className}`}
    >
      <rect x="0" y="0" width="100" height="8" fill="var(--color-canvas)" stroke="var(--color-line)" strokeWidth="0.5" />
      {segments.map((segment, index) => {
        const x = starts[index] ?? 0;
        return <rect key={index} x={x} y="0" width={Math.min(100 - x, widths[index] ?? 0)} height="8" fill={fills[segment.tone]} />;
      })}
    </svg>
  );
}
