import "server-only";
import type { ItemType } from "@/lib/engine";
import { masteryOf } from "@/lib/server/services/review/fsrs-memory";
import { timeZoneSchema } from "@/lib/validation/learn";
import { readItemTypes, resolveOptions, type Learner, type ServiceOptions } from "./attempt-records";
import { dayKey, dayKeyer, shiftDayKey } from "./calendar";
import { closeExpiredAttempts } from "./close-expired-attempts";
import type { AttemptMode } from "./types";

export interface DashboardOptions extends ServiceOptions {
  /** IANA zone for "today" and the streak; default UTC. */
  timeZone?: string;
}

export interface ModuleProgress {
  packId: string;
  slug: string;
  title: string;
  summary: string;
  totalFacts: number;
  /** Facts answered at least once, right or wrong (as "practised" on the progress page). */
  practisedFacts: number;
  /** Facts at the "mastered" level (see masteryOf in services/review/fsrs-memory.ts). */
  masteredFacts: number;
}

export interface ContinueAttempt {
  attemptId: string;
  mode: AttemptMode;
  moduleSlugs: string[];
  /** The question types the quiz was limited to; null when it could use every type. */
  itemTypes: ItemType[] | null;
  /** The assignment's title, as its teacher named it, for an assignment's attempt. */
  assignmentTitle: string | null;
  answeredCount: number;
  total: number;
  startedAt: string;
}

export interface Dashboard {
  modules: ModuleProgress[];
  /** Consecutive local days, up to today, with at least one graded answer; yesterday's streak stays alive until today ends. */
  streakDays: number;
  /** Whether today already has a graded answer: the streak is safe until tomorrow ends. */
  answeredToday: boolean;
  /** The latest unfinished attempt, to continue where the learner left off. */
  continueAttempt: ContinueAttempt | null;
}

// Streaks are read from this many days of answers; longer ones show as this.
const STREAK_WINDOW_DAYS = 366;

/**
 * The signed-in learner's dashboard: progress per module, the answer streak
 * and the attempt to continue (reviews due: getReviewSummary).
 *
 * @example
 * const dashboard = await getDashboard(user, { timeZone: "Asia/Karachi" });
 */
export async function getDashboard(learner: Learner, options: DashboardOptions = {}): Promise<Dashboard> {
  const { db, now } = resolveOptions(options);
  const timeZone = timeZoneSchema.catch("UTC").parse(options.timeZone ?? "UTC");
  const since = new Date(now.getTime() - STREAK_WINDOW_DAYS * 24 * 60 * 60 * 1000);

  // First: closing an attempt at its time limit can write memory that the reads below count.
  const continueAttempt = await getContinueAttempt(learner, { db, now });
  const [modules, memories, answers] = await Promise.all([
    db.module.findMany({
      where: { retiredAt: null },
      orderBy: [{ packId: "asc" }, { position: "asc" }],
      select: { packId: true, slug: true, title: true, summary: true, facts: { where: { fact: { retiredAt: null } }, select: { factId: true } } },
    }),
    db.factMemory.findMany({ where: { userId: learner.id }, select: { factId: true, seen: true, state: true, stability: true } }),
    db.response.findMany({ where: { userId: learner.id, answeredAt: { gte: since } }, select: { answeredAt: true } }),
  ]);

  const memoryByFact = new Map(memories.map((memory) => [memory.factId, memory]));
  const moduleProgress = modules.map((module): ModuleProgress => {
    const rows = module.facts.map((link) => memoryByFact.get(link.factId));
    const practisedFacts = rows.filter((row) => (row?.seen ?? 0) > 0).length;
    const masteredFacts = rows.filter((row) => masteryOf(row) === "mastered").length;
    return {
      packId: module.packId,
      slug: module.slug,
      title: module.title,
      summary: module.summary,
      totalFacts: rows.length,
      practisedFacts,
      masteredFacts,
    };
  });

  const localDay = dayKeyer(timeZone);
  const days = new Set(answers.map((answer) => localDay(answer.answeredAt)));
  const today = dayKey(now, timeZone);
  const hasAnsweredToday = days.has(today);
  let streakDays = 0;
  for (let day = hasAnsweredToday ? today : shiftDayKey(today, -1); days.has(day); day = shiftDayKey(day, -1)) streakDays++;

  return {
    modules: moduleProgress,
    streakDays,
    answeredToday: hasAnsweredToday,
    continueAttempt,
  };
}

/**
 * The learner's latest unfinished attempt, to continue where they left off
 * (the dashboard's, and the new-quiz page's, so that a learner about to
 * start another quiz sees the one they left); null when none is open.
 *
 * @example
 * const open = await getContinueAttempt(user);
 */
export async function getContinueAttempt(learner: Learner, options: ServiceOptions = {}): Promise<ContinueAttempt | null> {
  const { db, now } = resolveOptions(options);
  // An attempt past its time limit is closed, not offered as "continue".
  await closeExpiredAttempts(db, { userId: learner.id }, now);
  const open = await db.attempt.findFirst({
    where: { userId: learner.id, status: "in_progress" },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      mode: true,
      moduleSlugs: true,
      itemTypes: true,
      startedAt: true,
      assignment: { select: { title: true } },
      items: { select: { response: { select: { id: true } } } },
    },
  });
  if (!open) return null;
  return {
    attemptId: open.id,
    mode: open.mode as AttemptMode,
    moduleSlugs: JSON.parse(open.moduleSlugs) as string[],
    itemTypes: readItemTypes(open.itemTypes),
    assignmentTitle: open.assignment?.title ?? null,
    answeredCount: open.items.filter((item) => item.response !== null).length,
    total: open.items.length,
    startedAt: open.startedAt.toISOString(),
  };
}
