import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerComparison } from "./answer-comparison";

/** The text a reader (and a screen reader) gets, tags dropped. */
function textOf(element: Parameters<typeof renderToStaticMarkup>[0]): string {
  return renderToStaticMarkup(element).replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");
}

describe("AnswerComparison", () => {
  it("lists an ordering answer position by position: right ones as given, wrong ones with what belongs there", () => {
    const text = textOf(
      createElement(AnswerComparison, {
        yourAnswer: "B; A",
        expected: "A (2001); B (2005)",
        isCorrect: false,
        parts: [
          { given: "B (2005)", expected: "A (2001)", correct: false },
          { given: "C (2010)", expected: "C (2010)", correct: true },
        ],
      }),
    );
    expect(text).toContain("|Position by position:|");
    expect(text).toContain("|Wrong: |✗|B (2005)|Should be:| A (2001)|");
    expect(text).toContain("|Right: |✓|C (2010)|");
    // The parts say it all: no "a; b" lines beside them.
    expect(text).not.toContain("Your answer:");
    expect(text).not.toContain("Correct answer:");
  });

  it("names each matching pair by its left-hand item", () => {
    const text = textOf(
      createElement(AnswerComparison, {
        yourAnswer: "CIA – x",
        expected: "CIA – y",
        isCorrect: false,
        parts: [{ label: "CIA (Central Intelligence Agency)", given: "x", expected: "y", correct: false }],
      }),
    );
    expect(text).toContain("|Pair by pair:|");
    expect(text).toContain("|Wrong: |✗|CIA (Central Intelligence Agency) – |x|Should be:| y|");
  });

  it("gives other answers as two lines, and says when there was none", () => {
    expect(textOf(createElement(AnswerComparison, { yourAnswer: "India", expected: "China", isCorrect: false }))).toBe("|Your answer:| India|Correct answer:| China|");
    expect(textOf(createElement(AnswerComparison, { yourAnswer: "China", expected: "China", isCorrect: true }))).toBe("|Your answer:| China|");
    expect(textOf(createElement(AnswerComparison, { yourAnswer: null, expected: "China", isCorrect: false }))).toBe("|Your answer:| not answered|Correct answer:| China|");
  });
});
