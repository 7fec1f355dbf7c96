import type { ClientItem, ItemResponse } from "./types";

/** The answer a learner starts from: the shown order for ordering, nothing otherwise. */
export function initialDraft(item: ClientItem): ItemResponse | null {
  if (item.type === "ordering") return { order: item.events.map((event) => event.id) };
  if (item.type === "matching") return { pairs: {} };
  return null;
}

/** True when the draft is a whole answer the server can grade. */
export function isCompleteAnswer(item: ClientItem, draft: ItemResponse | null): draft is ItemResponse {
  if (!draft) return false;
  switch (item.type) {
    case "multiple-choice":
    case "cause-effect":
    case "attribution":
      return "optionId" in draft && draft.optionId !== "";
    case "true-false":
      return "value" in draft && typeof draft.value === "boolean";
    case "short-answer":
      return "text" in draft && draft.text.trim() !== "";
    case "cloze":
      return ("optionId" in draft && draft.optionId !== "") || ("text" in draft && draft.text.trim() !== "");
    case "ordering":
      return "order" in draft && draft.order.length === item.events.length;
    case "matching":
      return "pairs" in draft && item.left.every((option) => Boolean(draft.pairs[option.id]));
  }
}

/** Trims typed answers before sending, so " Pakistan " and "Pakistan" are one answer. */
export function normaliseDraft(draft: ItemResponse): ItemResponse {
  return "text" in draft ? { text: draft.text.trim() } : draft;
}
