/**
 * Single-answer multiple choice from a fact's own question (who, what, where,
 * when, how many), for an unquestioned quantity from what it counts, and
 * otherwise, or where the question's answer is one of the pack's own
 * countries, "which of these statements is true?" (true-statement.ts).
 */
import { factDatePhrase } from "../dates";
import { formatQuantity } from "../numbers";
import { memoiseForFact, type PackIndex } from "../pack-index";
import { entityNames, hintedForm, isEverywhereSlot, questionSlot, rankedEntries, slotAccepted, slotAnswerText, slotDistractorTexts, slotForms, typedAccepted, typedAnswerNames, type Slot } from "../slots";
import { capitalise, normaliseAnswer } from "../text";
import type { AcceptedAnswer, LoadedFact } from "../types";
import { trueStatementItem } from "./true-statement";
import { finishItem, itemRng, pickSimilar, precisionWeight, revealsAnswer, shuffleOptions, singleAnswerAsk, stemWithDate, type GeneratedItem, type GenerationContext, type ItemAsk } from "./common";

/** The question a choice or typed item asks about a fact, the slot it asks for, and the slot's accepted forms. */
export interface FactQuestion {
  stem: string;
  slot: Slot;
  forms: string[];
  /** The answer as an option shows it: the entity's name, which tells it apart from the other options. */
  answer: string;
  /** The same question typed: what the feedback shows, the form the hint's letter starts, and what the grader accepts. */
  typed: { answer: string; hinted: string; accepted: AcceptedAnswer };
}

/**
 * The fact's question, or null when it has none or its stem names the answer. Once per pack: it
 * depends on the fact alone, and a quiz on a large pack asks for it on thousands of facts.
 */
export function factQuestion(context: GenerationContext, fact: LoadedFact): FactQuestion | null {
  const { index } = context;
  return memoiseForFact(index, fact, "fact-question", () => {
    const question = questionFor(context, fact);
    if (!question) return null;
    const forms = slotForms(index, fact, question.slot);
    if (revealsAnswer(question.stem, forms)) return null;
    const answer = slotAnswerText(index, fact, question.slot);
    // Typed, the answer is the name the fact itself writes, where that is one of the entity's names. Its
    // lesson taught "Taliban militants", as its source says, and the hint "A" (for "Afghan Taliban")
    // sent the learner looking for another name.
    const typedAnswer = writtenName(index, fact, question.slot) ?? answer;
    const accepted = slotAccepted(index, fact, question.slot);
    const hinted = accepted.kind === "name" ? hintedForm(question.stem, typedAnswer, accepted.forms) : typedAnswer;
    const typed = { answer: typedAnswer, hinted, accepted: typedAccepted(index, fact, question.slot, hinted) };
    return { ...question, forms, answer, typed };
  });
}

function questionFor(context: GenerationContext, fact: LoadedFact): { stem: string; slot: Slot } | null {
  const slot = questionSlot(context.index, fact);
  if (slot && fact.question) {
    // A question about the date must not be handed its own date.
    const stem = slot.kind === "date" ? fact.question.replace(/\s+/g, " ").trim() : stemWithDate(fact.question, fact);
    return { stem, slot };
  }
  if (fact.kind === "quantity" && fact.quantity) {
    return { stem: `${capitalise(factDatePhrase(fact))}, what was the figure for ${fact.quantity.counts}?`, slot: { kind: "quantity" } };
  }
  return null;
}

/** What the fact's choice (`isChosen`) or typed item asks, as `finishItem` records it, without drawing options. */
export function questionAsk(context: GenerationContext, fact: LoadedFact, isChosen: boolean): ItemAsk | null {
  return memoiseForFact(context.index, fact, isChosen ? "question-ask|chosen" : "question-ask|typed", () => {
    const question = factQuestion(context, fact);
    if (!question) return null;
    const { stem, slot, forms, answer, typed } = question;
    return singleAnswerAsk(stem, {
      expected: isChosen ? answer : typed.answer,
      answerTexts: slot.kind === "entity" ? [] : forms,
      answerNames: isChosen ? (slot.kind === "entity" ? forms : []) : typedAnswerNames(slot, forms, typed.accepted),
      isChosen,
    });
  });
}

/**
 * How the fact's text writes the slot's entity, when that is one of the entity's names, with the
 * words before the mark that belong to the name: "Afghan [Taliban](afghan-taliban) fighters" writes "Afghan Taliban".
 */
function writtenName(index: PackIndex, fact: LoadedFact, slot: Slot): string | null {
  if (slot.kind !== "entity") return null;
  const mark = fact.marks.find(({ ref }) => ref.type === "entity" && ref.id === slot.entityId);
  if (!mark) return null;
  const entity = index.entityById.get(slot.entityId);
  const names = new Set((entity ? entityNames(index, entity) : []).map(normaliseAnswer));
  const wordsBefore = fact.plainText.slice(0, mark.start).split(/\s+/).filter(Boolean);
  let written: string | null = names.has(normaliseAnswer(mark.text)) ? mark.text : null;
  // Only capitalised words belong to a name: not "the", nor a possessive ("Pakistan's military").
  for (let count = 1; count <= wordsBefore.length; count++) {
    const word = wordsBefore[wordsBefore.length - count] ?? "";
    if (!/^\p{Lu}/u.test(word) || /['’]s$/.test(word)) break;
    const longer = `${wordsBefore.slice(-count).join(" ")} ${mark.text}`;
    if (names.has(normaliseAnswer(longer))) written = longer;
  }
  return written;
}

/**
 * Whether the fact's choice is "which of these statements is true?", where that can be built: the fact
 * has no question, or one whose answer is one of the pack's own countries, which a learner picks
 * whenever it is offered (the question is then asked only where the statements cannot be).
 */
export function asksWhichIsTrue(context: GenerationContext, fact: LoadedFact): boolean {
  const question = factQuestion(context, fact);
  return !question || isEverywhereSlot(context.index, question.slot);
}

/**
 * A four-option multiple-choice item, or three options when the bank can prove only two distractors
 * wrong (three options test about as well as four: Rodriguez 2005, a meta-analysis of 80 years of
 * studies); null when it proves fewer.
 */
export function multipleChoiceItem(context: GenerationContext, fact: LoadedFact): GeneratedItem | null {
  const { index } = context;
  const question = factQuestion(context, fact);
  if (asksWhichIsTrue(context, fact)) {
    const item = trueStatementItem(context, fact);
    if (item || !question) return item;
  }
  if (!question) return null;
  const { stem, slot, forms, answer } = question;

  const rng = itemRng(context, "multiple-choice", [fact.id]);
  const candidates = rankedEntries(slotDistractorTexts(index, fact, slot, stem));
  const distractors = pickSimilar(rng, answer, candidates, 3) ?? pickSimilar(rng, answer, candidates, 2);
  if (!distractors) return null;
  const shuffled = shuffleOptions(rng, answer, distractors, { capitalise: true, candidates });
  if (!shuffled) return null;

  // The options give a figure in digits; where the text spells it out ("two border guards"), the explanation adds the digits.
  const writtenFigure = fact.marks.find((mark) => mark.ref.type === "quantity")?.text ?? "";
  const quantityNote = fact.quantity && slot.kind === "quantity" && !writtenFigure.includes(answer) ? ` In figures: ${formatQuantity(fact.quantity)}.` : "";
  return finishItem(
    context,
    { type: "multiple-choice", prompt: stem, options: shuffled.options },
    {
      facts: [fact],
      answer: { kind: "option", optionId: shuffled.correctId },
      expected: shuffled.options.find((option) => option.id === shuffled.correctId)?.text ?? answer,
      explanation: `${fact.plainText}${quantityNote}`,
      score: 0.3 + precisionWeight(fact) + (slot.kind === "entity" ? 0 : 0.05),
      answerTexts: slot.kind === "entity" ? [] : forms,
      answerNames: slot.kind === "entity" ? forms : [],
      // As typed (short-answer.ts): one of the pack's own countries is never a wrong option, since
      // nearly every fact involves them, so "pick Pakistan whenever it is offered" is always right.
      isLastResort: isEverywhereSlot(index, slot),
    },
  );
}
