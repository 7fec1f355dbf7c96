import "server-only";
import type { ItemType } from "@/lib/engine";
import type { Db } from "@/lib/server/db";
import { attemptIdSchema } from "@/lib/validation/learn";
import { attemptNotFound, attemptRecordAssignment, isGradingVisible, parseKey, readItemTypes, resolveOptions, toClientItem, type AttemptRecord, type Learner, type ServiceOptions } from "./attempt-records";
import type { AttemptMode, AttemptStatus } from "./types";

export interface HistoryItem {
  position: number;
  type: string;
  prompt: string;
  isAnswered: boolean;
  /** Null while the grading is hidden (an assessment not yet submitted). */
  correct: boolean | null;
  yourAnswer: string | null;
  expected: string | null;
}

export interface HistoryAttempt {
  attemptId: string;
  mode: AttemptMode;
  status: AttemptStatus;
  moduleSlugs: string[];
  /** The question types the quiz was limited to; null when it could use every type. */
  itemTypes: ItemType[] | null;
  /** The teacher's title when the attempt answers an assignment; null for the learner's own quiz. */
  assignmentTitle: string | null;
  startedAt: string;
  submittedAt: string | null;
  score: number | null;
  maxScore: number | null;
  items: HistoryItem[];
}

export interface AttemptHistoryPage {
  /** Newest first. */
  attempts: HistoryAttempt[];
  /** The `before` that lists the next, older page; null on the last page. */
  nextBefore: string | null;
}

/** Attempts per page of the history, on the progress page and after it. */
export const HISTORY_PAGE_SIZE = 20;

/**
 * One page of `learnerId`'s attempts, newest first, started before the
 * attempt `before` (ties on the start time broken by id, so no attempt is
 * listed twice or skipped between pages). Reads one row more than the page
 * to know whether an older page follows.
 */
export async function readAttemptHistory(db: Db, learnerId: string, now: Date, page: { limit: number; before?: { id: string; startedAt: Date } }): Promise<AttemptHistoryPage> {
  const { limit, before } = page;
  const rows = await db.attempt.findMany({
    where: { userId: learnerId, ...(before ? { OR: [{ startedAt: { lt: before.startedAt } }, { startedAt: before.startedAt, id: { lt: before.id } }] } : {}) },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { items: { orderBy: { position: "asc" }, include: { response: true } }, assignment: attemptRecordAssignment },
  });
  const listed = rows.slice(0, limit);
  return { attempts: listed.map((attempt) => toHistoryAttempt(attempt, now)), nextBefore: rows.length > limit ? (listed.at(-1)?.id ?? null) : null };
}

/**
 * The signed-in learner's quiz history, a page at a time, newest first: the
 * first page without `before`, then each older page from the last page's
 * `nextBefore`.
 *
 * @throws AppError 404 when `before` is not one of the learner's attempts (someone else's is indistinguishable from a missing one)
 *
 * @example
 * const { attempts, nextBefore } = await listAttemptHistory(user, searchParams.before);
 */
export async function listAttemptHistory(learner: Learner, before: unknown, options: ServiceOptions = {}): Promise<AttemptHistoryPage> {
  const { db, now } = resolveOptions(options);
  if (before === undefined) return readAttemptHistory(db, learner.id, now, { limit: HISTORY_PAGE_SIZE });
  const parsed = attemptIdSchema.safeParse(before);
  if (!parsed.success) throw attemptNotFound();
  const cursor = await db.attempt.findFirst({ where: { id: parsed.data, userId: learner.id }, select: { id: true, startedAt: true } });
  if (!cursor) throw attemptNotFound();
  return readAttemptHistory(db, learner.id, now, { limit: HISTORY_PAGE_SIZE, before: cursor });
}

/**
 * One attempt of the history: each item's prompt and, once the learner may see
 * it (isGradingVisible, as on the result page), the stored grade, their answer
 * and the expected one. Read from the stored grade, with no re-grading: the
 * history shows no partial credit or explanation, which toAttemptView computes.
 */
function toHistoryAttempt(attempt: AttemptRecord, now: Date): HistoryAttempt {
  const isSubmitted = attempt.status !== "in_progress";
  return {
    attemptId: attempt.id,
    mode: attempt.mode as AttemptMode,
    status: attempt.status as AttemptStatus,
    moduleSlugs: JSON.parse(attempt.moduleSlugs) as string[],
    itemTypes: readItemTypes(attempt.itemTypes),
    assignmentTitle: attempt.assignment?.title ?? null,
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    score: isSubmitted ? attempt.score : null,
    maxScore: isSubmitted ? attempt.maxScore : null,
    items: attempt.items.map((row): HistoryItem => {
      const item = toClientItem(row.client);
      const isVisible = isGradingVisible(attempt, row.response !== null, now);
      return {
        position: row.position,
        type: item.type,
        prompt: item.prompt,
        isAnswered: row.response !== null,
        // An item left unanswered in a closed attempt counts wrong, with no answer of the learner's.
        correct: isVisible ? (row.response?.isCorrect ?? false) : null,
        yourAnswer: isVisible ? (row.response?.normalised ?? "") : null,
        expected: isVisible ? parseKey(row.key).expected : null,
      };
    }),
  };
}
