import type { RunnerItem } from "@/components/quiz/types";
import type { AttemptView } from "@/lib/server/services/learn/types";

/** The attempt view as the quiz components take it: the item, the learner's stored answer, and feedback when allowed. */
export function toRunnerItems(view: AttemptView): RunnerItem[] {
  return view.items.map((entry) => ({ item: entry.item, answer: entry.response, feedback: entry.feedback }));
}
