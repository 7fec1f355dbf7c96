import type { AttemptHistoryEntry } from "@/components/progress/types";
import type { HistoryAttempt } from "@/lib/server/services/learn/attempt-history";
import { handInVerb, isReadyToHandIn } from "../hand-in-standing";
import { attemptTitle } from "../attempt-title";

const modeLabels: Record<string, string> = { practice: "Practice", assessment: "Assessment", review: "Review", check: "Lesson check" };

/**
 * "4 Dec" in the learner's time zone (UTC if it is unknown); "4 Dec 2025"
 * when `now` is given and falls in another year, as a long history does;
 * "4 Dec, 14:05" with `withTime`.
 */
export function shortDate(iso: string, timeZone: string | undefined, now?: Date, withTime = false): string {
  const format = (zone: string) => {
    const year = (date: Date) => new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: zone }).format(date);
    const when = new Date(iso);
    const withYear = now !== undefined && year(when) !== year(now);
    const time = withTime ? ({ hour: "2-digit", minute: "2-digit" } as const) : {};
    return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: withYear ? "numeric" : undefined, ...time, timeZone: zone }).format(when);
  };
  try {
    return format(timeZone ?? "UTC");
  } catch {
    return format("UTC");
  }
}

/** The history page of the attempts older than `before`. */
export function olderHistoryHref(before: string): string {
  return `/progress/history?before=${encodeURIComponent(before)}`;
}

/** Attempts as the history list shows them; `modules` are the live modules, to name each attempt's. */
export function toHistoryEntries(attempts: HistoryAttempt[], modules: { slug: string; title: string }[], now: Date, timeZone: string | undefined): AttemptHistoryEntry[] {
  return attempts.map((attempt) => {
    const isOpen = attempt.status === "in_progress";
    const answered = attempt.items.filter((item) => item.isAnswered).length;
    const standing = isReadyToHandIn(attempt.mode, answered, attempt.items.length) ? `ready to ${handInVerb(attempt.mode)}` : "in progress";
    return {
      id: attempt.attemptId,
      title: attemptTitle(attempt, modules),
      modeLabel: `${modeLabels[attempt.mode] ?? attempt.mode}${isOpen ? ` · ${standing}` : ""}`,
      // With the time: a learner often starts several quizzes in a day, and the rows must tell them apart.
      whenLabel: shortDate(attempt.submittedAt ?? attempt.startedAt, timeZone, now, true),
      resultLabel: isOpen
        ? `${answered} of ${attempt.items.length} answered`
        : attempt.score !== null && attempt.maxScore
          ? `${attempt.score}/${attempt.maxScore}`
          : "—",
      isOpen,
      href: isOpen ? `/quiz/${attempt.attemptId}` : `/quiz/${attempt.attemptId}/result`,
    };
  });
}
