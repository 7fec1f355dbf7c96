import { capitalise, normaliseAnswer } from "./text";
import type { Entity } from "./types";

/**
 * A tag as a learner reads it, on the progress page's strongest and weakest
 * topics. A tag that spells an entity's name, alias or acronym takes its
 * casing ("north-waziristan" → "North Waziristan", "cpec" → "CPEC"); any
 * other keeps its words, with the pack's acronyms in capitals
 * ("nato-supply-routes" → "NATO supply routes"), and a capital first letter.
 *
 * @example
 * topicLabel(pack.entities, "border-strike") // "Border strike"
 */
export function topicLabel(entities: readonly Entity[], tag: string): string {
  const { formsBySpelling, acronyms } = spellingsOf(entities);
  const words = tag.split("-").filter(Boolean);
  const form = formsBySpelling.get(words.join(" "));
  return capitalise(form ?? words.map((word) => acronyms.get(word) ?? word).join(" "));
}

interface Spellings {
  /** Every name, alias and acronym by its normalised words: "north waziristan" → "North Waziristan". */
  formsBySpelling: Map<string, string>;
  acronyms: Map<string, string>;
}

// Worked out once per entity list (a pack's is loaded once and kept).
const spellingsCache = new WeakMap<readonly Entity[], Spellings>();

function spellingsOf(entities: readonly Entity[]): Spellings {
  const cached = spellingsCache.get(entities);
  if (cached) return cached;
  const formsBySpelling = new Map<string, string>();
  const acronyms = new Map<string, string>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases, ...(entity.acronym ? [entity.acronym] : [])]) {
      const spelling = normaliseAnswer(form);
      if (!formsBySpelling.has(spelling)) formsBySpelling.set(spelling, form);
    }
    if (entity.acronym) acronyms.set(entity.acronym.toLowerCase(), entity.acronym);
  }
  const spellings = { formsBySpelling, acronyms };
  spellingsCache.set(entities, spellings);
  return spellings;
}
