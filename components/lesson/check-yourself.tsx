"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { PendingAnswer } from "@/components/quiz/answer-queue";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { feedbackFromBody } from "@/components/quiz/feedback-from-body";
import { ItemQuestion } from "@/components/quiz/item-question";
import { initialDraft, isCompleteAnswer, normaliseDraft } from "@/components/quiz/item-response";
import type { ItemFeedback, ItemResponse, RunnerItem } from "@/components/quiz/types";
import { useAnswerQueue } from "@/components/quiz/use-answer-queue";

/**
 * The lesson's "check yourself" questions, answered inline. They belong to a
 * small check attempt on the server, which grades each answer: the page
 * never holds a key. Answers go through the same offline queue as a quiz.
 */
export function CheckYourself({ attemptId, items }: { attemptId: string; items: RunnerItem[] }) {
  const [feedbackById, setFeedbackById] = useState<Record<string, ItemFeedback | null>>(() =>
    Object.fromEntries(items.map((entry) => [entry.item.id, entry.feedback])),
  );
  const [drafts, setDrafts] = useState<Record<string, ItemResponse | null>>(() =>
    Object.fromEntries(items.map((entry) => [entry.item.id, entry.answer ?? initialDraft(entry.item)])),
  );
  const [hints, setHints] = useState<Record<string, string>>({});
  // The item whose "Check" was pressed: its feedback takes focus when it comes (and so is read out), since the button
  // it replaces had it and focus fell to the page (UX review).
  const awaitingFeedbackRef = useRef<string | null>(null);

  const onAcknowledged = useCallback((answer: PendingAnswer, body: unknown) => {
    setFeedbackById((current) => ({ ...current, [answer.itemId]: feedbackFromBody(body) }));
  }, []);
  const onRejected = useCallback((answer: PendingAnswer, message: string) => {
    setHints((current) => ({ ...current, [answer.itemId]: message }));
  }, []);
  const queue = useAnswerQueue({ attemptId, onAcknowledged, onRejected });

  function check(entry: RunnerItem) {
    const draft = drafts[entry.item.id] ?? null;
    if (!isCompleteAnswer(entry.item, draft)) {
      setHints((current) => ({ ...current, [entry.item.id]: "Choose or type an answer first." }));
      return;
    }
    setHints((current) => ({ ...current, [entry.item.id]: "" }));
    awaitingFeedbackRef.current = entry.item.id;
    queue.enqueue(entry.item.id, normaliseDraft(draft));
  }

  useEffect(() => {
    const id = awaitingFeedbackRef.current;
    if (!id || !feedbackById[id]) return;
    awaitingFeedbackRef.current = null;
    document.getElementById(`check-${id}-feedback-panel`)?.focus();
  }, [feedbackById]);

  const answered = items.filter((entry) => feedbackById[entry.item.id]).length;
  const right = items.filter((entry) => feedbackById[entry.item.id]?.correct).length;

  return (
    <div className="flex flex-col gap-4">
      <p className="text-muted" aria-live="polite">
        {answered === items.length ? `All ${items.length} checked: ${right} right.` : `${answered} of ${items.length} checked.`}
        {queue.status === "offline" || queue.status === "retrying" ? " Offline — your answers are kept and will be sent." : ""}
      </p>
      <ol className="flex flex-col gap-4">
        {items.map((entry, position) => {
          const id = entry.item.id;
          const feedback = feedbackById[id] ?? null;
          const isPending = queue.pending.some((answer) => answer.itemId === id);
          const isLocked = Boolean(feedback) || isPending;
          return (
            <li key={id} data-item-type={entry.item.type} className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-line bg-surface p-4">
              <p className="text-sm font-semibold text-muted">Question {position + 1}</p>
              <ItemQuestion
                item={entry.item}
                idPrefix={`check-${id}`}
                draft={drafts[id] ?? null}
                onDraftChange={(next) => setDrafts((current) => ({ ...current, [id]: next }))}
                onSubmit={() => check(entry)}
                isLocked={isLocked}
                feedback={feedback}
                headingLevel={3}
              />
              {hints[id] ? (
                <p role="status" className="font-medium text-warn">
                  {hints[id]}
                </p>
              ) : null}
              {feedback ? (
                <div id={`check-${id}-feedback-panel`} tabIndex={-1} className="focus:outline-none">
                  <FeedbackPanel feedback={feedback} headingId={`check-${id}-feedback`} />
                </div>
              ) : (
                <Button onClick={() => check(entry)} disabled={isPending} className="self-stretch sm:self-start">
                  {isPending ? "Checking…" : "Check"}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {/* Said again where the last answer is: on a phone the count above is screens away by then (UX review). */}
      {answered === items.length ? (
        <p className="font-semibold" data-testid="check-score-end">
          {right === items.length ? `Every one right: ${right} of ${items.length}.` : `${right} of ${items.length} right: the lesson above holds the facts you missed.`}
        </p>
      ) : null}
    </div>
  );
}
