import { describe, expect, it } from "vitest";
import type { ItemAnalysis, ItemStats } from "@/lib/server/services/teach/analysis/types";
import { toItemGroups } from "./to-item-groups";

function stats(key: string, responses: number, correct: number, flags: ItemStats["flags"]): ItemStats {
  return {
    key,
    type: "multiple-choice",
    factSlugs: [key],
    prompt: `Question ${key}?`,
    responses,
    unanswered: 0,
    correct,
    facility: responses > 0 ? correct / responses : null,
    discrimination: flags.includes("too_few_answers") ? null : 0.31,
    upperLower: flags.includes("too_few_answers") ? null : -0.2,
    options: [],
    flags,
  };
}

const analysis: ItemAnalysis = {
  classId: "class-1",
  className: "Year 10",
  assignment: null,
  attemptsAnalysed: 6,
  groups: [
    { moduleSlug: "cold-war", title: "Cold War", items: [stats("a", 6, 3, [])] },
    { moduleSlug: null, title: "Other facts", items: [stats("b", 3, 2, ["too_few_answers"])] },
  ],
};

describe("item analysis as the page shows it", () => {
  it("numbers items across groups and gives rated items their share and figures", () => {
    const [coldWar, other] = toItemGroups(analysis);
    expect(coldWar).toMatchObject({ id: "cold-war", items: [{ number: 1, facilityLabel: "50%", discriminationLabel: "0.31", upperLowerLabel: "−0.20", isFlagged: false }] });
    expect(other?.id).toBe("other-1");
    expect(other?.items[0]?.number).toBe(2);
  });

  it("counts the answers of an item with too few for a share, and rates nothing else", () => {
    const item = toItemGroups(analysis)[1]?.items[0];
    expect(item).toMatchObject({ facilityLabel: "2 of 3", discriminationLabel: "—", upperLowerLabel: "—", hasTooFewAnswers: true, isFlagged: false });
  });
});
