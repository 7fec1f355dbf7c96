/**
 * Typed short answer to a fact's question: a name (any accepted form, small
 * typos allowed), a number (digits or words) or a date.
 */
import { isGuessedBlank, slotFormat, slotHint, typedAnswerNames } from "../slots";
import type { LoadedFact } from "../types";
import { finishItem, precisionWeight, type GeneratedItem, type GenerationContext } from "./common";
import { factQuestion } from "./multiple-choice";

/** A typed-answer item, or null when the fact has no question whose answer can be typed unambiguously. */
export function shortAnswerItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  const question = factQuestion(context, fact);
  if (!question) return null;
  const { stem, slot, forms, typed } = question;
  return finishItem(
    context,
    { type: "short-answer", prompt: stem, answerFormat: slotFormat(slot), hint: slotHint(fact, slot, typed.hinted) },
    {
      facts: [fact],
      answer: { kind: "text", accepted: typed.accepted },
      expected: typed.answer,
      explanation: fact.plainText,
      score: 0.55 + precisionWeight(fact) + (slot.kind === "date" ? 0.1 : 0),
      answerTexts: slot.kind === "entity" ? [] : forms,
      answerNames: typedAnswerNames(slot, forms, typed.accepted),
      // "Which country …?" typed in a pack on two countries is answered by naming one of them, known or
      // not (multiple-choice.ts makes the chosen form a last resort too).
      isLastResort: isGuessedBlank(index, slot),
    },
  );
}
