import { indexPack } from "./pack-index";
import { capitalise } from "./text";
import type { LoadedPack } from "./types";

/**
 * A tag as a learner reads it, as a lesson's section heading and on the
 * progress page's strongest and weakest topics. The pack's own label comes
 * first ("cold-war": "Cold War" in pack.yaml's `topics`); a tag that spells an
 * entity's name, alias or acronym takes its casing ("north-waziristan" →
 * "North Waziristan", "cpec" → "CPEC"); any other keeps its words, with the
 * pack's acronyms in capitals ("nato-supply-routes" → "NATO supply routes"),
 * and a capital first letter. Without the pack, plain words.
 *
 * @example
 * topicLabel(pack, "border-strike") // "Border strike"
 */
export function topicLabel(pack: LoadedPack | undefined, tag: string): string {
  const words = tag.split("-").filter(Boolean);
  if (!pack) return capitalise(words.join(" "));
  const own = pack.meta.topics[tag];
  if (own) return own;
  const index = indexPack(pack);
  const spelled = words.join(" ");
  for (const [entityId, normals] of index.normalisedFormsOf) {
    const at = normals.indexOf(spelled);
    const form = at >= 0 ? index.formsOf.get(entityId)?.[at] : undefined;
    if (form) return capitalise(form);
  }
  return capitalise(words.map((word) => index.entitiesByAcronym.get(word)?.[0]?.acronym ?? word).join(" "));
}
