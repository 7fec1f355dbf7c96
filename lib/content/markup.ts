/**
 * The inline markup of a fact's text: `[shown words](entity-id)`,
 * `[shown words](#date)` and `[shown words](#quantity)`. Pure.
 */
import type { Mark, MarkRef } from "./types";

export interface ParsedMarkup {
  /** The text with markup removed and runs of white space collapsed. */
  plainText: string;
  /** Marked spans with offsets into `plainText`. */
  marks: Mark[];
  /** Markup mistakes, in an author's words (unbalanced brackets, empty spans, unknown `#` targets). */
  errors: string[];
}

const specialTargets: Record<string, MarkRef> = {
  "#date": { type: "date" },
  "#quantity": { type: "quantity" },
};

/**
 * Splits marked-up fact text into plain text and marks. Entity targets are not
 * checked here (the loader knows the entity list); everything else is.
 *
 * @example
 * parseMarkup("[NATO](nato) struck in [2011](#date).").plainText // "NATO struck in 2011."
 */
export function parseMarkup(markedText: string): ParsedMarkup {
  // Folded YAML and block scalars leave newlines and double spaces; a learner should see neither.
  const text = markedText.replace(/\s+/g, " ").trim();
  const marks: Mark[] = [];
  const errors: string[] = [];
  let plainText = "";
  let i = 0;

  while (i < text.length) {
    const char = text[i];
    if (char === "]") {
      errors.push(`unbalanced "]" at "${excerpt(text, i)}": a mark is written [shown words](target)`);
      plainText += char;
      i++;
      continue;
    }
    if (char !== "[") {
      plainText += char;
      i++;
      continue;
    }

    const close = text.indexOf("]", i + 1);
    const nestedOpen = text.indexOf("[", i + 1);
    if (close === -1 || (nestedOpen !== -1 && nestedOpen < close)) {
      errors.push(`unbalanced "[" at "${excerpt(text, i)}": a mark is written [shown words](target)`);
      plainText += char;
      i++;
      continue;
    }
    const shown = text.slice(i + 1, close);
    if (text[close + 1] !== "(") {
      errors.push(`"[${shown}]" has no (target) right after it: write [${shown}](entity-id), (#date) or (#quantity)`);
      plainText += text.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    const targetEnd = text.indexOf(")", close + 2);
    if (targetEnd === -1) {
      errors.push(`unbalanced "(" after "[${shown}]": the target needs a closing ")"`);
      plainText += text.slice(i, close + 1);
      i = close + 1;
      continue;
    }

    const target = text.slice(close + 2, targetEnd).trim();
    const ref = refFor(target);
    if (shown.trim() === "") errors.push(`empty mark "[](${target})": the shown words are missing`);
    if (!ref) {
      errors.push(`unknown mark target "(${target})" on "[${shown}]": use an entity id, #date or #quantity`);
    } else {
      marks.push({ start: plainText.length, end: plainText.length + shown.length, text: shown, ref });
    }
    plainText += shown;
    i = targetEnd + 1;
  }

  return { plainText, marks, errors };
}

function refFor(target: string): MarkRef | undefined {
  if (target.startsWith("#")) return specialTargets[target];
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(target)) return { type: "entity", id: target };
  return undefined;
}

function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 15), at + 15);
}
