import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerComparison } from "./answer-comparison";
import { partialLabel } from "./types";

/** The text a reader (and a screen reader) gets, tags dropped. */
function textOf(element: Parameters<typeof renderToStaticMarkup>[0]): string {
  return renderToStaticMarkup(element).replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");
}

describe("AnswerComparison", () => {
  it("lists an ordering answer in the learner's order: events in order marked so, and every event away from its own number with the number it belongs at", () => {
    const text = textOf(
      createElement(AnswerComparison, {
        yourAnswer: "B; C; A",
        expected: "A (2001); B (2005); C (2010)",
        isCorrect: false,
        parts: [
          { given: "B (2005)", correct: true, belongsAt: 2 },
          { given: "C (2010)", correct: true, belongsAt: 3 },
          { given: "A (2001)", correct: false, belongsAt: 1 },
        ],
      }),
    );
    expect(text).toContain("|Event by event:|");
    // B and C stand in order among themselves, at numbers 1 and 2 where they belong at 2 and 3 (UX review: "✓" alone read as "right here").
    expect(text).toContain(
      "|In order: |✓|B (2005)|In order with the others, but belongs at number 2|In order: |✓|C (2010)|In order with the others, but belongs at number 3|",
    );
    expect(text).toContain("|Out of place: |✗|A (2001)|Belongs at number 1|");
    const atItsNumber = textOf(
      createElement(AnswerComparison, {
        yourAnswer: "A; C; B",
        expected: "A (2001); B (2005); C (2010)",
        isCorrect: false,
        parts: [
          { given: "A (2001)", correct: true, belongsAt: 1 },
          { given: "C (2010)", correct: true, belongsAt: 3 },
          { given: "B (2005)", correct: false, belongsAt: 2 },
        ],
      }),
    );
    expect(atItsNumber).toContain("|In order: |✓|A (2001)|In order: |✓|C (2010)|In order with the others, but belongs at number 3|");
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

  it("counts an ordering's events in order and a matching's pairs right, as their rows are marked", () => {
    expect(partialLabel({ correct: 2, total: 3 }, [{ given: "B", correct: true, belongsAt: 2 }])).toBe("2 of 3 in order");
    expect(partialLabel({ correct: 1, total: 3 }, [{ label: "CIA", given: "x", expected: "y", correct: false }])).toBe("1 of 3 right");
  });

  it("gives no count when all of it is right: the heading's \"Correct\" says it (CI run of 8 December: \"Correct (3 of 3 right)\")", () => {
    expect(partialLabel({ correct: 3, total: 3 }, [{ label: "CIA", given: "x", expected: "x", correct: true }])).toBeNull();
    expect(partialLabel({ correct: 4, total: 4 }, [{ given: "B", correct: true, belongsAt: 2 }])).toBeNull();
  });
});
