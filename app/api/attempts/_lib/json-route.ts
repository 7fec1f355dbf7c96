import "server-only";
import { GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/server/errors";

/**
 * Uniform JSON for the attempts API: every error is
 * `{ "error": { "message": string, "field"?: string } }` with the AppError's
 * status; anything unexpected is logged and becomes a generic 500.
 * Responses are never cached: they are per learner.
 */

const NO_STORE = { "cache-control": "no-store" };

export function jsonOk(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: NO_STORE });
}

export function jsonError(status: number, message: string, field?: string): Response {
  return Response.json({ error: field ? { message, field } : { message } }, { status, headers: NO_STORE });
}

/** The JSON response for a thrown value. */
export function jsonFromError(error: unknown, context: string): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = { ...NO_STORE };
    if (error.retryAfterSeconds) headers["retry-after"] = String(error.retryAfterSeconds);
    return Response.json({ error: error.field ? { message: error.message, field: error.field } : { message: error.message } }, { status: error.status, headers });
  }
  console.error(`[api ${context}]`, error);
  return jsonError(500, GENERIC_ERROR_MESSAGE);
}

/** A request the route refuses before doing any work. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * The request's JSON body as an object, read with a byte limit: a declared
 * Content-Length over the limit is refused unread, and a body streamed without
 * one is cut off at the limit, so a huge body costs nothing to parse.
 */
export async function readJsonObject(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new RequestRefused(415, "Send the body as JSON (Content-Type: application/json).");
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) {
    throw new RequestRefused(413, `The request body is larger than ${maxBytes} bytes.`);
  }
  if (!request.body) throw new RequestRefused(400, "The request body is empty.", "body");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new RequestRefused(413, `The request body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new RequestRefused(400, "The request body is not valid JSON.", "body");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new RequestRefused(400, "The request body must be a JSON object.", "body");
  return parsed as Record<string, unknown>;
}
