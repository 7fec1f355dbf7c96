import type { ContinueTarget } from "@/components/dashboard/types";
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
    title: `${modeNames[open.mode]}: ${attemptTitle(open, modules)}`,
    detail: isReadyToHandIn(open.mode, open.answeredCount, open.total)
      ? `All ${open.total} answered: ${handInVerb(open.mode)} to see your score`
      : `${open.answeredCount} of ${open.total} answered`,
    href,
    actionLabel: "Continue",
  };
}
