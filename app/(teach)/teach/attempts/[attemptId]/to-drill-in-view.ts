import type { DrillInItemView } from "@/components/gradebook/types";
import { itemTypeLabels, partialLabel } from "@/components/quiz/types";
import { itemDetail } from "@/lib/format/item-wording";
import type { TeacherItemView } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";

function durationLabel(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

function optionsOf(item: TeacherItemView["item"]) {
  if (item.type === "multiple-choice" || item.type === "cause-effect" || item.type === "attribution") return item.options;
  if (item.type === "cloze") return item.options ?? [];
  return [];
}

/** The teacher's drill-in items, display-ready. */
export function toDrillInItems(items: TeacherItemView[]): DrillInItemView[] {
  return items.map((entry) => ({
    position: entry.position,
    typeLabel: itemTypeLabels[entry.item.type],
    prompt: entry.item.prompt,
    detail: itemDetail(entry.item),
    options: optionsOf(entry.item).map((option) => ({ text: option.text, isChosen: option.text === entry.yourAnswer, isCorrect: option.text === entry.expected })),
    verdict: entry.isCorrect === null ? "unanswered" : entry.isCorrect ? "right" : "wrong",
    yourAnswer: entry.yourAnswer,
    expected: entry.expected,
    partialLabel: entry.partial ? partialLabel(entry.partial, entry.parts) : null,
    parts: entry.parts,
    timeLabel: entry.timeMs === null ? null : `${entry.isTimeEstimated ? "about " : ""}${durationLabel(entry.timeMs)}`,
  }));
}
