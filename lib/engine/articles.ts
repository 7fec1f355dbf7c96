/**
 * "The" before a name, where one name is put in another's place: a true/false swap
 * ("the fighting in the United States") or a cloze's options ("alliance with _____":
 * "the United States", "Afghanistan"). A blank that keeps the answer's "the" before it
 * rules out every option that does not take one ("the India"); one that drops it, the answer.
 */
import { memoise, type PackIndex } from "./pack-index";
import { capitalise } from "./text";
import type { Entity, ItemOption } from "./types";

/** Entities by the texts a swap or an option names them with: their names and acronyms. */
export function entitiesByText(index: PackIndex): Map<string, Entity> {
  return memoise(index, "entities-by-name-or-acronym", () => {
    const map = new Map<string, Entity>();
    // In reverse, so that of two entities written alike the first in the pack wins, as in a search.
    for (const entity of [...index.pack.entities].reverse()) {
      if (entity.acronym) map.set(entity.acronym, entity);
      map.set(entity.name, entity);
    }
    return map;
  });
}

/** How the words before a name bear on a "the" of its own. */
export interface ArticlePlace {
  /** The words end in "the ". */
  hadArticle: boolean;
  /** A determiner already opens the noun phrase ("its", "the separate Pentagon and …"): no "the" is added. */
  afterDeterminer: boolean;
}

/** Where a name would stand after `before`: whether a "the" is there already, or a determiner rules one out. */
export function articlePlace(before: string): ArticlePlace {
  // "that" right before the name is the conjunction ("noted that the United States …"), not a determiner;
  // a preposition closes the noun phrase ("the problem of the United States").
  const afterPreposition = /\s(of|in|to|for|with|by|from|on|at|into|over|against|through|between)\s$/i.test(before);
  const afterDeterminer =
    /(^|\s)(a|an|its|their|his|her|this)\s$/i.test(before) ||
    (!afterPreposition &&
      (/(^|\s)(the|a|an|its|their|his|her|this|these|those)\s+([a-z-]+\s+){0,2}$/.test(before) || /(^|\s)that\s+([a-z-]+\s+){1,2}$/.test(before)));
  return { hadArticle: /\bthe $/i.test(before), afterDeterminer };
}

/**
 * A cloze's options and the words before its blank, each option with the "the" its name takes
 * when that "the" was the answer's own ("alliance with the [United States]") or the blank has none
 * ("emerged in _____"): the article then cannot tell the options apart. Unchanged when the "the"
 * belongs to the words after the blank ("the [NATO] border strike"). Options that are no entity's
 * name keep their text, and a "the" they all open with is not written twice ("In the the 1990s").
 */
export function optionsWithArticles(
  index: PackIndex,
  before: string,
  answerEntityId: string | undefined,
  options: readonly ItemOption[],
): { before: string; options: ItemOption[] } {
  const place = articlePlace(before);
  if (answerEntityId === undefined) {
    const doubled = place.hadArticle && options.every((option) => /^the /i.test(option.text));
    return { before: doubled ? before.replace(/the $/i, "") : before, options: [...options] };
  }
  const entities = entitiesByText(index);
  const answerTakesArticle = index.takesArticle.get(answerEntityId) ?? false;
  if (place.hadArticle && !answerTakesArticle) return { before, options: [...options] };
  if (!place.hadArticle && place.afterDeterminer) return { before, options: [...options] };
  const shownBefore = place.hadArticle ? before.replace(/the $/i, "") : before;
  const opensSentence = shownBefore.trim() === "";
  return {
    before: shownBefore,
    options: options.map((option) => {
      const entity = entities.get(option.text);
      const text = entity && index.takesArticle.get(entity.id) ? `the ${option.text}` : option.text;
      return { ...option, text: opensSentence ? capitalise(text) : text };
    }),
  };
}
