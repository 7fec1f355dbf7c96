import "server-only";
import { gradeResponse, InvalidRequestError, type ClientItem, type GradeResult, type ItemResponse, type ItemType } from "@/lib/engine";
import { isUniqueViolation } from "@/lib/server/auth/database";
import { Prisma, type Db } from "@/lib/server/db";
import { cuid } from "@/lib/server/db/cuid";
import { hotSql } from "@/lib/server/db/hot-sql";
import { AppError } from "@/lib/server/errors";
import { MemoryConflictError, prepareReviews, ratingFor } from "@/lib/server/services/review/fsrs-memory";
import { firstIssue, responseSchemas, submitAnswerSchema, type SubmitAnswerInput } from "@/lib/validation/learn";
import {
  factIdsOf,
  feedbackFor,
  findOwnedAttempt,
  isFeedbackPerItem,
  isFeedbackVisible,
  openAttemptLock,
  parseInput,
  parseKey,
  resolveOptions,
  toClientItem,
  type AttemptItemRecord,
  type AttemptRecord,
  type Learner,
  type ResponseRecord,
  type ServiceOptions,
} from "./attempt-records";
import { closeAttemptRecord } from "./close-attempt-record";
import { closeExpiredAttempts, isPastTimeLimit } from "./close-expired-attempts";
import type { SubmitAnswerResult } from "./types";

export const TIME_UP_MESSAGE = "Time is up for this quiz: this answer arrived after the time limit and was not saved. Your earlier answers were handed in.";

// A unique-constraint conflict means a concurrent request with the same key
// (or on the same item, or a first review of the same fact) committed first;
// the next pass finds its row. A memory conflict is a concurrent review. A
// closed attempt was handed in meanwhile: the next pass reads it and refuses.
const MAX_PASSES = 4;

/**
 * Records the learner's answer to one item of their attempt, graded on the
 * server by the engine's pure grader against the stored key.
 *
 * - Idempotent: the same `idempotencyKey` counts once (unique per learner);
 *   a repeat returns the stored result with `isDuplicate: true`. A double
 *   click, a retry after a network error or the same answer from two tabs
 *   all count once, concurrent ones included.
 * - practice / review / check: the first answer stands (a different later
 *   answer is refused, 409); the feedback comes back at once; the learner's
 *   FSRS memory of every fact the item tests is updated and a ReviewLog
 *   written, in the same transaction as the Response.
 * - assessment: a changed answer replaces the earlier one until the attempt
 *   is submitted; no feedback (null) and no memory update until
 *   `submitAttempt`, which grades the final answers once.
 * - time limit (assignments): an answer arriving later than the attempt's
 *   `deadlineAt` plus ANSWER_GRACE_MS is refused (409) and not stored, and the
 *   attempt is closed as `expired` with the answers saved before.
 *
 * @param input `{ attemptId, itemId | position, response, idempotencyKey, timeMs? }` (validated here)
 * @throws AppError 400 (bad input or response shape), 404 (no such attempt for this learner, or no such item), 409 (already answered, submitted, time up, key reused)
 *
 * @example
 * const result = await submitAnswer(user, { attemptId, position: 0, response: { optionId: "b" }, idempotencyKey: crypto.randomUUID(), timeMs: 5200 });
 */
export async function submitAnswer(learner: Learner, input: unknown, options: ServiceOptions = {}): Promise<SubmitAnswerResult> {
  const { db, now } = resolveOptions(options);
  const request = parseInput(submitAnswerSchema, input);
  for (let pass = 1; ; pass++) {
    try {
      return await answerOnce(db, learner, request, now, pass > 1);
    } catch (error) {
      if (pass < MAX_PASSES && (isUniqueViolation(error) || error instanceof MemoryConflictError || error instanceof AttemptClosedError)) continue;
      throw error;
    }
  }
}

async function answerOnce(db: Db, learner: Learner, request: SubmitAnswerInput, now: Date, isRetry: boolean): Promise<SubmitAnswerResult> {
  const attempt = await findOwnedAttempt(db, learner, request.attemptId);

  // A repeated key is nearly always for this attempt, whose responses are loaded; a key
  // from another attempt fails the insert on the unique index, and the retry looks it up.
  const inAttempt = attempt.items.find((item) => item.response?.idempotencyKey === request.idempotencyKey);
  const replayed = inAttempt
    ? { attemptItemId: inAttempt.id }
    : isRetry
      ? await db.response.findUnique({
          where: { userId_idempotencyKey: { userId: learner.id, idempotencyKey: request.idempotencyKey } },
          select: { attemptItemId: true },
        })
      : null;
  if (replayed) {
    const row = attempt.items.find((item) => item.id === replayed.attemptItemId);
    if (!row?.response || !isTarget(row, request)) {
      throw new AppError("This idempotencyKey was already used for another answer. Send a new key with each new answer.", {
        status: 409,
        field: "idempotencyKey",
      });
    }
    return resultFor(attempt, row, row.response, true, now);
  }

  const row = attempt.items.find((item) => isTarget(item, request));
  // The same answer again (another tab, a lost response) is a repeat, not a change of mind,
  // even once the attempt has closed (a lesson check closes at its last answer).
  if (row?.response && isFeedbackPerItem(attempt.mode) && row.response.answer === canonicalJson(checkResponse(toClientItem(row.client), request.response))) {
    return resultFor(attempt, row, row.response, true, now);
  }

  if (attempt.status === "expired") throw new AppError(TIME_UP_MESSAGE, { status: 409 });
  if (attempt.status !== "in_progress") {
    throw new AppError("This quiz has been submitted, so its answers can no longer change.", { status: 409 });
  }
  if (isPastTimeLimit(attempt, now)) {
    // Not stored: the attempt closes with what was saved in time, as if a timer had closed it.
    await closeExpiredAttempts(db, { id: attempt.id, userId: learner.id }, now);
    throw new AppError(TIME_UP_MESSAGE, { status: 409 });
  }
  if (!row) throw new AppError("This quiz has no such question.", { status: 404, field: request.itemId !== undefined ? "itemId" : "position" });

  const item = toClientItem(row.client);
  const key = parseKey(row.key);
  const response = checkResponse(item, request.response);
  const grade = gradeOrRefuse(item, key, response);
  const answer = canonicalJson(response);
  const fields = {
    answer,
    isCorrect: grade.correct,
    normalised: grade.normalisedAnswer,
    idempotencyKey: request.idempotencyKey,
    answeredAt: now,
    timeMs: request.timeMs ?? null,
  };

  if (row.response) {
    if (isFeedbackPerItem(attempt.mode)) {
      throw new AppError("You have already answered this question; your first answer stands.", { status: 409, field: "response" });
    }
    // Assessment: last answer wins. The item and user in the where clause keep the update on this learner's row.
    const updated = { ...row.response, ...fields };
    await writeWhileOpen(db, attempt, learner, [
      Prisma.sql`
        UPDATE "Response" SET "answer" = ${fields.answer}, "isCorrect" = ${fields.isCorrect}, "normalised" = ${fields.normalised},
          "idempotencyKey" = ${fields.idempotencyKey}, "answeredAt" = ${fields.answeredAt}, "timeMs" = ${fields.timeMs}
        WHERE "id" = ${updated.id} AND "attemptItemId" = ${row.id} AND "userId" = ${learner.id}`,
    ]);
    return resultFor(attempt, row, updated, false, now);
  }

  const created: ResponseRecord = { id: cuid(), attemptItemId: row.id, userId: learner.id, ...fields };
  if (!isFeedbackPerItem(attempt.mode)) {
    await writeWhileOpen(db, attempt, learner, [insertResponse(created)]);
    return resultFor(attempt, row, created, false, now);
  }

  const factIds = await factIdsOf(db, attempt.packId, row);
  const rating = ratingFor(grade.correct, request.timeMs, row.type as ItemType);
  // The memory is read before the transaction (its writes check that it is unchanged), so
  // the answer and its reviews go in one round trip on PostgreSQL.
  const reviews = await prepareReviews(hotSql(db), { userId: learner.id, factIds, rating, now, responseId: created.id });
  await writeWhileOpen(db, attempt, learner, [insertResponse(created), ...reviews.statements], ([, ...counts]) => reviews.check(counts));
  if (attempt.mode === "check") await closeCheckOnceComplete(db, attempt, now);
  return resultFor(attempt, row, created, false, now);
}

/**
 * A lesson check has no hand-in button: it closes, scored, once its last
 * question is answered, so it is not left "in progress" on the dashboard.
 * Counted after the write, so of two last answers racing the later one closes
 * it. The answer is already saved: a failed close leaves the check open, as
 * before, rather than failing the answer.
 */
async function closeCheckOnceComplete(db: Db, attempt: AttemptRecord, now: Date): Promise<void> {
  try {
    const answered = await db.response.count({ where: { attemptItem: { attemptId: attempt.id }, userId: attempt.userId } });
    if (answered === attempt.items.length) await closeAttemptRecord(db, attempt, { status: "submitted", closedAt: now, now });
  } catch (error) {
    console.error("[submit-answer] closing a complete lesson check failed", error);
  }
}

/** The attempt was handed in or closed at its time limit between our read and our write: the next pass reads it closed and refuses. */
class AttemptClosedError extends Error {
  override name = "AttemptClosedError";
}

/**
 * Runs `writes` in a transaction that also checks (and on PostgreSQL locks)
 * that the attempt is still open, all sent together (SqlRunner.executeAll); a
 * closed attempt rolls them back, and so does `check` throwing when given the
 * writes' changed-row counts.
 */
async function writeWhileOpen(db: Db, attempt: AttemptRecord, learner: Learner, writes: Prisma.Sql[], check?: (counts: number[]) => void): Promise<void> {
  await hotSql(db).transaction(async (tx) => {
    const [open, ...counts] = await tx.executeAll([openAttemptLock({ id: attempt.id, userId: learner.id }), ...writes]);
    if (open !== 1) throw new AttemptClosedError();
    check?.(counts);
  });
}

/**
 * Raw SQL: the answer path is the app's hottest write (prisma/README.md, "Raw
 * SQL on the hot paths"). The unique indexes on attemptItemId and (userId,
 * idempotencyKey) turn a concurrent duplicate into a unique violation, retried by submitAnswer.
 */
function insertResponse(response: ResponseRecord): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Response" ("id", "attemptItemId", "userId", "answer", "isCorrect", "normalised", "idempotencyKey", "answeredAt", "timeMs")
    VALUES (${response.id}, ${response.attemptItemId}, ${response.userId}, ${response.answer}, ${response.isCorrect}, ${response.normalised},
            ${response.idempotencyKey}, ${response.answeredAt}, ${response.timeMs})`;
}

function isTarget(row: AttemptItemRecord, request: Pick<SubmitAnswerInput, "itemId" | "position">): boolean {
  if (request.position !== undefined && row.position !== request.position) return false;
  if (request.itemId !== undefined && (JSON.parse(row.client) as { id: string }).id !== request.itemId) return false;
  return true;
}

function resultFor(attempt: AttemptRecord, row: AttemptItemRecord, response: ResponseRecord, isDuplicate: boolean, now: Date): SubmitAnswerResult {
  const item = toClientItem(row.client);
  return {
    attemptId: attempt.id,
    position: row.position,
    itemId: item.id,
    isDuplicate,
    answeredCount: attempt.items.filter((other) => other.response !== null || other.id === row.id).length,
    total: attempt.items.length,
    feedback: isFeedbackVisible(attempt, now) ? feedbackFor(item, parseKey(row.key), response) : null,
  };
}

const responseError = (message: string) => new AppError(message, { status: 400, field: "response" });

/** The response, checked for the item's type and against the item's own option, event and pair ids. */
function checkResponse(item: ClientItem, raw: unknown): ItemResponse {
  const parsed = responseSchemas[item.type].safeParse(raw);
  if (!parsed.success) throw responseError(firstIssue(parsed.error).message);
  const response = parsed.data as ItemResponse;
  const ids = (options: readonly { id: string }[] | undefined) => new Set((options ?? []).map((option) => option.id));

  switch (item.type) {
    case "multiple-choice":
    case "cause-effect":
    case "attribution": {
      if (!ids(item.options).has((response as { optionId: string }).optionId)) throw responseError("Choose one of the options shown.");
      return response;
    }
    case "cloze": {
      const isChoice = "optionId" in response;
      if (item.options && !isChoice) throw responseError("Choose one of the options shown.");
      if (!item.options && isChoice) throw responseError("Type your answer in the blank.");
      if (isChoice && !ids(item.options).has(response.optionId)) throw responseError("Choose one of the options shown.");
      return response;
    }
    case "ordering": {
      const order = (response as { order: string[] }).order;
      const events = ids(item.events);
      if (order.length !== events.size || new Set(order).size !== order.length || !order.every((id) => events.has(id))) {
        throw responseError("Put every event in order, each once.");
      }
      return response;
    }
    case "matching": {
      const pairs = (response as { pairs: Record<string, string> }).pairs;
      const left = ids(item.left);
      const right = ids(item.right);
      const keys = Object.keys(pairs);
      if (keys.length !== left.size || !keys.every((id) => left.has(id))) throw responseError("Match every item on the left.");
      if (!Object.values(pairs).every((id) => right.has(id))) throw responseError("Match each item to one shown on the right.");
      return response;
    }
    default:
      return response;
  }
}

function gradeOrRefuse(item: ClientItem, key: ReturnType<typeof parseKey>, response: ItemResponse): GradeResult {
  try {
    return gradeResponse(item, key, response);
  } catch (error) {
    if (error instanceof InvalidRequestError) throw responseError("This answer does not fit the question.");
    throw error;
  }
}

/** JSON with object keys sorted, so the same answer from two tabs compares equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
