import type { Citation } from "@/lib/engine";

/** The sources of one fact: publisher and author, title and date, each with its paragraph. */
export function Citations({ citations, className = "" }: { citations: readonly Citation[]; className?: string }) {
  if (citations.length === 0) return null;
  return (
    <ul className={`flex flex-col gap-0.5 text-sm text-muted ${className}`} aria-label="Sources">
      {citations.map((citation) => {
        const by = [citation.publisher, citation.author].filter(Boolean).join(", ");
        return (
          <li key={`${citation.sourceId}-${citation.para}`}>
            <span className="sr-only">Source: </span>
            <cite className="not-italic">
              {by ? <span className="font-semibold">{by}</span> : null}
              {by ? ", " : null}“{citation.title}”{citation.date ? ` (${citation.date})` : ""}, para. {citation.para}
            </cite>
          </li>
        );
      })}
    </ul>
  );
}
