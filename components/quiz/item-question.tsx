"use client";

import type { ItemOption } from "@/lib/engine";
import { ChoiceInput, type OptionVerdict } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { TypedAnswerInput } from "./typed-answer-input";
import { itemTypeLabels, type ClientItem, type ItemFeedback, type ItemResponse } from "./types";

const trueFalseOptions: ItemOption[] = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

/**
 * One question: its prompt as a heading and the input its type needs. The
 * draft is owned by the caller (the quiz runner or a lesson check), so the
 * same question works one-per-screen and inline.
 */
export function ItemQuestion({
  item,
  idPrefix,
  draft,
  onDraftChange,
  onSubmit,
  isLocked,
  feedback,
  headingLevel = 2,
}: {
  item: ClientItem;
  idPrefix: string;
  draft: ItemResponse | null;
  onDraftChange: (draft: ItemResponse) => void;
  /** Enter in a text field. */
  onSubmit: () => void;
  isLocked: boolean;
  feedback: ItemFeedback | null;
  headingLevel?: 2 | 3;
}) {
  const promptId = `${idPrefix}-prompt`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const verdictOf = (option: ItemOption, chosenId: string | null): OptionVerdict => {
    if (!feedback) return null;
    if (option.id === chosenId) return feedback.correct ? "chosen-right" : "chosen-wrong";
    return !feedback.correct && option.text === feedback.expected ? "expected" : null;
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{itemTypeLabels[item.type]}</p>
        <Heading id={promptId} className="text-lg font-semibold leading-snug sm:text-xl">
          {item.prompt}
        </Heading>
      </div>
      {renderInput()}
    </div>
  );

  function renderInput() {
    switch (item.type) {
      case "multiple-choice":
      case "cause-effect":
      case "attribution": {
        const chosen = draft && "optionId" in draft ? draft.optionId : null;
        return (
          <ChoiceInput
            name={`${idPrefix}-choice`}
            labelledBy={promptId}
            options={item.options}
            selectedId={chosen}
            onSelect={(optionId) => onDraftChange({ optionId })}
            isLocked={isLocked}
            verdictOf={(option) => verdictOf(option, chosen)}
          />
        );
      }
      case "true-false": {
        const chosen = draft && "value" in draft ? String(draft.value) : null;
        return (
          <>
            <blockquote className="rounded-lg border-l-4 border-brand bg-surface px-4 py-3 text-base" id={`${idPrefix}-statement`}>
              {item.statement}
            </blockquote>
            <ChoiceInput
              name={`${idPrefix}-tf`}
              labelledBy={`${promptId} ${idPrefix}-statement`}
              options={trueFalseOptions}
              selectedId={chosen}
              onSelect={(optionId) => onDraftChange({ value: optionId === "true" })}
              isLocked={isLocked}
              verdictOf={(option) => verdictOf(option, chosen)}
            />
          </>
        );
      }
      case "short-answer":
        return (
          <TypedAnswerInput
            id={`${idPrefix}-text`}
            label="Your answer"
            hint={item.hint}
            answerFormat={item.answerFormat}
            value={draft && "text" in draft ? draft.text : ""}
            onChange={(text) => onDraftChange({ text })}
            onSubmit={onSubmit}
            isLocked={isLocked}
          />
        );
      case "cloze": {
        const sentence = (
          <p className="rounded-lg bg-surface px-4 py-3 text-base" id={`${idPrefix}-sentence`}>
            {item.before}
            <span className="mx-1 inline-block min-w-16 border-b-2 border-ink align-baseline">
              {draft && "text" in draft && draft.text ? (
                <span className="font-semibold">{draft.text}</span>
              ) : (
                <>
                  <span className="sr-only">(blank)</span>
                  <span aria-hidden="true">&nbsp;</span>
                </>
              )}
            </span>
            {item.after}
          </p>
        );
        if (item.options) {
          const chosen = draft && "optionId" in draft ? draft.optionId : null;
          return (
            <>
              {sentence}
              <ChoiceInput
                name={`${idPrefix}-cloze`}
                labelledBy={`${promptId} ${idPrefix}-sentence`}
                options={item.options}
                selectedId={chosen}
                onSelect={(optionId) => onDraftChange({ optionId })}
                isLocked={isLocked}
                verdictOf={(option) => verdictOf(option, chosen)}
              />
            </>
          );
        }
        return (
          <>
            {sentence}
            <TypedAnswerInput
              id={`${idPrefix}-text`}
              label="The missing words"
              // The sentence with the blank describes the box, as it names the options' group: tabbing in, a screen
              // reader said "The missing words, type a name beginning with C", and not what was missing from what (UX review).
              describedBy={`${idPrefix}-sentence`}
              hint={item.hint}
              answerFormat={item.answerFormat}
              value={draft && "text" in draft ? draft.text : ""}
              onChange={(text) => onDraftChange({ text })}
              onSubmit={onSubmit}
              isLocked={isLocked}
            />
          </>
        );
      }
      case "ordering":
        // Graded, the feedback gives the answer event by event (or pair by pair), marked: the locked input would show it twice.
        if (feedback?.parts) return null;
        return (
          <OrderingInput
            labelledBy={promptId}
            events={item.events}
            order={draft && "order" in draft ? draft.order : item.events.map((event) => event.id)}
            onChange={(order) => onDraftChange({ order })}
            isLocked={isLocked}
          />
        );
      case "matching":
        if (feedback?.parts) return null;
        return (
          <MatchingInput
            idPrefix={idPrefix}
            labelledBy={promptId}
            matchKind={item.matchKind}
            left={item.left}
            right={item.right}
            pairs={draft && "pairs" in draft ? draft.pairs : {}}
            onChange={(pairs) => onDraftChange({ pairs })}
            isLocked={isLocked}
          />
        );
    }
  }
}
