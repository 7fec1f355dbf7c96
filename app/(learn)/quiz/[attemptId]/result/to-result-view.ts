import type { QuizResultView } from "@/components/quiz/quiz-result";
import type { ItemType } from "@/lib/engine";
import { capitalise } from "@/lib/engine/text";
import { itemDetail } from "@/lib/format/item-wording";
import type { AttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { dateLabel } from "@/components/teach/date-label";
import { relativeDayLabel } from "../../../relative-day-label";

function durationLabel(startedAt: string, submittedAt: string | null): string {
  if (!submittedAt) return "—";
  const seconds = Math.max(0, Math.round((Date.parse(submittedAt) - Date.parse(startedAt)) / 1000));
  const minutes = Math.floor(seconds / 60);
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

/** How many facts fall due at each time, in the words the review page uses ("tomorrow"), earliest first. */
function reviewReturns(dueDates: readonly string[], now: Date, timeZone: string | undefined): QuizResultView["reviewReturns"] {
  const returns: QuizResultView["reviewReturns"] = [];
  for (const due of dueDates) {
    const when = capitalise(relativeDayLabel(due, now, timeZone));
    const last = returns.at(-1);
    if (last?.when === when) last.factCount += 1;
    else returns.push({ when, factCount: 1 });
  }
  return returns;
}

/** The submitted attempt as the result component shows it: score, time, modules, the items to review with their lesson, and when its facts come back. */
export function toResultView(
  { view, isGradingVisible, gradingShownAt, modules, toReview, reviewDueDates }: AttemptBreakdown,
  typeLabels: Record<ItemType, string>,
  now: Date,
  timeZone: string | undefined,
): QuizResultView {
  const itemAt = new Map(view.items.map((entry) => [entry.position, entry]));
  return {
    score: view.score ?? 0,
    maxScore: view.maxScore ?? view.total,
    durationLabel: durationLabel(view.startedAt, view.submittedAt),
    isGradingVisible,
    gradingShownLabel: gradingShownAt ? dateLabel(gradingShownAt, timeZone, true) : null,
    modules: modules.map(({ title, correct, total }) => ({ title, correct, total })),
    reviewReturns: reviewReturns(reviewDueDates, now, timeZone),
    toReview: toReview.flatMap(({ position, module }) => {
      const entry = itemAt.get(position);
      if (!entry) return [];
      return {
        position: position + 1,
        prompt: entry.item.prompt,
        detail: itemDetail(entry.item),
        typeLabel: typeLabels[entry.item.type],
        isAnswered: entry.isAnswered,
        yourAnswer: entry.feedback?.yourAnswer ?? "",
        expected: entry.feedback?.expected ?? "",
        ...(entry.feedback?.parts ? { parts: entry.feedback.parts } : {}),
        explanation: entry.feedback?.explanation ?? "",
        citations: entry.feedback?.citations ?? [],
        lesson: module ? { href: `/lessons/${encodeURIComponent(module.slug)}`, title: module.title } : null,
      };
    }),
  };
}
