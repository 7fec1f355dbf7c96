import "server-only";
import { createHash } from "node:crypto";
import { isUniqueViolation } from "@/lib/server/auth/database";
import type { Db } from "@/lib/server/db";
import { findMyAssignmentRows, toMyAssignment } from "@/lib/server/services/learn/assignments/my-assignment-rows";
import { formatDueDate, NOTIFICATION_KINDS, studentAssignmentHref } from "./notification-kinds";

/** How far ahead of the due date a student is reminded. */
export const DUE_SOON_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The id of the one "due soon" notification of (assignment, student). Being
 * the primary key, it makes creating the reminder idempotent even when two
 * requests (dashboard and notifications page, two tabs) race.
 */
function dueSoonId(assignmentId: string, userId: string): string {
  return `due_${createHash("sha256").update(`${assignmentId}:${userId}`).digest("base64url").slice(0, 32)}`;
}

/**
 * Creates, once per assignment, a reminder for each of the student's open
 * assignments due within DUE_SOON_WINDOW_MS and not yet handed in. Run lazily
 * whenever the student's notifications or dashboard are read, so no scheduler
 * is needed and a student who never opens the app gets no stale reminder.
 * Internal to the notification services.
 */
export async function ensureDueSoonNotifications(db: Db, userId: string, now: Date, timeZone = "UTC"): Promise<void> {
  const rows = await findMyAssignmentRows(db, userId, { dueAt: { gt: now, lte: new Date(now.getTime() + DUE_SOON_WINDOW_MS) } });
  const pending = rows
    .map((row) => toMyAssignment(row, now))
    .filter((assignment) => assignment.isOpen && (assignment.status === "not_started" || assignment.status === "in_progress"));
  if (pending.length === 0) return;
  const ids = new Map(pending.map((assignment) => [dueSoonId(assignment.id, userId), assignment]));
  const existing = await db.notification.findMany({ where: { id: { in: [...ids.keys()] } }, select: { id: true } });
  for (const { id } of existing) ids.delete(id);
  for (const [id, assignment] of ids) {
    try {
      await db.notification.create({
        data: {
          id,
          userId,
          kind: NOTIFICATION_KINDS.dueSoon,
          title: `Due soon: ${assignment.title}`,
          body: `${assignment.className} · due ${formatDueDate(new Date(assignment.dueAt), timeZone)}${assignment.status === "in_progress" ? " · you have started it: remember to submit" : ""}`,
          href: studentAssignmentHref(assignment.id),
          createdAt: now,
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
