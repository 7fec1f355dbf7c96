/**
 * Errors the engine throws. Callers can tell a bad request (their mistake)
 * from a pack the engine cannot use (a content problem) by class.
 */

/** Base class of every error the engine throws. */
export class EngineError extends Error {
  override name = "EngineError";
}

/** A quiz, lesson or grading request the engine cannot satisfy as asked (unknown module, bad count, wrong response shape). */
export class InvalidRequestError extends EngineError {
  override name = "InvalidRequestError";
}
