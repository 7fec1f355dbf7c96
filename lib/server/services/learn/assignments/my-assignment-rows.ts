import "server-only";
import type { Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { attemptOutcome, closesAtDueDate } from "./attempt-deadline";
import { assignmentStanding, firstJoinOf, isDueBeforeJoining, type AssignmentStatus } from "@/lib/server/services/teach/assignment-status";

/**
 * Shared internals of the student's assignment services: which assignments a
 * student may see (classes they are enrolled in, not removed from, not
 * archived) and the plain view of one. Not a service itself.
 */

export const ASSIGNMENT_NOT_FOUND_MESSAGE = "We could not find that assignment. It may have been removed, or the link is wrong.";

export function assignmentNotFound(): AppError {
  return new AppError(ASSIGNMENT_NOT_FOUND_MESSAGE, { status: 404 });
}

/** The where clause of "assignments `userId` may see": the ownership check is part of every query. */
export function visibleTo(userId: string) {
  return { class: { archivedAt: null, enrollments: { some: { userId, removedAt: null } } } };
}

/** The student's assignments matching `where` (within those they may see), with their own attempts. */
export function findMyAssignmentRows(db: Db, userId: string, where: { id?: string; dueAt?: { gt: Date; lte: Date } } = {}) {
  return db.assignment.findMany({
    where: { ...where, ...visibleTo(userId) },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      packId: true,
      moduleSlugs: true,
      mode: true,
      itemCount: true,
      attemptsAllowed: true,
      timeLimitSec: true,
      opensAt: true,
      dueAt: true,
      showAnswersAfterDue: true,
      // The student's own roster row (visibleTo: enrolled, not removed), for work due before they joined.
      class: { select: { name: true, enrollments: { where: { userId, removedAt: null }, select: { joinedAt: true, firstJoinedAt: true } } } },
      attempts: {
        where: { userId },
        orderBy: { attemptNumber: "asc" },
        select: { id: true, attemptNumber: true, status: true, startedAt: true, submittedAt: true, deadlineAt: true, score: true, maxScore: true, _count: { select: { items: true } } },
      },
    },
  });
}

export type MyAssignmentRow = Awaited<ReturnType<typeof findMyAssignmentRows>>[number];

/** One assignment as its student sees it. Plain, JSON-safe data (ISO timestamps). */
export interface MyAssignment {
  id: string;
  title: string;
  className: string;
  mode: "practice" | "assessment";
  opensAt: string;
  dueAt: string;
  /** Opened (opensAt has passed). */
  isOpen: boolean;
  /** Due before the student first joined the class: not expected of them, never missing nor late ("before_joining" until handed in). */
  isDueBeforeJoining: boolean;
  /** Never "left" (a student who left no longer sees the class's work); "before_joining": due before they joined the class. */
  status: AssignmentStatus;
  attemptsUsed: number;
  attemptsAllowed: number;
  /** The questions the teacher set. */
  itemCount: number;
  /** The questions in the student's latest attempt (fewer than `itemCount` when no more could be drawn fairly); null before they start. */
  drawnCount: number | null;
  /** An assessment that closes at its due date (`closesAtDueDate`): its clock counts down to the due date, and its answers show then. */
  closesAtDueDate: boolean;
  timeLimitMinutes: number | null;
  /** The attempt to resume, when one is open. */
  openAttemptId: string | null;
  /** Whether "Start" (or "Resume") leads anywhere now: open, not closed, and an attempt to resume or one left. */
  canStart: boolean;
  /** An assessment that closed at its due date, when its answers were shown (`closesAtDueDate`). */
  isClosed: boolean;
  /** The counted attempt's score, once one is handed in. */
  best: { score: number; maxScore: number } | null;
}

export function toMyAssignment(row: MyAssignmentRow, now: Date): MyAssignment {
  const enrollment = row.class.enrollments[0];
  const membership = enrollment ? { joinedAt: firstJoinOf(enrollment), leftAt: null } : null;
  // An expired attempt told apart by its deadline: closed at the time limit, or at the due date.
  const attempts = row.attempts.map((attempt) => ({ ...attempt, status: attemptOutcome(attempt, row) }));
  const standing = assignmentStanding(attempts, row.dueAt, now, membership);
  const open = row.attempts.find((attempt) => attempt.status === "in_progress") ?? null;
  const isOpen = row.opensAt <= now;
  const counted = standing.counted && standing.counted.status !== "in_progress" ? standing.counted : null;
  const isClosed = closesAtDueDate(row) && row.dueAt <= now;
  return {
    id: row.id,
    title: row.title,
    className: row.class.name,
    mode: row.mode === "assessment" ? "assessment" : "practice",
    opensAt: row.opensAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    isOpen,
    isDueBeforeJoining: isDueBeforeJoining(row.dueAt, membership),
    status: standing.status,
    attemptsUsed: standing.attemptsUsed,
    attemptsAllowed: row.attemptsAllowed,
    itemCount: row.itemCount,
    drawnCount: row.attempts.at(-1)?._count.items ?? null,
    closesAtDueDate: closesAtDueDate(row),
    timeLimitMinutes: row.timeLimitSec === null ? null : Math.round(row.timeLimitSec / 60),
    openAttemptId: open?.id ?? null,
    canStart: isOpen && !isClosed && (open !== null || standing.attemptsUsed < row.attemptsAllowed),
    isClosed,
    best: counted ? { score: counted.score ?? 0, maxScore: counted.maxScore ?? 0 } : null,
  };
}

export const CLOSED_AT_DUE_MESSAGE = "This assessment closed at its due date, when its answers were shown to the class.";
