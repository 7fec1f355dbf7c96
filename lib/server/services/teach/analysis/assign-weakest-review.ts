import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError, isAppError } from "@/lib/server/errors";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { WEAKEST_REVIEW_DEFAULTS } from "@/lib/validation/gradebook";
import { getFactMastery } from "./get-fact-mastery";

const DAY_MS = 24 * 60 * 60 * 1000;
/** "7 Dec 2026", as dates read everywhere else in the app. */
const dayLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function sameSlugs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");
}

/**
 * "Assign a review of the weakest facts" in one click: a practice assignment
 * on the class's weakest practised facts (see getFactMastery), due in a week,
 * three attempts, answers shown as the students go. Titled with today's date
 * (UTC) so two reviews are told apart. Goes through createAssignment, so the
 * same checks and student notifications apply. A second press the same day on
 * the same weakest facts (a double click, a retry, a reload and press again)
 * returns the review already set (`isExisting`) instead of a twin of it,
 * which gave students two identical cards and notifications (UX review).
 *
 * @returns the assignment's id and the facts it covers
 * @throws AppError 404 (not the actor's class), 409 (nothing practised yet, or an archived class)
 *
 * @example
 * const { assignmentId } = await assignWeakestReview(teacher, classId);
 */
export async function assignWeakestReview(
  actor: Actor,
  classId: string,
  options: ServiceOptions = {},
): Promise<{ assignmentId: string; title: string; factSlugs: string[]; isExisting: boolean }> {
  const { db, now } = resolveOptions(options);
  const { weakest, classId: taughtClassId } = await getFactMastery(actor, classId, { db, now });
  if (weakest.length === 0) throw new AppError("No student in this class has answered a fact wrongly yet, so there is nothing to review.", { status: 409 });

  const factSlugs = weakest.map((fact) => fact.slug);
  const title = `Review: weakest facts (${dayLabel.format(now)})`;
  // The class as getFactMastery found it among the actor's.
  const twins = await db.assignment.findMany({ where: { classId: taughtClassId, title }, select: { id: true, factSlugs: true } });
  const twin = twins.find((row) => sameSlugs(JSON.parse(row.factSlugs ?? "[]") as string[], factSlugs));
  if (twin) return { assignmentId: twin.id, title, factSlugs, isExisting: true };
  const input = (itemCount: number) => ({
    title,
    factSlugs,
    itemCount,
    mode: "practice",
    attemptsAllowed: WEAKEST_REVIEW_DEFAULTS.attemptsAllowed,
    dueAt: new Date(now.getTime() + WEAKEST_REVIEW_DEFAULTS.dueInDays * DAY_MS).toISOString(),
    showAnswersAfterDue: false,
  });
  // A handful of facts may not yield the default number of questions (422 on itemCount): ask for fewer.
  const counts = [...new Set([WEAKEST_REVIEW_DEFAULTS.itemCount, factSlugs.length, Math.ceil(factSlugs.length / 2)])].sort((a, b) => b - a);
  for (const itemCount of counts) {
    try {
      const { id } = await createAssignment(actor, classId, input(itemCount), { db, now });
      return { assignmentId: id, title, factSlugs, isExisting: false };
    } catch (error) {
      if (!(isAppError(error) && error.status === 422 && error.field === "itemCount")) throw error;
    }
  }
  const { id } = await createAssignment(actor, classId, input(1), { db, now });
  return { assignmentId: id, title, factSlugs, isExisting: false };
}
