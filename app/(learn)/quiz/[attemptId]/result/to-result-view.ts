import type { QuizResultView } from "@/components/quiz/quiz-result";
import type { ItemType } from "@/lib/engine";
import type { AttemptView } from "@/lib/server/services/learn/types";

function durationLabel(startedAt: string, submittedAt: string | null): string {
  if (!submittedAt) return "—";
  const seconds = Math.max(0, Math.round((Date.parse(submittedAt) - Date.parse(startedAt)) / 1000));
  const minutes = Math.floor(seconds / 60);
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

/** The submitted attempt as the result component shows it (module breakdown comes from the attempt view's per-item modules when present). */
export function toResultView(view: AttemptView, typeLabels: Record<ItemType, string>): QuizResultView {
  return {
    score: view.score ?? 0,
    maxScore: view.maxScore ?? view.total,
    durationLabel: durationLabel(view.startedAt, view.submittedAt),
    modules: [],
    items: view.items.map((entry) => ({
      position: entry.position + 1,
      prompt: entry.item.prompt,
      typeLabel: typeLabels[entry.item.type],
      isCorrect: entry.feedback?.correct ?? false,
      isAnswered: entry.isAnswered,
      yourAnswer: entry.feedback?.yourAnswer ?? "",
      expected: entry.feedback?.expected ?? "",
      explanation: entry.feedback?.explanation ?? "",
      citations: entry.feedback?.citations ?? [],
    })),
  };
}
