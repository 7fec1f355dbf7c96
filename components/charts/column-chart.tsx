export type ColumnTone = "normal" | "flagged" | "muted";

export interface Column {
  /** Short axis label ("1", "2" …) that matches a row of the table beside the chart. */
  label: string;
  /** 0–1; null draws no bar (e.g. not enough answers). */
  value: number | null;
  tone?: ColumnTone;
  /** What a screen reader hears for this column, e.g. "Question 3: 40% correct, flagged for review". */
  description: string;
}

// A narrow drawing (it scales to the width): text stays readable on a phone and not oversized on a desktop (max-w-2xl).
const width = 400;
const height = 200;
const pad = { top: 16, right: 8, bottom: 30, left: 48 };
const fills: Record<ColumnTone, string> = { normal: "var(--color-brand)", flagged: "var(--color-bad)", muted: "var(--color-line)" };

/**
 * Values from 0 to 100% as columns, in server-rendered SVG (no chart
 * library, no client JavaScript). The picture is `role="img"` with a summary;
 * the column-by-column numbers follow in a list for screen readers, so no
 * figure exists only as a shape.
 */
export function ColumnChart({ id, title, summary, columns }: { id: string; title: string; summary: string; columns: Column[] }) {
  if (columns.length === 0) return null;
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / columns.length;
  const barWidth = Math.max(4, Math.min(48, slot * 0.7));
  const y = (value: number) => pad.top + (1 - Math.min(1, Math.max(0, value))) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(columns.length / 20));

  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-2xl text-muted">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="var(--color-line)" strokeWidth="1" />
            <text x={pad.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="currentColor">
              {Math.round(tick * 100)}%
            </text>
          </g>
        ))}
        {columns.map((column, index) => {
          const x = pad.left + slot * index + (slot - barWidth) / 2;
          return (
            <g key={`${column.label}-${index}`}>
              {column.value === null ? (
                <text x={x + barWidth / 2} y={y(0) - 6} textAnchor="middle" fontSize="13" fill="currentColor">
                  –
                </text>
              ) : (
                <rect x={x} y={y(column.value)} width={barWidth} height={Math.max(1, y(0) - y(column.value))} rx="3" fill={fills[column.tone ?? "normal"]} />
              )}
              {index % labelEvery === 0 ? (
                <text x={x + barWidth / 2} y={height - 10} textAnchor="middle" fontSize="13" fill="currentColor">
                  {column.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-muted">{summary}</figcaption>
      <ul className="sr-only">
        {columns.map((column, index) => (
          <li key={`${column.label}-${index}`}>{column.description}</li>
        ))}
      </ul>
    </figure>
  );
}
