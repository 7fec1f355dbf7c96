import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { countLabel } from "@/lib/format/count-label";

/** One point of the accuracy-over-time series (e.g. one day or one attempt). */
export interface AccuracyPoint {
  /** Short label for the axis, e.g. "12 Nov". */
  label: string;
  /** 0–1. */
  accuracy: number;
  answered: number;
}

// A narrow drawing (it scales to the width), as in components/charts/column-chart.tsx: its
// text stays readable on a phone (about 10 px at 360 px wide) and not oversized on a desktop (max-w-lg).
const width = 400;
const height = 200;
// Left: room for the widest tick label, "100%", which ends 8 units left of the plot.
const pad = { top: 14, right: 14, bottom: 30, left: 48 };

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * Accuracy over time as a small SVG line chart (no chart library), described
 * in words for screen readers, with the same numbers in a table underneath.
 */
export function AccuracyChart({ points, id = "accuracy" }: { points: AccuracyPoint[]; id?: string }) {
  if (points.length === 0) return <p className="text-muted">Answer a few questions and your accuracy over time appears here.</p>;
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length === 1 ? plotWidth / 2 : (i / (points.length - 1)) * plotWidth);
  const y = (accuracy: number) => pad.top + (1 - Math.min(1, Math.max(0, accuracy))) * plotHeight;
  const path = points.map((point, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(point.accuracy).toFixed(1)}`).join(" ");
  const first = points[0] as AccuracyPoint;
  const last = points[points.length - 1] as AccuracyPoint;
  const best = points.reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
  const summary =
    points.length === 1
      ? `${percent(first.accuracy)} of ${countLabel(first.answered, "answer")} right (${first.label}).`
      : `Accuracy over ${points.length} periods, from ${percent(first.accuracy)} (${first.label}) to ${percent(last.accuracy)} (${last.label}); best ${percent(best.accuracy)} (${best.label}).`;
  // Label at most ~6 x positions so they never overlap on a phone.
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));

  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-lg text-muted"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>Accuracy over time</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="var(--color-line)" strokeWidth="1" />
            <text x={pad.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="14" fill="currentColor">
              {percent(tick)}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="var(--color-brand)" strokeWidth="2.5" strokeLinejoin="round" strokeLinecap="round" />
        {points.map((point, i) => (
          <circle key={`${point.label}-${i}`} cx={x(i)} cy={y(point.accuracy)} r="4" fill="var(--color-brand)" stroke="var(--color-canvas)" strokeWidth="1.5" />
        ))}
        {points.map((point, i) =>
          i % labelEvery === 0 || i === points.length - 1 ? (
            <text key={`label-${point.label}-${i}`} x={x(i)} y={height - 10} textAnchor="middle" fontSize="14" fill="currentColor">
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="text-sm text-muted">{summary}</figcaption>
      <details className="rounded-lg border border-line">
        <DisclosureSummary className="px-3 font-medium">Show the numbers as a table</DisclosureSummary>
        <div className="overflow-x-auto p-3">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Accuracy over time</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  When
                </th>
                <th scope="col" className="py-2 pr-4">
                  Accuracy
                </th>
                <th scope="col" className="py-2">
                  Answers
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point, i) => (
                <tr key={`row-${point.label}-${i}`} className="border-b border-line last:border-0">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {point.label}
                  </th>
                  <td className="py-2 pr-4">{percent(point.accuracy)}</td>
                  <td className="py-2">{point.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
