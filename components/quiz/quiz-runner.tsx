"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type RefObject } from "react";
import { SavedCopyNotice, useSavedCopy } from "@/components/offline/saved-copy-notice";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { countLabel } from "@/lib/format/count-label";
import { loadPendingAnswers, messageOf, type PendingAnswer } from "./answer-queue";
import { loadAnswered, rememberAnswered } from "./answered-store";
import { FeedbackPanel } from "./feedback-panel";
import { feedbackFromBody } from "./feedback-from-body";
import { ItemQuestion } from "./item-question";
import { TimeLeft, type TimeLimit } from "./time-left";
import { initialDraft, isCompleteAnswer, normaliseDraft } from "./item-response";
import type { FinishState, ItemFeedback, ItemResponse, QuizMode, RunnerItem } from "./types";
import { useAnswerQueue, type SaveStatus } from "./use-answer-queue";

interface ItemRecord {
  /** The answer the server holds (or the latest one sent). */
  answer: ItemResponse | null;
  feedback: ItemFeedback | null;
}

/**
 * Runs one attempt, one item per screen: the learner answers, the answer goes
 * through the offline queue, and in practice mode the server's grade comes
 * back as feedback. Assessment mode keeps answers editable and shows nothing
 * until the whole attempt is submitted. Everything shown comes from the
 * server's attempt view: no key, no explanation before an answer.
 */
export function QuizRunner({
  attemptId,
  mode,
  items,
  finishAction,
  signInHref,
  submitNote = "Your score and the answers appear after you submit.",
  timeLimit,
}: {
  attemptId: string;
  mode: QuizMode;
  items: RunnerItem[];
  /** Submits the attempt; redirects to the result on success. */
  finishAction: () => Promise<FinishState>;
  signInHref: string;
  /** Beside Submit on an assessment: when the score and the answers show. */
  submitNote?: string;
  /** A timed attempt's clock: at its limit the quiz takes no more answers. */
  timeLimit?: TimeLimit;
}) {
  const showsFeedback = mode !== "assessment";
  const [records, setRecords] = useState<Record<string, ItemRecord>>(() =>
    Object.fromEntries(items.map((entry) => [entry.item.id, { answer: entry.answer, feedback: entry.feedback }])),
  );
  // Only what the learner has edited on this visit; otherwise the draft shown is derived (see draftOf).
  const [drafts, setDrafts] = useState<Record<string, ItemResponse>>({});
  const [index, setIndex] = useState(() => {
    const firstOpen = items.findIndex((entry) => !entry.answer);
    return firstOpen === -1 ? Math.max(0, items.length - 1) : firstOpen;
  });
  const [hint, setHint] = useState<string | null>(null);
  const [finishMessage, setFinishMessage] = useState<string | null>(null);
  // Whether that message asks the learner to wait for answers still on this device: it is out of date once they are sent.
  const [isWaitingToFinish, setIsWaitingToFinish] = useState(false);
  const [isFinishing, startFinishing] = useTransition();
  const shownAtRef = useRef<number>(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackFocusRef = useRef<string | null>(null);
  const [hasReachedServer, setHasReachedServer] = useState(false);
  // Past the limit every control that answers or hands in is gone: a late answer was still taken within the
  // server's grace for answers already on their way, and "Submit quiz" offered to hand in work handed in (UX review).
  const [isTimeUp, setIsTimeUp] = useState(false);

  const onAcknowledged = useCallback(
    (answer: PendingAnswer, body: unknown) => {
      const feedback = showsFeedback ? feedbackFromBody(body) : null;
      if (showsFeedback && feedback) feedbackFocusRef.current = answer.itemId;
      setRecords((current) => ({ ...current, [answer.itemId]: { answer: answer.response, feedback } }));
      // For a reload from the offline copy.
      rememberAnswered(attemptId, answer.itemId, { answer: answer.response, feedback });
      setHasReachedServer(true);
    },
    [attemptId, showsFeedback],
  );
  const onRejected = useCallback((answer: PendingAnswer) => {
    // The server refused the answer (e.g. the attempt was closed elsewhere): keep the learner's choice on screen.
    setDrafts((current) => ({ ...current, [answer.itemId]: answer.response }));
  }, []);
  const queue = useAnswerQueue({ attemptId, onAcknowledged, onRejected });
  const pendingByItem = useMemo(() => new Map(queue.pending.map((answer) => [answer.itemId, answer])), [queue.pending]);

  // Newest first: this visit's edit, an answer kept on this device and still being sent, the server's answer, the starting state.
  const draftOf = (entry: RunnerItem): ItemResponse | null =>
    drafts[entry.item.id] ?? pendingByItem.get(entry.item.id)?.response ?? records[entry.item.id]?.answer ?? initialDraft(entry.item);

  useEffect(() => {
    shownAtRef.current = Date.now();
  }, [index]);

  // A page from the offline copy saved earlier shows the answers of that moment: add those acknowledged since
  // and those still waiting to be sent, and resume at the first item with neither.
  const savedCopy = useSavedCopy();
  useEffect(() => {
    const answeredHere = loadAnswered(attemptId);
    const waiting = new Set(loadPendingAnswers(attemptId).map((answer) => answer.itemId));
    // An assessment answer may have changed since the copy was saved: on the copy, this device's later answer wins.
    // On the server's own page, the server's answer stands (another tab may have changed it since).
    const isOutdated = (entry: RunnerItem) => !entry.answer || (savedCopy !== null && !showsFeedback);
    const filledIn = items.flatMap((entry) => {
      const record = isOutdated(entry) ? answeredHere[entry.item.id] : undefined;
      return record ? [[entry.item.id, record] as const] : [];
    });
    if (filledIn.length === 0 && waiting.size === 0) return;
    // localStorage exists only in the browser, so it is read after hydration (an initial state would differ from the server's HTML).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRecords((current) => ({ ...current, ...Object.fromEntries(filledIn) }));
    const firstOpen = items.findIndex((entry) => !entry.answer && !answeredHere[entry.item.id] && !waiting.has(entry.item.id));
    setIndex(firstOpen === -1 ? items.length - 1 : firstOpen);
  }, [attemptId, items, savedCopy, showsFeedback]);

  const current = items[index];
  const currentId = current?.item.id ?? "";
  const record = records[currentId];
  const isPending = pendingByItem.has(currentId);
  const hasAnswer = Boolean(record?.answer) || isPending;
  // Practice answers are final once given; assessment answers may change until submission, or the time limit.
  const isLocked = (showsFeedback && hasAnswer) || isTimeUp;
  const feedback = showsFeedback ? (record?.feedback ?? null) : null;
  // A practice answer on its way to the server: its "Next question" would sit under the thumb that just pressed
  // "Check answer", and a second tap skipped the feedback (UX review). Offline, the learner may go on meanwhile.
  const isChecking = showsFeedback && isPending && !feedback && queue.status === "saving";
  const answeredCount = items.filter((entry) => records[entry.item.id]?.answer || pendingByItem.has(entry.item.id)).length;
  const isLast = index === items.length - 1;

  useEffect(() => {
    if (feedback && feedbackFocusRef.current === currentId) {
      feedbackFocusRef.current = null;
      // The verdict's heading on screen: the browser's own scroll to a focused panel taller than the
      // space above the phone's action bar showed its body without "Not quite" (UX review). A heading
      // already in view stays put, with the question above it.
      const panel = document.getElementById(`feedback-${currentId}`);
      panel?.focus({ preventScroll: true });
      const top = panel?.getBoundingClientRect().top ?? 0;
      if (top < 0 || top > window.innerHeight - 160) panel?.scrollIntoView({ block: "start" });
    }
  }, [feedback, currentId]);

  if (!current) return <Alert tone="warn">This quiz has no questions.</Alert>;
  const draft = draftOf(current);

  function goTo(nextIndex: number) {
    setHint(null);
    setIndex(nextIndex);
    // Move focus to the new question so keyboard and screen-reader users start there.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  /** Leaving a question by Previous, Skip or the question list: an assessment keeps the answer on screen first. */
  function leaveTo(nextIndex: number) {
    keepUnsavedAnswer();
    goTo(nextIndex);
  }

  /**
   * In an assessment, an answer chosen but not saved is saved as the learner leaves the question or
   * submits: it stays chosen on screen, so it must count (UX review: a choice left by "Skip" showed as
   * chosen and was handed in as unanswered). Practice waits for "Check answer", as its label says.
   * True when it queued one.
   */
  function keepUnsavedAnswer(): boolean {
    const edited = drafts[currentId];
    if (showsFeedback || isTimeUp || !current || edited === undefined || !isCompleteAnswer(current.item, edited)) return false;
    const response = normaliseDraft(edited);
    const saved = pendingByItem.get(currentId)?.response ?? record?.answer;
    if (saved && JSON.stringify(normaliseDraft(saved)) === JSON.stringify(response)) return false;
    sendAnswer(response);
    return true;
  }

  function submitCurrent() {
    if (!current || isLocked) return;
    if (!isCompleteAnswer(current.item, draft)) {
      setHint(current.item.type === "matching" ? "Match every item first." : "Choose or type an answer first.");
      return;
    }
    setHint(null);
    sendAnswer(normaliseDraft(draft));
    if (!showsFeedback && !isLast) goTo(index + 1);
  }

  /** Queues the current question's answer; an assessment shows it as given at once, having no feedback to wait for. */
  function sendAnswer(response: ItemResponse) {
    queue.enqueue(currentId, response, Math.max(0, Date.now() - shownAtRef.current));
    if (!showsFeedback) setRecords((all) => ({ ...all, [currentId]: { answer: response, feedback: null } }));
  }

  function finish() {
    setFinishMessage(null);
    const saving = queue.pending.length + (keepUnsavedAnswer() ? 1 : 0);
    setIsWaitingToFinish(saving > 0);
    if (saving > 0) {
      void queue.retryNow();
      const answers = saving === 1 ? "One answer is" : `${saving} answers are`;
      // Offline, "being saved" read as if waiting would do it: the answers wait for the connection; signed out,
      // for the learner to sign in again, which a line off screen on a phone said (UX reviews).
      setFinishMessage(
        queue.status === "offline" || queue.status === "retrying"
          ? `${answers} kept on this device until the connection is back. Finish once ${saving === 1 ? "it has" : "they have"} been sent.`
          : queue.status === "signed-out"
            ? `${answers} kept on this device: your session has ended. Sign in again to send ${saving === 1 ? "it" : "them"}, then finish.`
            : `${answers} still being saved. Try again once they are saved.`,
      );
      return;
    }
    const unanswered = items.length - answeredCount;
    if (unanswered > 0 && !window.confirm(unansweredWarning(unanswered, mode))) return;
    startFinishing(async () => {
      try {
        const result = await finishAction();
        if (!result.ok) setFinishMessage(result.message);
      } catch (error) {
        // A redirect from the action is not an error; anything else is most likely the network.
        if (isRedirectError(error)) throw error;
        setFinishMessage(messageOf(error) ?? "Could not reach the server. Check your connection and try again.");
      }
    });
  }

  /** At the limit, an answer chosen on screen but not yet saved goes with the rest: it was given in time. */
  function stopAtTimeLimit() {
    keepUnsavedAnswer();
    setIsTimeUp(true);
    setHint(null);
    setFinishMessage(null);
    setIsWaitingToFinish(false);
  }

  const primaryLabel = showsFeedback ? "Check answer" : isLast ? "Save answer" : "Save and next";

  return (
    <div className="flex flex-col gap-3 pb-28 sm:gap-4 sm:pb-4">
      {timeLimit ? <TimeLeft {...timeLimit} onTimeUp={stopAtTimeLimit} /> : null}
      <SavedCopyNotice page="quiz" copy={savedCopy} hasReachedServer={hasReachedServer} />
      <QuizProgress index={index} total={items.length} answered={answeredCount} headingRef={headingRef} />
      <SaveStatusLine status={queue.status} message={queue.message} pendingCount={queue.pending.length} signInHref={signInHref} />

      <section aria-labelledby={`q-${currentId}-prompt`} data-item-type={current.item.type} className="flex flex-col gap-4 rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:p-6">
        <ItemQuestion
          key={currentId}
          item={current.item}
          idPrefix={`q-${currentId}`}
          draft={draft}
          onDraftChange={(next) => setDrafts((all) => ({ ...all, [currentId]: next }))}
          onSubmit={submitCurrent}
          isLocked={isLocked}
          feedback={feedback}
          headingLevel={3}
        />
        {hint ? (
          <p role="status" className="font-medium text-warn">
            {hint}
          </p>
        ) : null}
        {showsFeedback && isPending && !feedback && !isChecking ? (
          <p role="status" className="text-muted">
            Your answer is kept on this device; its feedback appears as soon as it is saved.
          </p>
        ) : null}
        {!showsFeedback && hasAnswer ? <p className="text-sm text-muted">Answer saved. You can change it until you submit.</p> : null}
        {feedback ? (
          <div id={`feedback-${currentId}`} tabIndex={-1} className="scroll-mt-4 focus:outline-none">
            <FeedbackPanel feedback={feedback} headingId={`feedback-${currentId}-heading`} />
          </div>
        ) : null}
      </section>

      {/* Once the answers it waited for are sent, the notice by the button says so: it went on asking to wait after
          the status line read "Back online" (UX review). */}
      {isWaitingToFinish && queue.pending.length === 0 ? (
        <Alert tone="good">Every answer has reached the server: you can finish now.</Alert>
      ) : finishMessage ? (
        <Alert tone="warn">
          {finishMessage}
          {queue.status === "signed-out" ? (
            <>
              {" "}
              <a href={signInHref} className="font-semibold underline underline-offset-4">
                Sign in again
              </a>
            </>
          ) : null}
        </Alert>
      ) : null}

      {/* Thumb reach: the main actions sit at the bottom of the screen on phones. */}
      {isTimeUp ? null : (
        <div className="fixed inset-x-0 bottom-0 z-10 border-t border-line bg-canvas/95 px-4 py-3 backdrop-blur sm:static sm:border-0 sm:bg-transparent sm:p-0">
          <div className="mx-auto flex max-w-5xl items-center gap-2">
            <Button variant="secondary" onClick={() => leaveTo(index - 1)} disabled={index === 0} aria-label="Previous question" className="px-3">
              <span aria-hidden="true">←</span>
              <span className="hidden sm:inline">Previous</span>
            </Button>
            {isChecking ? (
              <Button disabled className="flex-1 sm:flex-none">
                Checking…
              </Button>
            ) : isLocked ? (
              isLast ? (
                <Button onClick={finish} disabled={isFinishing} className="flex-1 sm:flex-none">
                  {isFinishing ? "Finishing…" : "See results"}
                </Button>
              ) : (
                <Button onClick={() => goTo(index + 1)} className="flex-1 sm:flex-none">
                  Next question <span aria-hidden="true">→</span>
                </Button>
              )
            ) : (
              <Button onClick={submitCurrent} className="flex-1 sm:flex-none">
                {primaryLabel}
              </Button>
            )}
            {!isLast && !isLocked ? (
              <Button variant="secondary" onClick={() => leaveTo(index + 1)} aria-label="Skip to the next question" className="px-3">
                {/* Said on phones too: a bare arrow beside "Check answer" read as "next" (UX review). */}
                <span>Skip</span>
                <span aria-hidden="true">→</span>
              </Button>
            ) : null}
          </div>
        </div>
      )}

      <QuestionNavigator
        items={items}
        index={index}
        isAnswered={(id) => Boolean(records[id]?.answer) || pendingByItem.has(id)}
        onGo={leaveTo}
      />

      {!isTimeUp && (!showsFeedback || !(isLocked && isLast)) ? (
        <div className="flex flex-col gap-2 border-t border-line pt-4">
          <p className="text-muted">
            {answeredCount} of {items.length} answered.{" "}
            {showsFeedback ? "Finish whenever you are ready." : submitNote}
          </p>
          <Button variant={answeredCount === items.length ? "primary" : "secondary"} onClick={finish} disabled={isFinishing} className="self-start">
            {isFinishing ? "Submitting…" : mode === "review" ? "Finish review" : showsFeedback ? "Finish quiz" : "Submit quiz"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The confirmation before finishing with questions left. In a review an unanswered item leaves its fact's memory untouched, so the fact is still due: the message says so. */
function unansweredWarning(unanswered: number, mode: QuizMode): string {
  const left = `${unanswered} question${unanswered === 1 ? " is" : "s are"} not answered`;
  if (mode === "review") return `${left}: ${unanswered === 1 ? "it counts" : "they count"} as wrong in this score, and ${unanswered === 1 ? "its fact comes" : "their facts come"} back in your next review. Finish anyway?`;
  return `${left} and will count as wrong. Finish anyway?`;
}

/**
 * "Question 2 of 10" is the heading each question's focus moves to: on screen, so a keyboard user sees where focus
 * went (it was a hidden heading, and after a long feedback panel the page stayed scrolled down; UX review).
 */
function QuizProgress({ index, total, answered, headingRef }: { index: number; total: number; answered: number; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between text-sm font-medium">
        <h2 ref={headingRef} tabIndex={-1} className="scroll-mt-4 rounded">
          Question {index + 1} of {total}
        </h2>
        <span className="text-muted">{answered} answered</span>
      </div>
      <div aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-line">
        <div className="h-full rounded-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

const statusWords: Record<SaveStatus, string> = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline — will retry",
  retrying: "Could not reach the server — will retry",
  "signed-out": "",
  rejected: "",
};

/** Where the answers stand, announced politely so it never interrupts a question being read. */
function SaveStatusLine({ status, message, pendingCount, signInHref }: { status: SaveStatus; message: string | null; pendingCount: number; signInHref: string }) {
  const isTrouble = status === "offline" || status === "retrying";
  return (
    <div aria-live="polite" aria-atomic="true" className="min-h-5 text-sm" data-save-status={status}>
      {statusWords[status] ? (
        <p className={isTrouble ? "font-medium text-warn" : "text-muted"}>
          {statusWords[status]}
          {isTrouble && pendingCount > 0 ? ` (${countLabel(pendingCount, "answer")} kept on this device)` : ""}
        </p>
      ) : null}
      {status === "signed-out" ? (
        <p className="font-medium text-bad">
          {message} Your answers are kept on this device.{" "}
          <a href={signInHref} className="underline underline-offset-4">
            Sign in again
          </a>
        </p>
      ) : null}
      {status === "rejected" && message ? <p className="font-medium text-bad">{message}</p> : null}
    </div>
  );
}

function QuestionNavigator({
  items,
  index,
  isAnswered,
  onGo,
}: {
  items: RunnerItem[];
  index: number;
  isAnswered: (itemId: string) => boolean;
  onGo: (index: number) => void;
}) {
  return (
    <details className="rounded-lg border border-line">
      <DisclosureSummary className="px-3 font-medium">All questions</DisclosureSummary>
      <ol className="flex flex-wrap gap-2 p-3">
        {items.map((entry, position) => {
          const answered = isAnswered(entry.item.id);
          return (
            <li key={entry.item.id}>
              <button
                type="button"
                onClick={() => onGo(position)}
                aria-current={position === index ? "step" : undefined}
                aria-label={`Question ${position + 1}, ${answered ? "answered" : "not answered"}`}
                className={`size-11 rounded-lg border-2 font-semibold ${position === index ? "border-brand" : "border-line"} ${
                  answered ? "bg-brand-soft" : "bg-canvas"
                }`}
              >
                {position + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** Next.js signals redirect() from an action by throwing; it must propagate. */
function isRedirectError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT");
}
