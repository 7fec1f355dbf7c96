import "server-only";
import { createHash } from "node:crypto";
import { isUniqueViolation } from "@/lib/server/auth/database";
import type { Db } from "@/lib/server/db";
import { closesAtDueDate } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { findMyAssignmentRows, toMyAssignment } from "@/lib/server/services/learn/assignments/my-assignment-rows";
import { dateToken, NOTIFICATION_KINDS, studentAssignmentHref } from "./notification-kinds";

/** How far ahead of the due date a student is reminded. */
export const DUE_SOON_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How long after the due date a student is told that an assessment's answers are shown: back after weeks, no stale notice. */
export const ANSWERS_SHOWN_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The id of the one notification of `kind` about (assignment, student). Being
 * the primary key, it makes creating it idempotent even when two requests
 * (dashboard and notifications page, two tabs) race.
 */
function owedNoticeId(kind: "due" | "shown", assignmentId: string, userId: string): string {
  // The "due soon" reminder's id predates the other kind, and stays as it was so none is sent twice.
  const key = kind === "due" ? `${assignmentId}:${userId}` : `shown:${assignmentId}:${userId}`;
  return `${kind}_${createHash("sha256").update(key).digest("base64url").slice(0, 32)}`;
}

/**
 * Creates the notifications a student is owed by the clock, once each: a reminder of each open
 * assignment due within DUE_SOON_WINDOW_MS and not yet handed in, and, once an assessment that holds
 * its answers back has fallen due, word that they are shown, to each student who took it. Run lazily
 * whenever the student's notifications or dashboard are read, so no scheduler is needed and a student
 * who never opens the app gets no stale notice. One read of the assignments serves both. Internal to
 * the notification services.
 */
export async function ensureOwedNotifications(db: Db, userId: string, now: Date): Promise<void> {
  const rows = await findMyAssignmentRows(db, userId, {
    dueAt: { gt: new Date(now.getTime() - ANSWERS_SHOWN_WINDOW_MS), lte: new Date(now.getTime() + DUE_SOON_WINDOW_MS) },
  });
  const owed = new Map<string, { userId: string; kind: string; title: string; body: string; href: string; createdAt: Date }>();
  for (const row of rows) {
    if (row.dueAt > now) {
      const assignment = toMyAssignment(row, now);
      if (!assignment.isOpen || (assignment.status !== "not_started" && assignment.status !== "in_progress")) continue;
      owed.set(owedNoticeId("due", assignment.id, userId), {
        userId,
        kind: NOTIFICATION_KINDS.dueSoon,
        title: `Due soon: ${assignment.title}`,
        body: `${assignment.className} · due ${dateToken(row.dueAt)}${assignment.status === "in_progress" ? " · you have started it: remember to submit" : ""}`,
        href: studentAssignmentHref(assignment.id),
        createdAt: now,
      });
    } else if (closesAtDueDate(row) && row.attempts.length > 0) {
      // Every attempt at such an assessment is handed in by its due date, so each one's answers are shown now.
      owed.set(owedNoticeId("shown", row.id, userId), {
        userId,
        kind: NOTIFICATION_KINDS.answersShown,
        title: `Answers shown: ${row.title}`,
        body: `${row.class.name} · see which of your answers were right, and why`,
        href: studentAssignmentHref(row.id),
        createdAt: row.dueAt,
      });
    }
  }
  if (owed.size === 0) return;
  const existing = await db.notification.findMany({ where: { id: { in: [...owed.keys()] } }, select: { id: true } });
  for (const { id } of existing) owed.delete(id);
  for (const [id, notice] of owed) {
    try {
      await db.notification.create({ data: { id, ...notice } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
