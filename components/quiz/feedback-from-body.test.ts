import { describe, expect, it } from "vitest";
import { feedbackFromBody } from "./feedback-from-body";

describe("feedbackFromBody", () => {
  const base = { correct: false, yourAnswer: "B; A", expected: "A (2001); B (2005)", explanation: "Because.", citations: [], partial: { correct: 1, total: 2 } };

  it("keeps an ordering or matching answer's parts when each is well formed", () => {
    const ordering = [
      { given: "B (2005)", correct: false, belongsAt: 2 },
      { given: "A (2001)", correct: true, belongsAt: 1 },
    ];
    expect(feedbackFromBody({ feedback: { ...base, parts: ordering } })).toEqual({ ...base, parts: ordering });
    const matching = [{ label: "CIA", given: "x", expected: "x", correct: true }];
    expect(feedbackFromBody({ feedback: { ...base, parts: matching } })).toEqual({ ...base, parts: matching });
  });

  it("drops parts that do not have the shape the panel shows, keeping the rest of the feedback", () => {
    const malformed = [
      [{ given: "B", expected: "A" }],
      [{ given: "B", expected: "A", correct: false, label: 3 }],
      [{ given: "B", expected: "A", correct: false }],
      [{ given: "B", correct: false, belongsAt: "2" }],
      "B; A",
      [null],
    ];
    for (const parts of malformed) {
      expect(feedbackFromBody({ feedback: { ...base, parts } })).toEqual(base);
    }
  });

  it("reads no feedback from a body without a verdict", () => {
    expect(feedbackFromBody({ feedback: null })).toBeNull();
    expect(feedbackFromBody("ok")).toBeNull();
  });
});
