import type { Entity } from "./schema";

/**
 * A tag as a learner reads it, on the progress page's strongest and weakest
 * topics. A tag that spells an entity's name, alias or acronym takes its
 * casing ("north-waziristan" → "North Waziristan", "cpec" → "CPEC"); any
 * other keeps its words, with the pack's acronyms in capitals
 * ("us-aid" → "US aid"), and a capital first letter.
 *
 * @example
 * topicLabel(pack.entities, "border-strike") // "Border strike"
 */
export function topicLabel(entities: readonly Entity[], tag: string): string {
  const words = tag.split("-").filter(Boolean);
  const spelled = words.join(" ");
  const plain = (form: string) => form.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  for (const entity of entities) {
    const form = [entity.name, ...entity.aliases, ...(entity.acronym ? [entity.acronym] : [])].find((candidate) => plain(candidate) === spelled);
    if (form) return capitalise(form);
  }
  const acronyms = new Map(entities.flatMap((entity) => (entity.acronym ? [[entity.acronym.toLowerCase(), entity.acronym] as const] : [])));
  return capitalise(words.map((word) => acronyms.get(word) ?? word).join(" "));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
