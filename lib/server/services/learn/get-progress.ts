import "server-only";
import type { LoadedPack } from "@/lib/content";
import { topicLabel } from "@/lib/engine";
import { masteryOf, Rating, type MasteryLevel } from "@/lib/server/services/review/fsrs-memory";
import { timeZoneSchema } from "@/lib/validation/learn";
import { HISTORY_PAGE_SIZE, readAttemptHistory, type HistoryAttempt } from "./attempt-history";
import { resolveOptions, type Learner, type ServiceOptions } from "./attempt-records";
import { dayKey, dayKeyer, shiftDayKey, weekKey } from "./calendar";
import { loadQuizPack } from "./quiz-pack";

export interface ProgressOptions extends ServiceOptions {
  timeZone?: string;
  /** Attempts listed in the history (newest first); default HISTORY_PAGE_SIZE. */
  historyLimit?: number;
}

/**
 * Mastery, defined once (see masteryOf): a fact is "mastered" when FSRS has
 * it in the Review state with a stability of at least 21 days (the learner is
 * expected to recall it with 90% probability three weeks after the last review),
 * "learning" once answered but not yet that stable, "new" before any answer.
 * Recent accuracy is the share of a fact's or module's last reviews
 * (RECENT_REVIEWS) that were correct.
 */
export interface FactProgress {
  slug: string;
  text: string;
  moduleSlugs: string[];
  tags: string[];
  mastery: MasteryLevel;
  /** ISO; null for new facts. */
  due: string | null;
  lastReview: string | null;
  stabilityDays: number | null;
  seen: number;
  correct: number;
}

export interface ModuleMastery {
  slug: string;
  title: string;
  totalFacts: number;
  newFacts: number;
  learningFacts: number;
  masteredFacts: number;
  /** 0–1 over the module's last reviews, null with none. */
  recentAccuracy: number | null;
}

export interface AccuracyPoint {
  /** "2026-11-23" (day) or the Monday of the week. */
  period: string;
  answered: number;
  correct: number;
  /** 0–1, null when nothing was answered. */
  accuracy: number | null;
}

export interface TopicStrength {
  tag: string;
  /** The tag as a learner reads it: "North Waziristan", "CPEC", "Border strike". */
  label: string;
  reviews: number;
  /** Right answers among `reviews`. */
  correct: number;
  /** correct / reviews. */
  accuracy: number;
  masteredFacts: number;
  totalFacts: number;
}

export interface Progress {
  modules: ModuleMastery[];
  facts: FactProgress[];
  accuracyByDay: AccuracyPoint[];
  accuracyByWeek: AccuracyPoint[];
  /**
   * Tags with at least MIN_TAG_REVIEWS reviews, best first / worst first (up to 5 each).
   * A tag is in one list only: the better half is strongest, the rest needs work;
   * and a tag with fewer than half its answers right is never strongest.
   */
  strongestTopics: TopicStrength[];
  weakestTopics: TopicStrength[];
  history: HistoryAttempt[];
  /** When older attempts than these exist: the `before` that lists them (listAttemptHistory). */
  olderHistoryBefore: string | null;
}

/** The pack, whose topic labels and entities name the tags; none when it does not load (a label is no reason to fail the page). */
function packOf(packId: string): LoadedPack | undefined {
  try {
    return loadQuizPack(packId);
  } catch {
    return undefined;
  }
}

const RECENT_REVIEWS = 20;
const DAYS_CHARTED = 30;
const WEEKS_CHARTED = 12;
/** Answers a topic needs before it is rated strongest or weakest: one lucky answer is no strength. */
export const MIN_TAG_REVIEWS = 3;
const TOPICS_LISTED = 5;
// A topic answered wrongly more often than not needs work, however it compares with the others.
const MIN_STRONG_ACCURACY = 0.5;

/**
 * The signed-in learner's progress page data: mastery per module and per
 * fact from FSRS state, accuracy per day and per week for a chart, strongest
 * and weakest topics by tag, and the attempt history with its items. Only
 * grading the learner may already see is counted (answers of an unsubmitted
 * assessment are left out of accuracy and show no correctness).
 *
 * @example
 * const progress = await getProgress(user, { timeZone: "Asia/Karachi" });
 */
export async function getProgress(learner: Learner, options: ProgressOptions = {}): Promise<Progress> {
  const { db, now } = resolveOptions(options);
  const timeZone = timeZoneSchema.catch("UTC").parse(options.timeZone ?? "UTC");
  const firstDay = shiftDayKey(dayKey(now, timeZone), -(WEEKS_CHARTED * 7 + 7));
  const since = new Date(`${firstDay}T00:00:00Z`);

  const [modules, facts, memories, reviewsByFact, lapsesByFact, responses, history] = await Promise.all([
    db.module.findMany({
      where: { retiredAt: null },
      orderBy: [{ packId: "asc" }, { position: "asc" }],
      select: { slug: true, title: true, facts: { where: { fact: { retiredAt: null } }, orderBy: { position: "asc" }, select: { factId: true } } },
    }),
    db.fact.findMany({
      where: { retiredAt: null },
      select: { id: true, packId: true, slug: true, text: true, data: true, modules: { select: { module: { select: { slug: true } } } } },
    }),
    db.factMemory.findMany({ where: { userId: learner.id } }),
    // Counted in the database: a year of daily practice is thousands of review logs.
    db.reviewLog.groupBy({ by: ["factId"], where: { userId: learner.id }, _count: { _all: true } }),
    db.reviewLog.groupBy({ by: ["factId"], where: { userId: learner.id, rating: Rating.Again }, _count: { _all: true } }),
    db.response.findMany({
      where: {
        userId: learner.id,
        answeredAt: { gte: since },
        // Graded answers the learner has seen graded: not those of an assessment still in progress.
        attemptItem: { attempt: { OR: [{ mode: { not: "assessment" } }, { status: { not: "in_progress" } }] } },
      },
      select: { answeredAt: true, isCorrect: true },
    }),
    readAttemptHistory(db, learner.id, now, { limit: Math.min(Math.max(options.historyLimit ?? HISTORY_PAGE_SIZE, 1), 100) }),
  ]);

  // Each module's last reviews, newest first, across all its live facts.
  const recentByModule = await Promise.all(
    modules.map((module) =>
      db.reviewLog.findMany({
        where: { userId: learner.id, factId: { in: module.facts.map((link) => link.factId) } },
        orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
        take: RECENT_REVIEWS,
        select: { rating: true },
      }),
    ),
  );

  const memoryByFact = new Map(memories.map((memory) => [memory.factId, memory]));
  const reviewCount = new Map(reviewsByFact.map((row) => [row.factId, row._count._all]));
  const lapseCount = new Map(lapsesByFact.map((row) => [row.factId, row._count._all]));
  const tagsOf = (data: string): string[] => {
    const tags = (JSON.parse(data) as { tags?: unknown }).tags;
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string") : [];
  };

  const factProgress = facts.map((fact): FactProgress => {
    const memory = memoryByFact.get(fact.id);
    return {
      slug: fact.slug,
      text: fact.text,
      moduleSlugs: fact.modules.map((link) => link.module.slug),
      tags: tagsOf(fact.data),
      mastery: masteryOf(memory),
      due: memory?.due.toISOString() ?? null,
      lastReview: memory?.lastReview?.toISOString() ?? null,
      stabilityDays: memory ? Math.round(memory.stability * 10) / 10 : null,
      seen: memory?.seen ?? 0,
      correct: memory?.correct ?? 0,
    };
  });
  const factById = new Map(facts.map((fact, i) => [fact.id, factProgress[i] as FactProgress]));

  const moduleMastery = modules.map((module, i): ModuleMastery => {
    const levels = module.facts.map((link) => factById.get(link.factId)?.mastery ?? "new");
    const recent = (recentByModule[i] ?? []).map((log) => log.rating);
    return {
      slug: module.slug,
      title: module.title,
      totalFacts: levels.length,
      newFacts: levels.filter((level) => level === "new").length,
      learningFacts: levels.filter((level) => level === "learning").length,
      masteredFacts: levels.filter((level) => level === "mastered").length,
      recentAccuracy: recent.length === 0 ? null : recent.filter((rating) => rating !== Rating.Again).length / recent.length,
    };
  });

  // Accuracy per day and week, with empty periods kept so the chart's axis is continuous.
  const byDay = new Map<string, { answered: number; correct: number }>();
  const localDay = dayKeyer(timeZone);
  for (const response of responses) {
    const key = localDay(response.answeredAt);
    const entry = byDay.get(key) ?? { answered: 0, correct: 0 };
    entry.answered++;
    if (response.isCorrect) entry.correct++;
    byDay.set(key, entry);
  }
  const point = (period: string, entry = { answered: 0, correct: 0 }): AccuracyPoint => ({
    period,
    ...entry,
    accuracy: entry.answered === 0 ? null : entry.correct / entry.answered,
  });
  const today = dayKey(now, timeZone);
  const accuracyByDay = Array.from({ length: DAYS_CHARTED }, (_, i) => shiftDayKey(today, i - DAYS_CHARTED + 1)).map((day) => point(day, byDay.get(day)));
  const byWeek = new Map<string, { answered: number; correct: number }>();
  for (const [day, entry] of byDay) {
    const week = weekKey(day);
    const sum = byWeek.get(week) ?? { answered: 0, correct: 0 };
    byWeek.set(week, { answered: sum.answered + entry.answered, correct: sum.correct + entry.correct });
  }
  const thisWeek = weekKey(today);
  const accuracyByWeek = Array.from({ length: WEEKS_CHARTED }, (_, i) => shiftDayKey(thisWeek, (i - WEEKS_CHARTED + 1) * 7)).map((week) => point(week, byWeek.get(week)));

  const topics = new Map<string, TopicStrength>();
  const packIdOf = new Map(facts.map((fact) => [fact.id, fact.packId]));
  for (const [id, fact] of factById) {
    const reviews = reviewCount.get(id) ?? 0;
    for (const tag of fact.tags) {
      const topic = topics.get(tag) ?? { tag, label: topicLabel(packOf(packIdOf.get(id) ?? ""), tag), reviews: 0, correct: 0, accuracy: 0, masteredFacts: 0, totalFacts: 0 };
      topic.totalFacts++;
      if (fact.mastery === "mastered") topic.masteredFacts++;
      topic.reviews += reviews;
      topic.correct += reviews - (lapseCount.get(id) ?? 0);
      topics.set(tag, topic);
    }
  }
  const rated = [...topics.values()]
    .filter((topic) => topic.reviews >= MIN_TAG_REVIEWS)
    .map((topic) => ({ ...topic, accuracy: topic.correct / topic.reviews }))
    .sort((a, b) => b.accuracy - a.accuracy || b.reviews - a.reviews || a.tag.localeCompare(b.tag));
  // With fewer than ten rated tags the two lists would meet: a topic must not be both strongest and weakest.
  const strongEnough = rated.filter((topic) => topic.accuracy >= MIN_STRONG_ACCURACY).length; // a prefix: rated is best first
  const strongestCount = Math.min(TOPICS_LISTED, Math.ceil(rated.length / 2), strongEnough);

  return {
    modules: moduleMastery,
    facts: factProgress,
    accuracyByDay,
    accuracyByWeek,
    strongestTopics: rated.slice(0, strongestCount),
    weakestTopics: rated.slice(strongestCount).reverse().slice(0, TOPICS_LISTED),
    history: history.attempts,
    olderHistoryBefore: history.nextBefore,
  };
}
