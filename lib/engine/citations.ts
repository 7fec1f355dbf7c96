/**
 * Source citations ready to show: publisher or author, title, date, paragraph.
 */
import { formatDate } from "./dates";
import type { Citation, Source } from "./types";

/**
 * Builds the citation of one paragraph of a source.
 *
 * @example
 * citationFor(reutersFactbox, 11).text // "Reuters, “Factbox: Pakistan's stormy ties with the United States” (October 2010), para. 11"
 */
export function citationFor(source: Source, para: number): Citation {
  const date = formatDate(source.date);
  const by = [source.publisher, source.author].filter((part): part is string => Boolean(part)).join(", ");
  const title = `“${source.title}”`;
  return {
    sourceId: source.id,
    publisher: source.publisher,
    author: source.author,
    title: source.title,
    date,
    para,
    text: `${by ? `${by}, ` : ""}${title} (${date}), para. ${para}`,
  };
}
