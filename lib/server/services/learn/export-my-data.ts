import "server-only";
import { itemWording } from "@/lib/format/item-wording";
import { AppError } from "@/lib/server/errors";
import { renderNotificationText } from "@/lib/server/services/notifications/notification-kinds";
import { exportFormatSchema } from "@/lib/validation/learn";
import { attemptRecordAssignment, feedbackFor, isFeedbackVisible, parseFactSlugs, parseInput, parseKey, readItemTypes, resolveOptions, toClientItem, type Learner, type ServiceOptions } from "./attempt-records";
import { attemptOutcome } from "./assignments/attempt-deadline";

export interface DataExport {
  filename: string;
  contentType: string;
  body: string;
}

/**
 * The signed-in learner's own data as a download: every attempt with its
 * items and their answers, plus their review memory and notifications (their
 * dates written out in `timeZone`, the zone named). `json` holds it all;
 * `csv` has one row per answer (for a spreadsheet). Correctness and the
 * expected answer are left blank where the learner may not see them yet
 * (an assessment still in progress), so an export cannot reveal a key.
 *
 * @example
 * const { filename, contentType, body } = await exportMyData(user, "csv", { timeZone });
 */
export async function exportMyData(learner: Learner, format: unknown, options: ServiceOptions & { timeZone?: string } = {}): Promise<DataExport> {
  const { db, now } = resolveOptions(options);
  const chosen = parseInput(exportFormatSchema, format);
  const user = await db.user.findUnique({ where: { id: learner.id }, select: { email: true, name: true, role: true, createdAt: true } });
  if (!user) throw new AppError("Your account no longer exists.", { status: 404 });

  const [attempts, memories, reviews, notifications] = await Promise.all([
    db.attempt.findMany({
      where: { userId: learner.id },
      orderBy: { startedAt: "asc" },
      include: { items: { orderBy: { position: "asc" }, include: { response: true } }, assignment: attemptRecordAssignment },
    }),
    db.factMemory.findMany({ where: { userId: learner.id }, include: { fact: { select: { slug: true, packId: true } } }, orderBy: { factId: "asc" } }),
    db.reviewLog.findMany({ where: { userId: learner.id }, orderBy: { reviewedAt: "asc" } }),
    db.notification.findMany({ where: { userId: learner.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const slugById = new Map(memories.map((memory) => [memory.factId, memory.fact.slug]));
  const missing = [...new Set(reviews.map((review) => review.factId).filter((id) => !slugById.has(id)))];
  if (missing.length > 0) {
    for (const fact of await db.fact.findMany({ where: { id: { in: missing } }, select: { id: true, slug: true } })) slugById.set(fact.id, fact.slug);
  }

  const exported = attempts.map((attempt) => {
    const visible = isFeedbackVisible(attempt, now);
    return {
      id: attempt.id,
      mode: attempt.mode,
      // Told apart as the gradebook's CSV tells them: closed at the time limit (`expired`) or at the due date.
      status: attemptOutcome(attempt, attempt.assignment ? { ...attempt.assignment, mode: attempt.mode } : null),
      packId: attempt.packId,
      moduleSlugs: JSON.parse(attempt.moduleSlugs) as string[],
      itemTypes: readItemTypes(attempt.itemTypes),
      startedAt: attempt.startedAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      score: attempt.status === "in_progress" ? null : attempt.score,
      maxScore: attempt.status === "in_progress" ? null : attempt.maxScore,
      items: attempt.items.map((row) => {
        const item = toClientItem(row.client);
        const feedback = row.response && visible ? feedbackFor(item, parseKey(row.key), row.response) : null;
        return {
          position: row.position,
          type: item.type,
          // With a true/false statement or a blank's sentence: "True or false?" alone says nothing of the question (UX review).
          prompt: itemWording(item),
          factSlugs: visible ? parseFactSlugs(row.factSlugs) : null,
          answer: row.response
            ? {
                response: JSON.parse(row.response.answer) as unknown,
                answeredAt: row.response.answeredAt.toISOString(),
                timeMs: row.response.timeMs,
                yourAnswer: feedback?.yourAnswer ?? null,
                correct: feedback?.correct ?? null,
                expected: feedback?.expected ?? null,
              }
            : null,
        };
      }),
    };
  });

  const stamp = now.toISOString().slice(0, 10);
  if (chosen === "csv") {
    const header = ["attempt_id", "mode", "status", "started_at", "submitted_at", "position", "item_type", "prompt", "answer", "your_answer", "correct", "expected", "answered_at", "time_ms"];
    const rows = exported.flatMap((attempt) =>
      attempt.items.flatMap((item) =>
        item.answer
          ? [
              [
                attempt.id,
                attempt.mode,
                attempt.status,
                attempt.startedAt,
                attempt.submittedAt ?? "",
                String(item.position),
                item.type,
                item.prompt,
                JSON.stringify(item.answer.response),
                item.answer.yourAnswer ?? "",
                item.answer.correct === null ? "" : String(item.answer.correct),
                item.answer.expected ?? "",
                item.answer.answeredAt,
                item.answer.timeMs === null ? "" : String(item.answer.timeMs),
              ],
            ]
          : [],
      ),
    );
    const body = [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
    return { filename: `groundwork-answers-${stamp}.csv`, contentType: "text/csv; charset=utf-8", body };
  }

  const body = JSON.stringify(
    {
      format: "groundwork-export/1",
      exportedAt: now.toISOString(),
      account: { email: user.email, name: user.name, role: user.role, createdAt: user.createdAt.toISOString() },
      attempts: exported,
      memory: memories.map((memory) => ({
        factSlug: memory.fact.slug,
        packId: memory.fact.packId,
        due: memory.due.toISOString(),
        stability: memory.stability,
        difficulty: memory.difficulty,
        reps: memory.reps,
        lapses: memory.lapses,
        state: memory.state,
        lastReview: memory.lastReview?.toISOString() ?? null,
        seen: memory.seen,
        correct: memory.correct,
      })),
      reviews: reviews.map((review) => ({ factSlug: slugById.get(review.factId) ?? null, rating: review.rating, reviewedAt: review.reviewedAt.toISOString() })),
      // Every notification, also those too old to be listed; a file is read away from the app, so its dates name their zone.
      notifications: notifications.map((notice) => ({
        kind: notice.kind,
        title: renderNotificationText(notice.title, options.timeZone, { nameZone: true }),
        body: renderNotificationText(notice.body, options.timeZone, { nameZone: true }),
        href: notice.href,
        createdAt: notice.createdAt.toISOString(),
        readAt: notice.readAt?.toISOString() ?? null,
      })),
    },
    null,
    2,
  );
  return { filename: `groundwork-data-${stamp}.json`, contentType: "application/json; charset=utf-8", body };
}

/** RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
