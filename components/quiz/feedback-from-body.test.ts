import { describe, expect, it } from "vitest";
import { feedbackFromBody } from "./feedback-from-body";

describe("feedbackFromBody", () => {
  const base = { correct: false, yourAnswer: "B; A", expected: "A (2001); B (2005)", explanation: "Because.", citations: [], partial: { correct: 0, total: 2 } };

  it("keeps an ordering or matching answer's parts when each is well formed", () => {
    const parts = [
      { given: "B (2005)", expected: "A (2001)", correct: false },
      { label: "CIA", given: "x", expected: "x", correct: true },
    ];
    expect(feedbackFromBody({ feedback: { ...base, parts } })).toEqual({ ...base, parts });
  });

  it("drops parts that do not have the shape the panel shows, keeping the rest of the feedback", () => {
    for (const parts of [[{ given: "B", expected: "A" }], [{ given: "B", expected: "A", correct: false, label: 3 }], "B; A", [null]]) {
      expect(feedbackFromBody({ feedback: { ...base, parts } })).toEqual(base);
    }
  });

  it("reads no feedback from a body without a verdict", () => {
    expect(feedbackFromBody({ feedback: null })).toBeNull();
    expect(feedbackFromBody("ok")).toBeNull();
  });
});
