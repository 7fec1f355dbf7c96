import { describe, expect, it } from "vitest";
import { itemTypeLabels } from "@/components/quiz/types";
import type { AttemptBreakdown } from "@/lib/server/services/learn/attempt-breakdown";
import { toResultView } from "./to-result-view";

const now = new Date("2026-12-04T21:00:00Z");

function breakdown(reviewDueDates: string[]): AttemptBreakdown {
  return {
    view: {
      id: "attempt-1",
      mode: "practice",
      status: "submitted",
      packId: "pack-1",
      moduleSlugs: [],
      itemTypes: null,
      startedAt: "2026-12-04T20:55:00Z",
      submittedAt: "2026-12-04T20:59:30Z",
      deadlineAt: null,
      deadlineKind: null,
      outcome: "submitted",
      answersAt: null,
      assignmentItemCount: null,
      assignmentId: null,
      assignmentTitle: null,
      isFeedbackPerItem: true,
      total: 0,
      answeredCount: 0,
      nextPosition: null,
      score: 0,
      maxScore: 0,
      items: [],
    },
    isGradingVisible: true,
    canOpenAssignment: false,
    gradingShownAt: null,
    modules: [],
    toReview: [],
    reviewDueDates,
  };
}

describe("toResultView: when the answered facts come back", () => {
  it("counts the facts due at each time, earliest first, in the review page's words", () => {
    const dueDates = ["2026-12-04T21:01:00Z", "2026-12-04T21:01:10Z", "2026-12-04T21:10:00Z", "2026-12-05T09:00:00Z", "2026-12-05T20:00:00Z", "2026-12-09T08:00:00Z"];
    expect(toResultView(breakdown(dueDates), itemTypeLabels, now, "UTC").reviewReturns).toEqual([
      { when: "In 1 min", factCount: 2 },
      { when: "In 10 min", factCount: 1 },
      { when: "Tomorrow", factCount: 2 },
      { when: "In 5 days", factCount: 1 },
    ]);
  });

  it("places days in the learner's time zone", () => {
    // An hour after 23:30 in Karachi (UTC+5) is the next day there, the same day in UTC.
    const at = new Date("2026-12-04T18:30:00Z");
    const dueDates = ["2026-12-04T19:30:00Z"];
    expect(toResultView(breakdown(dueDates), itemTypeLabels, at, "Asia/Karachi").reviewReturns).toEqual([{ when: "Tomorrow", factCount: 1 }]);
    expect(toResultView(breakdown(dueDates), itemTypeLabels, at, "UTC").reviewReturns).toEqual([{ when: "Later today", factCount: 1 }]);
  });

  it("lists nothing when no answered fact has a memory (or the grading is hidden)", () => {
    expect(toResultView(breakdown([]), itemTypeLabels, now, "UTC").reviewReturns).toEqual([]);
  });
});

describe("toResultView: the items to review", () => {
  it("shows what a true/false item stated and the sentence a blank was in, not only \"True or false?\"", () => {
    const items: AttemptBreakdown["view"]["items"] = [
      { position: 0, itemId: "tf", isAnswered: true, response: { value: true }, feedback: null, item: { id: "tf", type: "true-false", prompt: "True or false?", statement: "Pakistan closed the route.", difficulty: "easy" } },
      { position: 1, itemId: "cz", isAnswered: false, response: null, feedback: null, item: { id: "cz", type: "cloze", prompt: "Fill in the blank.", before: "In ", after: " the raid took place.", hint: "A", difficulty: "medium" } },
      { position: 2, itemId: "sa", isAnswered: false, response: null, feedback: null, item: { id: "sa", type: "short-answer", prompt: "Which city?", hint: "A", difficulty: "medium" } },
    ] as AttemptBreakdown["view"]["items"];
    const base = breakdown([]);
    const view = toResultView({ ...base, view: { ...base.view, items }, toReview: [0, 1, 2].map((position) => ({ position, module: null })) }, itemTypeLabels, now, "UTC");
    expect(view.toReview.map(({ prompt, detail }) => [prompt, detail])).toEqual([
      ["True or false?", "Pakistan closed the route."],
      ["Fill in the blank.", "In _____ the raid took place."],
      ["Which city?", null],
    ]);
  });
});
