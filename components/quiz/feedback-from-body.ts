import type { Citation } from "@/lib/engine";
import type { AnswerPart, ItemFeedback } from "./types";

/**
 * The feedback in the answer route's reply ({ feedback } when the mode shows
 * it), checked field by field: the body comes over the network, so it is
 * treated as untrusted input rather than cast.
 */
export function feedbackFromBody(body: unknown): ItemFeedback | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as Record<string, unknown>;
  const candidate = (record.feedback ?? record.result ?? record) as Record<string, unknown> | null;
  if (typeof candidate !== "object" || candidate === null || typeof candidate.correct !== "boolean") return null;
  const partial = candidate.partial as { correct?: unknown; total?: unknown } | undefined;
  return {
    correct: candidate.correct,
    yourAnswer: typeof candidate.yourAnswer === "string" ? candidate.yourAnswer : "",
    expected: typeof candidate.expected === "string" ? candidate.expected : "",
    explanation: typeof candidate.explanation === "string" ? candidate.explanation : "",
    citations: Array.isArray(candidate.citations) ? (candidate.citations as Citation[]) : [],
    ...(partial && typeof partial.correct === "number" && typeof partial.total === "number" ? { partial: { correct: partial.correct, total: partial.total } } : {}),
    ...(Array.isArray(candidate.parts) && candidate.parts.every(isAnswerPart) ? { parts: candidate.parts } : {}),
  };
}

function isAnswerPart(value: unknown): value is AnswerPart {
  if (typeof value !== "object" || value === null) return false;
  const part = value as Record<string, unknown>;
  if (typeof part.given !== "string" || typeof part.correct !== "boolean") return false;
  return "belongsAt" in part ? Number.isInteger(part.belongsAt) : typeof part.label === "string" && typeof part.expected === "string";
}
