/**
 * A mark's shown words must name the entity it points at, so a misspelt name
 * ("[Masood Akhtar](masood-akhter)") or a mark on the wrong entity is caught:
 * the words are the entity's name, acronym, capital or an alias, a run of
 * words of one ("Panetta" of "Leon Panetta"), or hold one ("the CIA's drone
 * programme"). Case, a possessive 's and punctuation do not count.
 */
import type { Entity } from "./schema";

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether `part` occurs in `whole` as a run of whole words. */
function isRunOf(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length === 0) return false;
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, offset) => whole[start + offset] === word)) return true;
  }
  return false;
}

export function namesEntity(shown: string, entity: Entity): boolean {
  const shownWords = wordsOf(shown);
  const forms = [entity.name, entity.acronym, entity.capital, ...entity.aliases].flatMap((form) => (form === undefined ? [] : [wordsOf(form)]));
  return forms.some((form) => isRunOf(form, shownWords) || isRunOf(shownWords, form));
}
