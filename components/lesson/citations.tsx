import { citationsBySource, parasLabel } from "@/lib/engine/citation-groups";
import type { Citation } from "@/lib/engine";

/** The sources of one fact: publisher and author, title and date, each named once with its paragraphs. */
export function Citations({ citations, className = "" }: { citations: readonly Citation[]; className?: string }) {
  if (citations.length === 0) return null;
  return (
    <ul className={`flex flex-col gap-0.5 text-sm text-muted ${className}`} aria-label="Sources">
      {citationsBySource(citations).map(({ citation, paras }) => {
        const by = [citation.publisher, citation.author].filter(Boolean).join(", ");
        return (
          <li key={citation.sourceId}>
            <span className="sr-only">Source: </span>
            <cite className="not-italic">
              {by ? <span className="font-semibold">{by}</span> : null}
              {by ? ", " : null}“{citation.title}”{citation.date ? ` (${citation.date})` : ""}, {parasLabel(paras)}
            </cite>
          </li>
        );
      })}
    </ul>
  );
}
