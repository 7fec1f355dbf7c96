import type { ContinueTarget, DashboardModule } from "@/components/dashboard/types";
import type { ContinueAttempt } from "@/lib/server/services/learn/get-dashboard";
import { handInVerb, isReadyToHandIn } from "./hand-in-standing";
import { attemptTitle } from "./attempt-title";

const modeNames = { practice: "Practice quiz", assessment: "Assessment", review: "Review session", check: "Lesson check" } as const;

/** The "continue where you left off" card for an open attempt; `modules` are the live modules, to name the attempt's. */
export function continueTargetOf(open: ContinueAttempt | null, modules: readonly { slug: string; title: string }[]): ContinueTarget | null {
  if (!open) return null;
  // A lesson check is answered inside its lesson, not on the quiz page.
  const href = open.mode === "check" && open.moduleSlugs[0] ? `/lessons/${open.moduleSlugs[0]}?check=${open.attemptId}#check-yourself` : `/quiz/${open.attemptId}`;
  return {
    kicker: "Continue where you left off",
    title: `${modeNames[open.mode]}: ${attemptTitle(open, modules)}`,
    detail: isReadyToHandIn(open.mode, open.answeredCount, open.total)
      ? `All ${open.total} answered: ${handInVerb(open.mode)} to see your score`
      : `${open.answeredCount} of ${open.total} answered`,
    href,
    actionLabel: "Continue",
  };
}

/**
 * With nothing to continue, the first module (in the pack's order) with facts not yet practised: its
 * lesson when none of them is, else its practice. Null when every fact has been practised, and while an
 * assignment is open to do: a teacher's work with a due date comes first, and its card has the button.
 * Reviews due do not hide it: a quiz's facts come back within minutes (FSRS's learning steps), so on a
 * learner's first days reviews are nearly always due, and the next lesson was never offered (UX review).
 * The reviews tile beside it keeps its count and its button.
 */
export function nextStepOf(modules: readonly DashboardModule[], waiting: { assignmentsToDo: number }): ContinueTarget | null {
  if (waiting.assignmentsToDo > 0) return null;
  const next = modules.find((module) => module.factsPractised < module.factsTotal);
  if (!next) return null;
  const kicker = modules.some((module) => module.factsPractised > 0) ? "Up next" : "Start here";
  if (next.factsPractised === 0) {
    return { kicker, title: next.title, detail: "Read the lesson, then check yourself on it.", href: `/lessons/${next.slug}`, actionLabel: "Read the lesson" };
  }
  return {
    kicker,
    title: next.title,
    detail: `${next.factsPractised} of ${next.factsTotal} facts practised`,
    href: `/quiz/new?module=${encodeURIComponent(next.slug)}`,
    actionLabel: "Practise",
  };
}
