/**
 * "Which of these statements is true?": a fact's sentence among three other
 * facts' false statements, for a fact that has no question of its own. Views
 * and judgements ("the alliance collapsed over a trust deficit") have no name
 * or figure to ask for, so they were asked only as true or false, and a quiz
 * on a module of views was two items in three true/false.
 */
import { writesItsDate } from "../dates";
import { groupIdOf, memoise, memoiseForFact, paragraphKeys, tellingWords, type PackIndex } from "../pack-index";
import type { LoadedFact } from "../types";
import { finishItem, itemRng, precisionWeight, shuffleOptions, type GeneratedItem, type GenerationContext } from "./common";

/** The true sentence and the three false ones. */
const falseOptionCount = 3;

export const trueStatementPrompt = "Which of these statements is true?";

/** How many of the first false statements (on topic, then nearest in length) the seed picks from: enough to vary, few enough to stay alike. */
const nearestCount = 8;

/** A false statement the item may offer, with the fact it turns round. */
interface FalseOption {
  fact: LoadedFact;
  text: string;
  words: number;
}

/** The module's dated false statements, once per pack and module. */
function falseOptionsOfModule(index: PackIndex, moduleId: string): FalseOption[] {
  return memoise(index, `false-options|${moduleId}`, () => {
    const moduleDef = index.moduleById.get(moduleId);
    return (moduleDef?.factIds ?? []).flatMap((id) => {
      const fact = index.factById.get(id);
      // Undated, a false statement may be true at another time: its true/false item gives its date in the prompt.
      if (fact?.falseStatement === undefined || !writesItsDate(fact.falseStatement, fact)) return [];
      return [{ fact, text: fact.falseStatement, words: wordCount(fact.falseStatement) }];
    });
  });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The false statements that may stand beside the fact, those on its topic (a tag in common) first, then
 * nearest its length: beside three statements of other topics, the one on the quiz's topic was picked
 * (quiz audit of 6 December, fifth round). From its own modules,
 * so that they are of the same story; of other events (not one the fact tells or answers); and from
 * other source paragraphs, whose sentences restate or answer each other.
 */
function falseOptionsFor(index: PackIndex, fact: LoadedFact): FalseOption[] {
  const group = groupIdOf(index, fact.id);
  const paragraphs = new Set(paragraphKeys(fact));
  const words = wordCount(fact.plainText);
  const seen = new Set<string>();
  const fitting = fact.modules.flatMap((moduleId) =>
    falseOptionsOfModule(index, moduleId).filter((option) => {
      if (seen.has(option.fact.id)) return false;
      seen.add(option.fact.id);
      return (
        groupIdOf(index, option.fact.id) !== group &&
        !paragraphKeys(option.fact).some((paragraph) => paragraphs.has(paragraph))
      );
    }),
  );
  return fitting.sort((a, b) => offTopic(fact, a) - offTopic(fact, b) || Math.abs(a.words - words) - Math.abs(b.words - words) || a.fact.id.localeCompare(b.fact.id));
}

/** 0 when the false statement is on the fact's topic (shares a tag with it), 1 when not. */
function offTopic(fact: LoadedFact, option: FalseOption): number {
  return option.fact.tags.some((tag) => fact.tags.includes(tag)) ? 0 : 1;
}

/**
 * The first three of the false statements, in their order, of three events and three paragraphs, or
 * null: statements of one passage echo or mirror each other ("coordination had been sound" beside
 * "trust had held firm", both from the inquiries' paragraph), and a learner rules out both at once.
 */
function apart(index: PackIndex, options: readonly FalseOption[]): FalseOption[] | null {
  const picked: FalseOption[] = [];
  const groups = new Set<string>();
  const paragraphs = new Set<string>();
  for (const option of options) {
    const cited = paragraphKeys(option.fact);
    if (groups.has(groupIdOf(index, option.fact.id)) || cited.some((paragraph) => paragraphs.has(paragraph))) continue;
    picked.push(option);
    groups.add(groupIdOf(index, option.fact.id));
    for (const paragraph of cited) paragraphs.add(paragraph);
    if (picked.length === falseOptionCount) return picked;
  }
  return null;
}

/**
 * Three false statements of other facts and the fact's sentence, or null when the fact's sentence
 * leaves its date out (every false statement names one, so the true one would stand out) or its
 * modules hold too few false statements to offer.
 */
export function trueStatementItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  if (!writesItsDate(fact.plainText, fact)) return null;
  const nearest = memoiseForFact(index, fact, "true-statement-options", () => falseOptionsFor(index, fact)).slice(0, nearestCount);
  if (nearest.length < falseOptionCount) return null;
  const rng = itemRng(context, "multiple-choice", [fact.id]);
  const [onTopic, others] = [nearest.filter((option) => offTopic(fact, option) === 0), nearest.filter((option) => offTopic(fact, option) === 1)];
  const wrong = apart(index, [...rng.shuffle(onTopic), ...rng.shuffle(others)]);
  if (!wrong) return null;
  const shuffled = shuffleOptions(rng, fact.plainText, wrong.map((option) => option.text));
  if (!shuffled) return null;
  // Told in the order the options show them, so that each correction is found beside its statement.
  const shownAt = (text: string) => shuffled.options.findIndex((option) => option.text === text);
  const turnedRound = [...wrong].sort((a, b) => shownAt(a.text) - shownAt(b.text)).map((option) => option.fact);
  return finishItem(
    context,
    { type: "multiple-choice", prompt: trueStatementPrompt, options: shuffled.options },
    {
      facts: [fact],
      // The false statements' facts are not tested (a right answer may come from knowing the true one),
      // but the feedback tells them, so no other item in the quiz may ask them.
      toldFacts: turnedRound,
      answer: { kind: "option", optionId: shuffled.correctId },
      expected: fact.plainText,
      // Feedback shows the true sentence as the answer: the explanation goes on to the false ones.
      explanation: "",
      score: 0.35 + precisionWeight(fact),
      answerTexts: [],
      claimWords: memoiseForFact(index, fact, "telling-words", () => tellingWords(index, fact.plainText)),
    },
  );
}
