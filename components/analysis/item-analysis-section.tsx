import type { ReactNode } from "react";
import { ColumnChart } from "@/components/charts/column-chart";
import { ShareBar } from "@/components/charts/share-bar";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { countLabel } from "@/lib/format/count-label";
import type { ItemGroupView, ItemRowView } from "./types";

const discriminationMeaning =
  "Point-biserial correlation with the rest of the quiz: above 0.2 separates stronger from weaker students; below 0 works against them";
const upperLowerMeaning = "Share correct in the top 27% minus the bottom 27%";

function chartSummary(group: ItemGroupView, rated: ItemRowView[]): string {
  const items = countLabel(group.items.length, "item");
  const hardest = rated.reduce((a, b) => ((b.facility ?? 1) < (a.facility ?? 1) ? b : a));
  const flagged = group.items.filter((item) => item.isFlagged).length;
  return `Share correct for ${items}. Hardest: item ${hardest.number} at ${hardest.facilityLabel}. ${flagged} flagged for review.`;
}

/**
 * One module's items (or one assignment's): a column chart of the share
 * correct per item (flagged items in red; no chart while no item has enough
 * answers to chart), the table of figures, and for choice items how often
 * each option was chosen.
 */
export function ItemAnalysisSection({ group, headingLevel = 2, folded }: { group: ItemGroupView; headingLevel?: 2 | 3; folded?: { open: boolean } }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `items-${group.id}`;
  const heading = (
    <Heading id={headingId} className="text-xl font-bold">
      {group.title}
    </Heading>
  );
  if (!folded) {
    return (
      <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:p-6">
        {heading}
        <ItemFigures group={group} />
      </section>
    );
  }
  // Folded under its title and counts, as the class's modules are: unfolded, eight modules ran to a long scroll on a phone (UX review).
  const flagged = group.items.filter((item) => item.isFlagged).length;
  return (
    <section aria-labelledby={headingId}>
      <details className="rounded-[var(--radius-card)] border border-line bg-surface" open={folded.open ? true : undefined}>
        <DisclosureSummary className="px-4 py-3 sm:px-6">
          <span className="flex flex-col">
            {heading}
            <span className="text-sm text-muted">
              {countLabel(group.items.length, "item")} · {flagged} flagged
            </span>
          </span>
        </DisclosureSummary>
        <div className="flex flex-col gap-4 border-t border-line p-4 sm:p-6">
          <ItemFigures group={group} />
        </div>
      </details>
    </section>
  );
}

/** The group's chart and table of figures. */
function ItemFigures({ group }: { group: ItemGroupView }) {
  const rated = group.items.filter((item) => item.facility !== null && !item.hasTooFewAnswers);
  return (
    <>
      {rated.length === 0 ? (
        <p className="text-muted">
          {countLabel(group.items.length, "item")}, {group.items.length === 1 ? "without" : "none with"} enough answers yet to chart.
        </p>
      ) : (
        <ColumnChart
          id={`chart-${group.id}`}
          title={`Share correct per item: ${group.title}`}
          summary={chartSummary(group, rated)}
          columns={group.items.map((item) => ({
            label: String(item.number),
            value: item.hasTooFewAnswers ? null : item.facility,
            tone: item.isFlagged ? "flagged" : "normal",
            description: `Item ${item.number}: ${item.hasTooFewAnswers ? "not enough answers yet" : `${item.facilityLabel} correct`}${item.isFlagged ? ", flagged for review" : ""}.`,
          }))}
        />
      )}
      {/* Below md the four figures go under the question, where they would be columns to scroll sideways to; from md up
          the six columns fit, so the table never scrolls. */}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Item figures: {group.title}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">#</th>
            <th scope="col" className="py-2 pr-3">Question</th>
            <th scope="col" className="hidden py-2 pr-3 md:table-cell">Answers</th>
            <th scope="col" className="hidden py-2 pr-3 md:table-cell">Correct</th>
            <th scope="col" className="hidden py-2 pr-3 md:table-cell">
              <abbr title={discriminationMeaning}>Discrimination</abbr>
            </th>
            <th scope="col" className="hidden py-2 md:table-cell">
              <abbr title={upperLowerMeaning}>Upper − lower</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item) => (
            <ItemRow key={item.key} item={item} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function ItemRow({ item }: { item: ItemRowView }) {
  return (
    <tr className="border-b border-line align-top last:border-0">
      <th scope="row" className="py-2 pr-3 font-semibold tabular-nums">
        {item.number}
      </th>
      <td className="py-2 pr-3">
        <span className="block text-muted">{item.typeLabel}</span>
        <span className="block">{item.prompt}</span>
        {item.unanswered > 0 ? <span className="block text-muted">Left unanswered in {countLabel(item.unanswered, "attempt")}</span> : null}
        {item.flags.length > 0 ? (
          <ul className="mt-1 flex flex-col gap-1">
            {item.flags.map((flag) => (
              <li key={flag} className={`font-semibold ${item.hasTooFewAnswers ? "text-muted" : "text-bad"}`}>
                {item.hasTooFewAnswers ? "" : "⚑ "}
                {flag}
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="mt-1 flex flex-wrap gap-x-3 text-muted md:hidden">
          <Figure term="Answers" value={String(item.responses)} />
          <Figure term="Correct" value={item.facilityLabel} />
          <Figure term={<abbr title={discriminationMeaning}>Discrimination</abbr>} value={item.discriminationLabel} />
          <Figure term={<abbr title={upperLowerMeaning}>Upper − lower</abbr>} value={item.upperLowerLabel} />
        </dl>
        {item.options.length > 0 ? <OptionRates item={item} /> : null}
      </td>
      <td className="hidden py-2 pr-3 tabular-nums md:table-cell">{item.responses}</td>
      <td className="hidden py-2 pr-3 tabular-nums md:table-cell">{item.facilityLabel}</td>
      <td className="hidden py-2 pr-3 tabular-nums md:table-cell">{item.discriminationLabel}</td>
      <td className="hidden py-2 tabular-nums md:table-cell">{item.upperLowerLabel}</td>
    </tr>
  );
}

function Figure({ term, value }: { term: ReactNode; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{term}</dt>
      <dd className="font-semibold text-ink tabular-nums">{value}</dd>
    </div>
  );
}

function OptionRates({ item }: { item: ItemRowView }) {
  return (
    <details className="mt-2 rounded-lg border border-line bg-canvas">
      <DisclosureSummary className="px-3 font-medium">How often each option was chosen</DisclosureSummary>
      <ul className="flex flex-col gap-2 p-3">
        {item.options.map((option) => (
          <li key={option.text} className="flex flex-col gap-1">
            <span>
              {option.text}
              {option.isKey ? <span className="font-semibold text-good"> (correct answer)</span> : null}
              {option.isNonFunctioning ? <span className="font-semibold text-bad"> (hardly anyone chooses it)</span> : null}
            </span>
            <div className="flex items-center gap-2">
              <ShareBar
                segments={[{ value: option.rate ?? 0, tone: option.isKey ? "good" : option.isNonFunctioning ? "bad" : "brand", label: `${option.text}: chosen by ${option.rateLabel}` }]}
              />
              <span className="w-28 shrink-0 text-right tabular-nums">
                {option.rateLabel} <span className="text-muted">({option.countLabel})</span>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
