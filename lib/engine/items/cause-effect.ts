/**
 * Cause and effect: "X happened. What followed?" or "Y happened. What led to
 * this?", with the other side's options taken from unrelated cause-effect facts.
 */
import { datePhrase } from "../dates";
import { clauseDistractors } from "../distractors";
import { asSentence, capitalise } from "../text";
import type { LoadedFact } from "../types";
import { finishItem, itemRng, pickSimilar, precisionWeight, shuffleOptions, type GeneratedItem, type GenerationContext } from "./common";

/** Clauses are stored lower-case without a full stop; options show them as sentence fragments. */
function asOption(clause: string): string {
  return capitalise(clause.trim().replace(/[.;]+$/, ""));
}

/** A cause-and-effect item in the direction the seed picks, or null without three unrelated alternatives. */
export function causeEffectItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  if (fact.kind !== "cause-effect" || !fact.cause || !fact.effect) return null;
  const rng = itemRng(context, "cause-effect", [fact.id]);
  const ask = rng.next() < 0.5 ? "effect" : "cause";
  const givenClause = ask === "effect" ? fact.cause : fact.effect;
  const answer = asOption(ask === "effect" ? fact.effect : fact.cause);
  const question = ask === "effect" ? "According to the sources, what followed?" : "According to the sources, what led to this?";
  const prompt = `${asSentence(`${datePhrase(fact.date)}, ${givenClause.trim().replace(/[.;]+$/, "")}`)} ${question}`;

  const candidates = clauseDistractors(context.index, fact, ask).map(asOption);
  const distractors = pickSimilar(rng, answer, candidates, 3);
  if (!distractors) return null;
  const shuffled = shuffleOptions(rng, answer, distractors);
  if (!shuffled) return null;
  return finishItem(
    context,
    { type: "cause-effect", prompt, options: shuffled.options },
    {
      facts: [fact],
      answer: { kind: "option", optionId: shuffled.correctId },
      expected: answer,
      explanation: fact.plainText,
      score: 0.4 + precisionWeight(fact) / 2,
      answerTexts: [],
    },
  );
}
