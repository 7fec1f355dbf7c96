import type { AttemptView } from "@/lib/server/services/learn/types";
import { ATTEMPT_COUNTS } from "@/lib/validation/learn";
import { quizFormQuery } from "../../new/form-query";

/**
 * The new-quiz form set up as this quiz was: its module (or all of them), a length that holds it, and
 * the question types it was limited to, so that "Practise again" asks for the same kind of quiz. A
 * review's facts were the due ones and a lesson check's types the lesson's: both start from every type.
 */
export function practiseAgainHref(view: Pick<AttemptView, "mode" | "moduleSlugs" | "itemTypes" | "total">): string {
  const chosenModule = view.moduleSlugs.length === 1 ? (view.moduleSlugs[0] ?? "all") : "all";
  // A quiz may hold fewer questions than were asked for (a small module), never more.
  const count = ATTEMPT_COUNTS.find((length) => length >= view.total) ?? Math.max(...ATTEMPT_COUNTS);
  const chosenTypes = view.mode === "practice" || view.mode === "assessment" ? (view.itemTypes ?? []) : [];
  return `/quiz/new?${quizFormQuery({ module: chosenModule, count, mode: "practice", types: chosenTypes })}`;
}
