/**
 * Typed short answer to a fact's question: a name (any accepted form, small
 * typos allowed), a number (digits or words) or a date.
 */
import { isEverywhereSlot, slotAccepted, slotFormat, slotHint } from "../slots";
import { hasNormalisedPhrase, normaliseAnswer, paddedNormal } from "../text";
import type { LoadedFact } from "../types";
import { finishItem, precisionWeight, type GeneratedItem, type GenerationContext } from "./common";
import { factQuestion } from "./multiple-choice";

/** A typed-answer item, or null when the fact has no question whose answer can be typed unambiguously. */
export function shortAnswerItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  const question = factQuestion(context, fact);
  if (!question) return null;
  const { stem, slot, forms, answer } = question;
  const accepted = slotAccepted(index, fact, slot);
  const hinted = accepted.kind === "name" ? hintedForm(stem, answer, accepted.forms) : answer;
  return finishItem(
    context,
    { type: "short-answer", prompt: stem, answerFormat: slotFormat(slot), hint: slotHint(fact, slot, hinted) },
    {
      facts: [fact],
      answer: { kind: "text", accepted },
      expected: answer,
      explanation: fact.plainText,
      score: 0.55 + precisionWeight(fact) + (slot.kind === "date" ? 0.1 : 0),
      answerTexts: slot.kind === "entity" ? [] : forms,
      answerNames: slot.kind === "entity" ? forms : [],
      // "Which country …?" typed in a pack on two countries is answered by naming one of them, known or
      // not (multiple-choice.ts makes the chosen form a last resort too).
      isLastResort: isEverywhereSlot(index, slot),
    },
  );
}

/**
 * The accepted form whose first letter the hint gives: the answer without leading words the question
 * already says. "Which US government department …?" is answered "State Department", and "U" sent the
 * learner looking for another name; "which Pakistani institution …?" is answered "military", where "P"
 * fitted "Parliament" as well.
 */
function hintedForm(stem: string, answer: string, forms: readonly string[]): string {
  const stemNormal = paddedNormal(stem);
  const accepted = new Set(forms.map(normaliseAnswer));
  const words = answer.split(/\s+/);
  for (let drop = 1; drop < words.length; drop++) {
    if (!hasNormalisedPhrase(stemNormal, normaliseAnswer(words.slice(0, drop).join(" ")))) break;
    const rest = words.slice(drop).join(" ");
    if (accepted.has(normaliseAnswer(rest))) return rest;
  }
  return answer;
}
