/**
 * Citations grouped for reading: an article cited for two paragraphs is named
 * once ("paras. 4 and 6"), not once per paragraph. Imports nothing but types,
 * so the quiz's client components can use it without the engine.
 */
import { joinList } from "./text";
import type { Citation } from "./types";

/** One source as a reader sees it cited: its citation and the paragraphs cited from it, in order. */
export interface SourceCitation {
  citation: Citation;
  paras: number[];
}

/** Citations grouped by source, in the order each source is first cited. */
export function citationsBySource(citations: readonly Citation[]): SourceCitation[] {
  const bySource = new Map<string, SourceCitation>();
  for (const citation of citations) {
    const entry = bySource.get(citation.sourceId);
    if (!entry) bySource.set(citation.sourceId, { citation, paras: [citation.para] });
    else if (!entry.paras.includes(citation.para)) entry.paras.push(citation.para);
  }
  for (const entry of bySource.values()) entry.paras.sort((a, b) => a - b);
  return [...bySource.values()];
}

/** "para. 4", "paras. 4 and 6", "paras. 3, 4 and 9". */
export function parasLabel(paras: readonly number[]): string {
  if (paras.length <= 1) return `para. ${paras[0] ?? ""}`;
  return `paras. ${joinList(paras.map(String))}`;
}

/** The grouped citation as one line: "Reuters, “Factbox: …” (October 2010), paras. 3 and 17". */
export function sourceCitationText({ citation, paras }: SourceCitation): string {
  // `Citation.text` ends with its own paragraph ("…, para. 3"): the group's paragraphs replace it.
  return citation.text.replace(/para\. \d+$/, parasLabel(paras));
}
