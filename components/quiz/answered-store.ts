/**
 * The answers of an attempt that the server has acknowledged, with their
 * feedback where the mode shows it, kept on this device. Offline, the quiz
 * page may come from the copy the service worker saved when it was first
 * shown (public/sw.js): this store fills in what was answered since, so a
 * reload offline shows every answer given and resumes at the next open item.
 * The server's attempt stays the truth: the page only fills items its copy
 * shows unanswered, and on the saved copy of an assessment, whose answers may
 * change until it is submitted, replaces those changed here since.
 */
import { safeLocalStorage } from "./local-storage";
import type { ItemFeedback, ItemResponse } from "./types";

export interface AnsweredRecord {
  answer: ItemResponse;
  feedback: ItemFeedback | null;
}

const storagePrefix = "groundwork:answered:v1:";

function isAnsweredRecord(value: unknown): value is AnsweredRecord {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.answer === "object" && candidate.answer !== null && (candidate.feedback === null || typeof candidate.feedback === "object");
}

/** This attempt's acknowledged answers, by item id; none when nothing (or nothing readable) is stored. */
export function loadAnswered(attemptId: string, storage: Storage | undefined = safeLocalStorage()): Record<string, AnsweredRecord> {
  if (!storage) return {};
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storagePrefix + attemptId) ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, record]) => isAnsweredRecord(record)));
  } catch {
    // A corrupt entry must not break the quiz: the server's state is the truth.
    return {};
  }
}

// Quizzes left unfinished keep their entries: past this many, the others go, so abandoned quizzes cannot fill the device's quota.
const keptAttempts = 20;

export function rememberAnswered(attemptId: string, itemId: string, record: AnsweredRecord, storage: Storage | undefined = safeLocalStorage()): void {
  if (!storage) return;
  try {
    const others = storedKeys(storage).filter((key) => key !== storagePrefix + attemptId);
    if (others.length >= keptAttempts) for (const key of others) storage.removeItem(key);
    storage.setItem(storagePrefix + attemptId, JSON.stringify({ ...loadAnswered(attemptId, storage), [itemId]: record }));
  } catch {
    // Private mode or a full quota: only the offline reload loses this answer's display; the server has it.
  }
}

/** A finished attempt's answers: its result page has them now. */
export function forgetAnswered(attemptId: string, storage: Storage | undefined = safeLocalStorage()): void {
  storage?.removeItem(storagePrefix + attemptId);
}

/** Every attempt's, when a page is shown signed out: the next person on this device must not see them. */
export function forgetAllAnswered(storage: Storage | undefined = safeLocalStorage()): void {
  if (!storage) return;
  for (const key of storedKeys(storage)) storage.removeItem(key);
}

function storedKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, position) => storage.key(position) ?? "").filter((key) => key.startsWith(storagePrefix));
}
