/**
 * Attribution: "who argued that …" / "who took the position that …" for
 * position and expert-view facts, with the date in the stem.
 */
import { datePhrase } from "../dates";
import { claimantDistractors } from "../distractors";
import { capitalise } from "../text";
import type { LoadedFact } from "../types";
import { finishItem, itemRng, pickSimilar, revealsAnswer, shuffleOptions, type GeneratedItem, type GenerationContext } from "./common";

/** An attribution item naming one claimant (chosen by the seed), or null when the claim names its author or too few others are provably not its authors. */
export function attributionItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  if ((fact.kind !== "position" && fact.kind !== "expert-view") || !fact.claim || !fact.claimedBy?.length) return null;
  const rng = itemRng(context, "attribution", [fact.id]);
  const claimants = fact.claimedBy.filter((id) => index.entityById.has(id));
  if (claimants.length === 0) return null;
  const claimantId = rng.pick(claimants);
  const claimant = index.entityById.get(claimantId);
  if (!claimant) return null;

  const verb = fact.kind === "expert-view" ? "argued" : "took the position";
  const claim = fact.claim.replace(/\s+/g, " ").trim().replace(/[.;]+$/, "");
  const prompt = `${capitalise(datePhrase(fact.date))}, who ${verb} that ${claim}?`;
  const forms = index.formsOf.get(claimantId) ?? [];
  if (revealsAnswer(prompt, forms)) return null;

  const candidates = claimantDistractors(index, fact, claimantId, prompt).map((entity) => entity.name);
  const distractors = pickSimilar(rng, claimant.name, candidates, 3);
  if (!distractors) return null;
  const shuffled = shuffleOptions(rng, claimant.name, distractors, { capitalise: true });
  if (!shuffled) return null;
  return finishItem(
    context,
    { type: "attribution", prompt, options: shuffled.options },
    {
      facts: [fact],
      answer: { kind: "option", optionId: shuffled.correctId },
      expected: shuffled.options.find((option) => option.id === shuffled.correctId)?.text ?? claimant.name,
      explanation: fact.plainText,
      score: 0.45 + (claimant.kind === "person" ? 0.1 : 0),
      answerTexts: [],
      answerNames: forms,
    },
  );
}
