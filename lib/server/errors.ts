/**
 * An error whose message is safe to show to the user. Anything else that
 * reaches an action or route handler is logged and replaced by a generic
 * message, so internals (SQL, stack traces, file paths) never leak.
 *
 * @example
 * throw new AppError("An account with this email already exists.", { status: 409, field: "email" });
 */
export class AppError extends Error {
  /** HTTP status that describes the failure (400 invalid, 401 signed out, 403 forbidden, 404, 409, 429 …). */
  readonly status: number;
  /** The form field the message belongs next to, when there is one. */
  readonly field?: string;
  /** Seconds after which a retry may succeed (429). */
  readonly retryAfterSeconds?: number;

  constructor(userMessage: string, options: { status?: number; field?: string; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.status = options.status ?? 400;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The message shown when an unexpected error is swallowed. */
export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

/** True for AppError instances (also across duplicated module copies, by name). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === "AppError" && "status" in error);
}

/**
 * The message a user may see for any thrown value: an AppError's own message,
 * otherwise a generic one (and the real error is logged with `context`).
 */
export function userMessageFor(error: unknown, context: string): string {
  if (isAppError(error)) return error.message;
  console.error(`[${context}]`, error);
  return GENERIC_ERROR_MESSAGE;
}
