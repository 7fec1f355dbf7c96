import Link from "next/link";
import type { ReactNode } from "react";
import type { CellStatus, GradebookColumnView, GradebookRowView, GradebookSummaryView, SortLink } from "./types";

const statusStyles: Record<CellStatus, string> = {
  submitted: "text-good",
  closed_at_due_date: "text-good",
  in_progress_late: "text-warn",
  late: "text-warn",
  missing: "text-bad",
  in_progress: "text-brand",
  not_started: "text-muted",
  before_joining: "text-muted",
  left: "text-muted",
};

/** Missing work stands out, in a student's row and in the class row alike. */
function missingEmphasis(count: number): string {
  return count > 0 ? "font-semibold text-bad" : "";
}

function SortHeader({ link, label, children }: { link: SortLink; label: string; children: ReactNode }) {
  return (
    <Link
      href={link.href}
      aria-label={`${label}: sort ${link.next}`}
      className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand underline-offset-4 hover:underline"
    >
      {children}
      <span aria-hidden="true">{link.current === "ascending" ? "▲" : link.current === "descending" ? "▼" : "↕"}</span>
    </Link>
  );
}

/**
 * Students × assignments. Sorting is by links (`?sort=…&dir=…`), so the
 * table needs no client JavaScript; the first column stays put while the
 * rest scrolls sideways on a tablet or phone, and the scroll area can be
 * focused and scrolled with the keyboard (it is `relative` so that visually
 * hidden text inside stays in it instead of widening the page). The title
 * sits above the scroll area, not in a <caption>, which would be as wide as
 * the table and cut off on a phone.
 */
export function GradebookTable({
  title,
  columns,
  rows,
  summary,
  sortLinks,
}: {
  title: string;
  columns: GradebookColumnView[];
  rows: GradebookRowView[];
  summary: GradebookSummaryView;
  sortLinks: Record<string, SortLink>;
}) {
  const sortOf = (key: string): SortLink => sortLinks[key] ?? { href: "?", current: null, next: "ascending" };
  const ariaSort = (key: string) => sortOf(key).current ?? undefined;
  return (
    <div className="flex flex-col gap-2">
      <h2 id="gradebook-title" className="text-base font-semibold">
        {title}
      </h2>
      {/* On a phone the name, average and missing columns fill the screen: the assignments start off to the right. */}
      {columns.length > 0 ? <p className="text-sm text-muted sm:hidden">Swipe the table sideways for each assignment.</p> : null}
      <div role="region" aria-labelledby="gradebook-title" tabIndex={0} className="relative overflow-x-auto rounded-[var(--radius-card)] border border-line">
        <table aria-labelledby="gradebook-title" className="min-w-full border-separate border-spacing-0 text-left text-sm">
          <thead>
            <tr className="align-bottom">
              <th scope="col" aria-sort={ariaSort("name")} className="sticky left-0 z-10 min-w-36 border-b border-r border-line bg-surface px-3 py-2">
                <SortHeader link={sortOf("name")} label="Student">
                  Student
                </SortHeader>
              </th>
              <th scope="col" aria-sort={ariaSort("average")} className="min-w-24 border-b border-line bg-surface px-3 py-2">
                <SortHeader link={sortOf("average")} label="Average">
                  Average
                </SortHeader>
              </th>
              <th scope="col" aria-sort={ariaSort("missing")} className="min-w-24 border-b border-line bg-surface px-3 py-2">
                <SortHeader link={sortOf("missing")} label="Missing">
                  Missing
                </SortHeader>
              </th>
              {columns.map((column) => (
                <th key={column.id} scope="col" aria-sort={ariaSort(`a:${column.id}`)} className="min-w-40 border-b border-line bg-surface px-3 py-2 font-normal">
                  <SortHeader link={sortOf(`a:${column.id}`)} label={column.title}>
                    <span className="sm:line-clamp-2">{column.title}</span>
                  </SortHeader>
                  <span className="block text-muted">Due {column.dueLabel}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.studentId}>
                <th scope="row" className="sticky left-0 z-10 border-b border-r border-line bg-canvas px-3 py-2 font-semibold">
                  {row.name}
                  {row.leftLabel ? <span className="block text-sm font-normal text-muted">{row.leftLabel}</span> : null}
                </th>
                <td className="border-b border-line px-3 py-2 tabular-nums">{row.averageLabel}</td>
                <td className={`border-b border-line px-3 py-2 tabular-nums ${missingEmphasis(row.missing)}`}>{row.missing}</td>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]?.id ?? index} className="border-b border-line px-3 py-2">
                    <GradebookCell cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="align-top">
              <th scope="row" className="sticky left-0 z-10 border-r border-line bg-surface px-3 py-2">
                Class average
              </th>
              <td className="bg-surface px-3 py-2 font-semibold tabular-nums">{summary.averageLabel}</td>
              <td className={`bg-surface px-3 py-2 tabular-nums ${missingEmphasis(summary.missing)}`}>{summary.missing}</td>
              {columns.map((column) => (
                <td key={column.id} className="bg-surface px-3 py-2">
                  <span className="font-semibold tabular-nums">{column.averageLabel}</span>
                  <span className="block text-muted">{column.countsLabel}</span>
                  <Link href={column.analysisHref} className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
                    Item analysis<span className="sr-only"> of {column.title}</span>
                  </Link>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

function GradebookCell({ cell }: { cell: GradebookRowView["cells"][number] }) {
  const body = (
    <>
      <span className={`font-semibold ${statusStyles[cell.status]}`}>{cell.statusLabel}</span>
      {cell.scoreLabel ? (
        <span className="block tabular-nums">
          {cell.scoreLabel} <span className="text-muted">({cell.pointsLabel})</span>
        </span>
      ) : null}
      {cell.submittedLabel ? <span className="block text-muted">{cell.submittedLabel}</span> : null}
    </>
  );
  if (!cell.href) return <div className="flex min-h-11 flex-col justify-center">{body}</div>;
  return (
    <Link href={cell.href} className="flex min-h-11 flex-col justify-center rounded-md underline-offset-4 hover:bg-surface hover:underline">
      {body}
    </Link>
  );
}
