import type { ClientItem } from "@/lib/engine";

/**
 * What an item shows beyond its prompt, for pages that list items after the fact: a true/false
 * statement, a blank's sentence. Without it, "True or false?" and "Fill in the blank." say nothing of
 * what was asked (UX review of 7 December: the result page and the item analysis showed only those).
 */
export function itemDetail(item: ClientItem): string | null {
  if (item.type === "true-false") return item.statement;
  if (item.type === "cloze") return `${item.before}_____${item.after}`;
  return null;
}

/** The prompt with its statement or sentence after it: "True or false? Pakistan …". */
export function itemWording(item: ClientItem): string {
  const detail = itemDetail(item);
  return detail === null ? item.prompt : `${item.prompt} ${detail}`;
}
