import { describe, expect, it } from "vitest";
import { tallyItems, type AnalysedItem } from "./tally-items";

const item = (group: string, response: AnalysedItem["response"]): AnalysedItem => ({
  attemptId: "a",
  group,
  type: "short-answer",
  factSlugs: [group],
  prompt: `Question ${group}?`,
  options: null,
  keyIndex: -1,
  response,
});
const right = { isCorrect: true, chosenIndex: -1 };
const wrong = { isCorrect: false, chosenIndex: -1 };

describe("tallyItems", () => {
  it("lists an item left unanswered, counting the blanks apart from the answers", () => {
    const stats = tallyItems([
      [item("a", right), item("b", null)],
      [item("a", null), item("b", null)],
      [item("a", wrong), item("b", null)],
    ]);
    expect(stats.map(({ key, responses, unanswered, correct, facility }) => ({ key, responses, unanswered, correct, facility }))).toEqual([
      { key: "a", responses: 2, unanswered: 1, correct: 1, facility: 0.5 },
      { key: "b", responses: 0, unanswered: 3, correct: 0, facility: null },
    ]);
  });
});
