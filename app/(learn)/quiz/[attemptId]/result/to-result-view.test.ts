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
      isFeedbackPerItem: true,
      total: 0,
      answeredCount: 0,
      nextPosition: null,
      score: 0,
      maxScore: 0,
      items: [],
    },
    isGradingVisible: true,
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
