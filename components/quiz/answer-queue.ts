/**
 * The offline answer queue: every answer is written to localStorage with its
 * idempotency key BEFORE it is sent, and removed only when the server has
 * acknowledged it. A lost connection, a reload or a closed tab therefore
 * loses nothing, and a resend after a timeout cannot record an answer twice
 * (the server stores one response per user and idempotency key).
 *
 * No React here, so the rules can be read (and tested) on their own;
 * use-answer-queue.ts drives it from the quiz runner.
 */
import { safeLocalStorage } from "./local-storage";
import type { ItemResponse } from "./types";

export interface PendingAnswer {
  attemptId: string;
  itemId: string;
  response: ItemResponse;
  /** One per (attempt, item, answer): a changed answer gets a new key, a resend keeps it. */
  idempotencyKey: string;
  /** Milliseconds the learner spent on the item, when known. */
  timeMs?: number;
  queuedAt: number;
}

/** What happened to one send. */
export type SendOutcome =
  | { kind: "acknowledged"; body: unknown }
  /** Offline, timed out, 5xx or 429: keep it and try again later. */
  | { kind: "retry"; isOffline: boolean }
  /** The session ended: keep it (it is sent after signing in again) but stop retrying. */
  | { kind: "signed-out"; message: string }
  /** The server refused it for good (attempt closed, invalid answer): drop it. */
  | { kind: "rejected"; message: string };

const storagePrefix = "groundwork:pending-answers:v1:";

function storageKey(attemptId: string): string {
  return `${storagePrefix}${attemptId}`;
}

function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.attemptId === "string" &&
    typeof candidate.itemId === "string" &&
    typeof candidate.idempotencyKey === "string" &&
    typeof candidate.response === "object" &&
    candidate.response !== null
  );
}

/** The answers of this attempt that the server has not acknowledged yet (oldest first). */
export function loadPendingAnswers(attemptId: string, storage: Storage | undefined = safeLocalStorage()): PendingAnswer[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(storageKey(attemptId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isPendingAnswer).filter((answer) => answer.attemptId === attemptId) : [];
  } catch {
    // A corrupt entry must not break the quiz; the server's state is the truth.
    return [];
  }
}

export function savePendingAnswers(attemptId: string, answers: readonly PendingAnswer[], storage: Storage | undefined = safeLocalStorage()): void {
  if (!storage) return;
  try {
    if (answers.length === 0) storage.removeItem(storageKey(attemptId));
    else storage.setItem(storageKey(attemptId), JSON.stringify(answers));
  } catch {
    // Private mode or a full quota: the answer still goes out from memory.
  }
}

/**
 * Adds an answer, replacing an unsent older answer to the same item (only the
 * latest answer to an item matters; the older one never reached the server).
 */
export function withAnswerQueued(queue: readonly PendingAnswer[], answer: PendingAnswer): PendingAnswer[] {
  return [...queue.filter((pending) => pending.itemId !== answer.itemId), answer];
}

export function withoutAnswer(queue: readonly PendingAnswer[], idempotencyKey: string): PendingAnswer[] {
  return queue.filter((pending) => pending.idempotencyKey !== idempotencyKey);
}

/** A random key (UUID v4). crypto.randomUUID needs a secure context, so fall back to getRandomValues on plain http. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function" && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Exponential back-off with jitter: about 1 s, 2 s, 4 s … capped at 30 s, so a flaky network is not hammered. */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

const sendTimeoutMs = 15_000;

/** Posts one answer to the attempt's JSON route and classifies the outcome. */
export async function sendPendingAnswer(answer: PendingAnswer, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  const isOffline = typeof navigator !== "undefined" && navigator.onLine === false;
  if (isOffline) return { kind: "retry", isOffline: true };
  let response: Response;
  try {
    response = await fetcher(`/api/attempts/${encodeURIComponent(answer.attemptId)}/answers`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": answer.idempotencyKey },
      body: JSON.stringify({
        itemId: answer.itemId,
        response: answer.response,
        idempotencyKey: answer.idempotencyKey,
        ...(answer.timeMs !== undefined ? { timeMs: answer.timeMs } : {}),
      }),
      credentials: "same-origin",
      signal: AbortSignal.timeout(sendTimeoutMs),
    });
  } catch {
    // Network failure or timeout: the request may or may not have arrived; the key makes a resend safe.
    return { kind: "retry", isOffline: typeof navigator !== "undefined" && navigator.onLine === false };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { kind: "acknowledged", body };
  if (response.status === 401) return { kind: "signed-out", message: messageOf(body) ?? "Your session has ended. Sign in again to save your answers." };
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: "retry", isOffline: false };
  return { kind: "rejected", message: messageOf(body) ?? "This answer could not be saved." };
}

/** The user-facing message of an error body ({ message } or { error: { message } }). */
export function messageOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.message === "string") return record.message;
  if (typeof record.error === "string") return record.error;
  if (typeof record.error === "object" && record.error !== null && typeof (record.error as Record<string, unknown>).message === "string") {
    return (record.error as Record<string, string>).message;
  }
  return undefined;
}
