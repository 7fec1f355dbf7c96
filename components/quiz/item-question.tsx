"use client";

import type { AnswerFormat, ItemOption } from "@/lib/engine";
import { ChoiceInput, type OptionVerdict } from "./choice-input";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { TypedAnswerInput } from "./typed-answer-input";
import { itemTypeLabels, type ClientItem, type ItemFeedback, type ItemResponse } from "./types";

const trueFalseOptions: ItemOption[] = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

const statementClass = "mt-3 block rounded-lg bg-surface px-4 py-3 text-base font-normal leading-normal";

/** Whether a prompt begins by saying its type's label again: "True or false?", "Fill in the blank (May 2011)." */
function restatesTypeLabel(prompt: string, typeLabel: string): boolean {
  return prompt.toLowerCase().startsWith(typeLabel.toLowerCase());
}

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

  const typeLabel = itemTypeLabels[item.type];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        {/* Hidden from screen readers where the prompt says it again ("True or false", then "True or false?"). */}
        <p aria-hidden={restatesTypeLabel(item.prompt, typeLabel) || undefined} className="text-sm font-semibold uppercase tracking-wide text-muted">
          {typeLabel}
        </p>
        <Heading id={promptId} className="text-lg font-semibold leading-snug sm:text-xl">
          {item.prompt}{" "}
          {/* A statement or a blank's sentence is part of the heading: prompts such as "True or false?" are the same for
              every such item, and a lesson's check listed a run of identical headings (UX review). */}
          {renderStatement()}
        </Heading>
      </div>
      {renderInput()}
    </div>
  );

  function renderStatement() {
    if (item.type === "true-false") {
      return (
        <span className={`${statementClass} border-l-4 border-brand`} id={`${idPrefix}-statement`}>
          {item.statement}
        </span>
      );
    }
    if (item.type !== "cloze") return null;
    return (
      <span className={statementClass} id={`${idPrefix}-sentence`}>
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
      </span>
    );
  }

  /** Options to choose from: a choice item's, a blank's offered as a choice (the default draft), or True and False. */
  function renderOptions(
    options: ItemOption[],
    chosen = draft && "optionId" in draft ? draft.optionId : null,
    toDraft: (optionId: string) => ItemResponse = (optionId) => ({ optionId }),
  ) {
    return (
      <ChoiceInput
        name={`${idPrefix}-choice`}
        labelledBy={promptId}
        options={options}
        selectedId={chosen}
        onSelect={(optionId) => onDraftChange(toDraft(optionId))}
        isLocked={isLocked}
        verdictOf={(option) => verdictOf(option, chosen)}
      />
    );
  }

  /** A typed answer: a short answer's, or a blank's not offered as a choice. */
  function renderTypedAnswer(typed: { hint: string; answerFormat: AnswerFormat }, label: string, describedBy?: string) {
    return (
      <TypedAnswerInput
        id={`${idPrefix}-text`}
        label={label}
        describedBy={describedBy}
        hint={typed.hint}
        answerFormat={typed.answerFormat}
        value={draft && "text" in draft ? draft.text : ""}
        onChange={(text) => onDraftChange({ text })}
        onSubmit={onSubmit}
        isLocked={isLocked}
      />
    );
  }

  function renderInput() {
    switch (item.type) {
      case "multiple-choice":
      case "cause-effect":
      case "attribution":
        return renderOptions(item.options);
      case "true-false":
        return renderOptions(trueFalseOptions, draft && "value" in draft ? String(draft.value) : null, (optionId) => ({ value: optionId === "true" }));
      case "short-answer":
        return renderTypedAnswer(item, "Your answer");
      case "cloze":
        if (item.options) return renderOptions(item.options);
        // The sentence with the blank describes the box, as it names the options' group: tabbing in, a screen
        // reader said "The missing words, type a name beginning with C", and not what was missing from what (UX review).
        return renderTypedAnswer(item, "The missing words", `${idPrefix}-sentence`);
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
