/**
 * Names checked against the words that carry them: a mark's shown words
 * against the entity it points at, and an entity's name against the articles.
 * Case, a possessive 's and punctuation do not count.
 */
import type { Entity } from "./schema";

/** Lower-case words, without a possessive 's or punctuation. */
export function wordsOf(text: string): string[] {
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

/**
 * Whether a mark's shown words name `entity`, so a misspelt
 * "[Masood Akhtar](masood-akhter)" or a mark on the wrong entity is caught:
 * the words are its name, acronym, capital or an alias, a run of words of one
 * ("Panetta" of "Leon Panetta"), or hold one ("the CIA's drone programme").
 */
export function namesEntity(shown: string, entity: Entity): boolean {
  const shownWords = wordsOf(shown);
  const forms = [entity.name, entity.acronym, entity.capital, ...entity.aliases].flatMap((form) => (form === undefined ? [] : [wordsOf(form)]));
  return forms.some((form) => isRunOf(form, shownWords) || isRunOf(shownWords, form));
}

/**
 * Whether the articles (`articleWords`, from wordsOf) print one of the
 * entity's names: a person's full name, so a misspelt "Masood Akhtar" is
 * caught even beside a right alias; anything else by its name, acronym or an
 * alias, as "NATO" stands for its full name.
 */
export function isPrintedIn(articleWords: readonly string[], entity: Entity): boolean {
  const forms = entity.kind === "person" ? [entity.name] : [entity.name, entity.acronym, ...entity.aliases];
  return forms.some((form) => form !== undefined && isRunOf(wordsOf(form), articleWords));
}
