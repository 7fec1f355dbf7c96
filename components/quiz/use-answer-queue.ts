"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  loadPendingAnswers,
  newIdempotencyKey,
  retryDelayMs,
  savePendingAnswers,
  sendPendingAnswer,
  withAnswerQueued,
  withoutAnswer,
  type PendingAnswer,
} from "./answer-queue";
import type { ItemResponse } from "./types";

/** What the learner is told about their answers' journey to the server. */
export type SaveStatus = "idle" | "saving" | "saved" | "offline" | "retrying" | "signed-out" | "rejected";

interface Options {
  attemptId: string;
  /** Called with the server's body once it holds the answer (practice mode: the feedback). */
  onAcknowledged: (answer: PendingAnswer, body: unknown) => void;
  /** Called when the server refused an answer for good. */
  onRejected: (answer: PendingAnswer, message: string) => void;
}

/**
 * Sends answers one at a time, in the order given, through the offline queue.
 * Failed sends are retried with back-off, and at once when the browser comes
 * back online; answers left from an earlier visit are resent on mount.
 */
export function useAnswerQueue({ attemptId, onAcknowledged, onRejected }: Options) {
  const [pending, setPending] = useState<PendingAnswer[]>([]);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const queueRef = useRef<PendingAnswer[]>([]);
  const isSendingRef = useRef(false);
  const failuresRef = useRef(0);
  const retryTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The latest callbacks, so a retry scheduled earlier never calls a stale one.
  const callbacksRef = useRef({ onAcknowledged, onRejected });
  useEffect(() => {
    callbacksRef.current = { onAcknowledged, onRejected };
  });

  const replaceQueue = useCallback(
    (next: PendingAnswer[]) => {
      queueRef.current = next;
      savePendingAnswers(attemptId, next);
      setPending(next);
    },
    [attemptId],
  );

  const flush = useCallback(async (): Promise<void> => {
    if (isSendingRef.current) return;
    if (retryTimerRef.current) clearTimeout(retryTimerRef.current);
    retryTimerRef.current = null;
    isSendingRef.current = true;
    try {
      let sentAny = false;
      while (queueRef.current.length > 0) {
        const next = queueRef.current[0] as PendingAnswer;
        setStatus("saving");
        const outcome = await sendPendingAnswer(next);
        if (outcome.kind === "acknowledged" || outcome.kind === "rejected") {
          replaceQueue(withoutAnswer(queueRef.current, next.idempotencyKey));
          failuresRef.current = 0;
          if (outcome.kind === "acknowledged") {
            sentAny = true;
            setMessage(null);
            callbacksRef.current.onAcknowledged(next, outcome.body);
          } else {
            setStatus("rejected");
            setMessage(outcome.message);
            callbacksRef.current.onRejected(next, outcome.message);
          }
          continue;
        }
        if (outcome.kind === "signed-out") {
          setStatus("signed-out");
          setMessage(outcome.message);
          return;
        }
        failuresRef.current += 1;
        setStatus(outcome.isOffline ? "offline" : "retrying");
        retryTimerRef.current = setTimeout(() => void flush(), retryDelayMs(failuresRef.current));
        return;
      }
      if (sentAny) setStatus("saved");
    } finally {
      isSendingRef.current = false;
    }
  }, [replaceQueue]);

  useEffect(() => {
    const left = loadPendingAnswers(attemptId);
    queueRef.current = left;
    // localStorage exists only in the browser, so it is read after hydration (an initial state would differ from the server's HTML).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPending(left);
    if (left.length > 0) void flush();
    const retryNow = () => {
      failuresRef.current = 0;
      void flush();
    };
    window.addEventListener("online", retryNow);
    return () => {
      window.removeEventListener("online", retryNow);
      if (retryTimerRef.current) clearTimeout(retryTimerRef.current);
    };
  }, [attemptId, flush]);

  const enqueue = useCallback(
    (itemId: string, response: ItemResponse, timeMs?: number): PendingAnswer => {
      const answer: PendingAnswer = { attemptId, itemId, response, idempotencyKey: newIdempotencyKey(), timeMs, queuedAt: Date.now() };
      replaceQueue(withAnswerQueued(queueRef.current, answer));
      failuresRef.current = 0;
      void flush();
      return answer;
    },
    [attemptId, flush, replaceQueue],
  );

  return { pending, status, message, enqueue, retryNow: flush };
}
