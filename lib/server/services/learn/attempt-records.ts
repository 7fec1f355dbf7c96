import "server-only";
import type { z } from "zod";
import { gradeResponse, itemTypes, type AnswerKeyEntry, type ClientItem, type ItemOption, type ItemResponse, type ItemType } from "@/lib/engine";
import { getDb, Prisma, type Db } from "@/lib/server/db";
import { hotSql, type SqlRunner } from "@/lib/server/db/hot-sql";
import type { Attempt, AttemptItem, Response } from "@/lib/server/generated/sqlite/client";
import { AppError } from "@/lib/server/errors";
import { firstIssue, responseSchemas, type AttemptMode } from "@/lib/validation/learn";
import type { AttemptItemView, AttemptStatus, AttemptView, ItemFeedback } from "./types";
import { attemptOutcome, deadlineKind } from "./assignments/attempt-deadline";

/**
 * Shared internals of the learner's-loop services: loading an attempt the
 * learner owns, and turning stored rows into the client-safe view. Not a
 * service itself (no exported verb for callers outside services/learn and
 * services/review).
 */

/** The signed-in learner, as returned by requireUser()/authorizeAction(); only the id is used for ownership. */
export interface Learner {
  id: string;
}

/** Injected for tests and scripts; the app uses the defaults. */
export interface ServiceOptions {
  db?: Db;
  /** The clock, for grading times, due dates and day boundaries. */
  now?: Date;
}

export function resolveOptions(options: ServiceOptions): { db: Db; now: Date } {
  return { db: options.db ?? getDb(), now: options.now ?? new Date() };
}

// Same message and status whether the attempt does not exist or belongs to
// someone else: an id must not reveal that it exists.
export const ATTEMPT_NOT_FOUND_MESSAGE = "We could not find that quiz. It may have been deleted, or the link is wrong.";

export function attemptNotFound(): AppError {
  return new AppError(ATTEMPT_NOT_FOUND_MESSAGE, { status: 404 });
}

/** Parses `input` with `schema`, or throws AppError 400 naming the first offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    throw new AppError(message, { status: 400, field });
  }
  return parsed.data;
}

/** Rows as stored (the generated model types; both databases' clients have the same ones). */
export type ResponseRecord = Response;
export type AttemptItemRecord = AttemptItem & { response: ResponseRecord | null };
type AttemptColumns = "id" | "userId" | "mode" | "packId" | "moduleSlugs" | "itemTypes" | "seed" | "status" | "startedAt" | "deadlineAt" | "submittedAt" | "score" | "maxScore" | "assignmentId" | "attemptNumber";
/** The assignment's columns an attempt record holds, for the Prisma reads of whole attempts (history, export). */
export const attemptRecordAssignment = { select: { title: true, dueAt: true, showAnswersAfterDue: true, itemCount: true } } as const;
export type AttemptRecord = Pick<Attempt, AttemptColumns> & {
  /** itemCount: the questions the teacher set (the attempt may hold fewer: the engine draws only fair ones). */
  assignment: { title: string; dueAt: Date; showAnswersAfterDue: boolean; itemCount: number } | null;
  /** In position order, each with its response (if answered). */
  items: AttemptItemRecord[];
};

/** One row of the attempt query: the attempt (repeated), one item and its response (null columns when unanswered). */
type AttemptJoinRow = Omit<AttemptRecord, "assignment" | "items"> &
  Omit<AttemptItemRecord, "id" | "attemptId" | "response"> &
  Omit<ResponseRecord, "id" | "attemptItemId" | "userId"> & {
    assignmentTitle: string | null;
    dueAt: Date | null;
    showAnswersAfterDue: boolean | null;
    assignmentItemCount: number | null;
    itemId: string | null;
    responseId: string | null;
    responseUserId: string;
  };

/**
 * The attempt `attemptId` if `learner` owns it. The ownership test is part of
 * the query, so someone else's attempt is indistinguishable from a missing one.
 *
 * One raw SQL statement (attempt, assignment, items and responses joined):
 * every answer and every quiz page loads its attempt, and the same read through
 * Prisma 6 took three statements and ~4 ms of CPU (prisma/README.md, "Raw SQL
 * on the hot paths").
 * @throws AppError 404
 */
export async function findOwnedAttempt(db: Db, learner: Learner, attemptId: string): Promise<AttemptRecord> {
  if (typeof attemptId !== "string" || attemptId.length === 0 || attemptId.length > 64) throw attemptNotFound();
  const rows = await hotSql(db).query<AttemptJoinRow>(Prisma.sql`
    SELECT a."id", a."userId", a."mode", a."packId", a."moduleSlugs", a."itemTypes", a."seed", a."status", a."startedAt", a."deadlineAt",
           a."submittedAt", a."score", a."maxScore", a."assignmentId", a."attemptNumber",
           s."title" AS "assignmentTitle", s."dueAt", s."showAnswersAfterDue", s."itemCount" AS "assignmentItemCount",
           i."id" AS "itemId", i."position", i."type", i."factSlugs", i."client", i."key",
           r."id" AS "responseId", r."userId" AS "responseUserId", r."answer", r."isCorrect", r."normalised", r."idempotencyKey", r."answeredAt", r."timeMs"
    FROM "Attempt" a
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
    LEFT JOIN "AttemptItem" i ON i."attemptId" = a."id"
    LEFT JOIN "Response" r ON r."attemptItemId" = i."id"
    WHERE a."id" = ${attemptId} AND a."userId" = ${learner.id}
    ORDER BY i."position"`);
  const [first] = rows;
  if (!first) throw attemptNotFound();
  const items = rows.flatMap((row): AttemptItemRecord[] =>
    row.itemId === null
      ? []
      : [
          {
            id: row.itemId,
            attemptId: row.id,
            position: row.position,
            type: row.type,
            factSlugs: row.factSlugs,
            client: row.client,
            key: row.key,
            response:
              row.responseId === null
                ? null
                : {
                    id: row.responseId,
                    attemptItemId: row.itemId,
                    userId: row.responseUserId,
                    answer: row.answer,
                    isCorrect: row.isCorrect,
                    normalised: row.normalised,
                    idempotencyKey: row.idempotencyKey,
                    answeredAt: row.answeredAt,
                    timeMs: row.timeMs,
                  },
          },
        ],
  );
  return {
    id: first.id,
    userId: first.userId,
    mode: first.mode,
    packId: first.packId,
    moduleSlugs: first.moduleSlugs,
    itemTypes: first.itemTypes,
    seed: first.seed,
    status: first.status,
    startedAt: first.startedAt,
    deadlineAt: first.deadlineAt,
    submittedAt: first.submittedAt,
    score: first.score,
    maxScore: first.maxScore,
    assignmentId: first.assignmentId,
    attemptNumber: first.attemptNumber,
    assignment:
      first.dueAt !== null && first.assignmentId !== null
        ? { title: first.assignmentTitle ?? "", dueAt: first.dueAt, showAnswersAfterDue: Boolean(first.showAnswersAfterDue), itemCount: Number(first.assignmentItemCount ?? 0) }
        : null,
    items,
  };
}

/**
 * Whether the attempt is still open, checked inside the caller's transaction
 * with a no-op update: on PostgreSQL the update also locks the attempt's row
 * until the transaction ends, so an answer and a hand-in of the same attempt
 * take turns (SQLite runs one transaction at a time anyway). Every answer
 * write and every close runs it first; an answer is then either counted by
 * the close or refused, never stored uncounted.
 */
export async function lockOpenAttempt(tx: SqlRunner, attempt: { id: string; userId: string }): Promise<boolean> {
  return (await tx.execute(openAttemptLock(attempt))) === 1;
}

/** lockOpenAttempt's statement, to send with other writes (SqlRunner.executeAll): it changes one row while the attempt is open, none after. */
export function openAttemptLock(attempt: { id: string; userId: string }): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Attempt" SET "status" = "status" WHERE "id" = ${attempt.id} AND "userId" = ${attempt.userId} AND "status" = ${OPEN_STATUS}`;
}

const OPEN_STATUS = "in_progress";

/** Fact.id of every fact the item tests (the item stores slugs; memory rows key on ids). */
export async function factIdsOf(db: Pick<Db, "fact">, packId: string, row: Pick<AttemptItemRecord, "factSlugs">): Promise<string[]> {
  const slugs = parseFactSlugs(row.factSlugs);
  // Fact rows are never deleted and keep their id across syncs, so the mapping can be
  // cached for the life of the client (per client: tests and scripts open several databases).
  const byPack = factIdCache.get(db) ?? new Map<string, Map<string, string>>();
  factIdCache.set(db, byPack);
  const known = byPack.get(packId) ?? new Map<string, string>();
  byPack.set(packId, known);
  // One read of the whole pack (a few hundred short rows) on the first miss, not one per new item;
  // a later miss (facts added by a sync since) reads it again.
  if (slugs.some((slug) => !known.has(slug))) {
    for (const fact of await db.fact.findMany({ where: { packId }, select: { id: true, slug: true } })) known.set(fact.slug, fact.id);
  }
  return slugs.flatMap((slug) => known.get(slug) ?? []);
}

const factIdCache = new WeakMap<object, Map<string, Map<string, string>>>();

/** Modes whose items are graded and shown one at a time. */
export function isFeedbackPerItem(mode: string): boolean {
  return mode !== "assessment";
}

/**
 * Whether the learner may see the grading of an answered item now. Practice,
 * review and check: as soon as it is answered. Assessment: once the attempt
 * is submitted, and, for an assignment whose teacher chose to show answers
 * only after the due date, once that date has passed (so answers do not go
 * round the class before everyone has submitted).
 */
export function isFeedbackVisible(attempt: Pick<AttemptRecord, "mode" | "status" | "assignment">, now: Date): boolean {
  if (isFeedbackPerItem(attempt.mode)) return true;
  if (attempt.status === "in_progress") return false;
  if (attempt.assignment?.showAnswersAfterDue && now < attempt.assignment.dueAt) return false;
  return true;
}

function pickOptions(options: readonly ItemOption[]): ItemOption[] {
  return options.map((option) => ({ id: String(option.id), text: String(option.text) }));
}

/**
 * The client half of a stored item, rebuilt field by field for its type. An
 * explicit allow-list rather than a copy: if a stored JSON ever held more
 * (a key field by mistake, a future engine field), it would not reach the browser.
 */
export function toClientItem(stored: string): ClientItem {
  const item = JSON.parse(stored) as ClientItem;
  const base = { id: item.id, prompt: item.prompt, difficulty: item.difficulty };
  switch (item.type) {
    case "multiple-choice":
    case "cause-effect":
    case "attribution":
      return { ...base, type: item.type, options: pickOptions(item.options) };
    case "true-false":
      return { ...base, type: item.type, statement: item.statement };
    case "short-answer":
      return { ...base, type: item.type, answerFormat: item.answerFormat, hint: item.hint };
    case "cloze":
      return {
        ...base,
        type: item.type,
        before: item.before,
        after: item.after,
        answerFormat: item.answerFormat,
        hint: item.hint,
        ...(item.options ? { options: pickOptions(item.options) } : {}),
      };
    case "ordering":
      return { ...base, type: item.type, events: pickOptions(item.events) };
    case "matching":
      return { ...base, type: item.type, matchKind: item.matchKind, left: pickOptions(item.left), right: pickOptions(item.right) };
  }
}

export function parseKey(stored: string): AnswerKeyEntry {
  return JSON.parse(stored) as AnswerKeyEntry;
}

/** The slugs of the facts a stored item tests (the column holds them as JSON). */
export function parseFactSlugs(stored: string): string[] {
  return JSON.parse(stored) as string[];
}

/** A stored response, re-validated for its item type (the column is plain text). */
export function parseStoredResponse(type: string, stored: string): ItemResponse | null {
  const schema = responseSchemas[type as ItemType];
  if (!schema) return null;
  const parsed = schema.safeParse(JSON.parse(stored));
  return parsed.success ? (parsed.data as ItemResponse) : null;
}

/**
 * The feedback for a stored response. `correct` and `yourAnswer` come from
 * the stored grade (it stands even if the engine's grading changes later);
 * the partial count and the parts are recomputed by the pure grader.
 */
export function feedbackFor(item: ClientItem, key: AnswerKeyEntry, response: Pick<ResponseRecord, "answer" | "isCorrect" | "normalised">): ItemFeedback {
  const parsed = parseStoredResponse(item.type, response.answer);
  const { partial, parts } = (parsed && safeRegrade(item, key, parsed)) || {};
  return {
    correct: response.isCorrect,
    yourAnswer: response.normalised ?? "",
    expected: key.expected,
    explanation: key.explanation,
    citations: key.citations.map((citation) => ({ ...citation })),
    ...(partial ? { partial } : {}),
    ...(parts ? { parts } : {}),
  };
}

/**
 * Whether the learner may see an item's grading now: an answered item's where
 * `isFeedbackVisible` allows; an unanswered one's (its key, counted wrong)
 * only once the attempt is closed too, so an open attempt never shows the key
 * of a question still to answer.
 */
export function isGradingVisible(attempt: Pick<AttemptRecord, "mode" | "status" | "assignment">, isAnswered: boolean, now: Date): boolean {
  return isFeedbackVisible(attempt, now) && (isAnswered || attempt.status !== "in_progress");
}

/** The feedback on an item of a closed attempt that was never answered: wrong, with the key. */
function unansweredFeedback(key: AnswerKeyEntry): ItemFeedback {
  return { correct: false, yourAnswer: "", expected: key.expected, explanation: key.explanation, citations: key.citations.map((citation) => ({ ...citation })) };
}

function safeRegrade(item: ClientItem, key: AnswerKeyEntry, response: ItemResponse) {
  try {
    return gradeResponse(item, key, response);
  } catch {
    return undefined;
  }
}

/** The stored `Attempt.itemTypes` read back (types the engine no longer has dropped); null when the quiz could use every type. */
export function readItemTypes(stored: string | null): ItemType[] | null {
  if (stored === null) return null;
  const listed = JSON.parse(stored) as string[];
  return itemTypes.filter((type) => listed.includes(type));
}

/**
 * The attempt as the learner may see it now: client items, their own
 * answers, and feedback only where `isGradingVisible` allows. The single
 * place stored attempts become client data.
 */
export function toAttemptView(attempt: AttemptRecord, now: Date): AttemptView {
  const isSubmitted = attempt.status !== "in_progress";
  const items: AttemptItemView[] = attempt.items.map((row) => {
    const item = toClientItem(row.client);
    const response = row.response;
    return {
      position: row.position,
      itemId: item.id,
      item,
      isAnswered: response !== null,
      response: response ? parseStoredResponse(row.type, response.answer) : null,
      feedback: !isGradingVisible(attempt, response !== null, now)
        ? null
        : response
          ? feedbackFor(item, parseKey(row.key), response)
          : unansweredFeedback(parseKey(row.key)),
    };
  });
  const next = items.find((item) => !item.isAnswered);
  // An assignment attempt's mode is its assignment's.
  const rules = attempt.assignment ? { ...attempt.assignment, mode: attempt.mode } : null;
  return {
    id: attempt.id,
    mode: attempt.mode as AttemptMode,
    status: attempt.status as AttemptStatus,
    packId: attempt.packId,
    moduleSlugs: JSON.parse(attempt.moduleSlugs) as string[],
    itemTypes: readItemTypes(attempt.itemTypes),
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    deadlineKind: deadlineKind(attempt, rules),
    outcome: attemptOutcome(attempt, rules),
    answersAt: rules && attempt.mode === "assessment" && rules.showAnswersAfterDue ? rules.dueAt.toISOString() : null,
    assignmentItemCount: attempt.assignment?.itemCount ?? null,
    assignmentId: attempt.assignment ? attempt.assignmentId : null,
    assignmentTitle: attempt.assignment?.title ?? null,
    isFeedbackPerItem: isFeedbackPerItem(attempt.mode),
    total: items.length,
    answeredCount: items.filter((item) => item.isAnswered).length,
    nextPosition: next ? next.position : null,
    score: isSubmitted ? attempt.score : null,
    maxScore: isSubmitted ? attempt.maxScore : null,
    items,
  };
}
