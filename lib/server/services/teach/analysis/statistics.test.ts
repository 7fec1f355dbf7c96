import { describe, expect, it } from "vitest";
import { facility, itemFlags, optionRates, pointBiserial, upperLowerIndex, type Observation } from "./statistics";

const obs = (isCorrect: boolean, restScore: number): Observation => ({ isCorrect, restScore });

describe("facility", () => {
  it("is the share of correct answers, null with none", () => {
    expect(facility([obs(true, 0), obs(false, 0), obs(true, 0), obs(true, 0)])).toBe(0.75);
    expect(facility([])).toBeNull();
  });
});

describe("pointBiserial", () => {
  it("matches a hand computation for a discriminating item", () => {
    // Right: 0.8, 0.6, 0.4 (mean 0.6); wrong: 0.4, 0.2 (mean 0.3); all: mean 0.48,
    // squared deviations .1024+.0144+.0064+.0064+.0784 = .208, /5 = .0416, s = .203961;
    // p = .6, √(pq) = √.24 = .489898; r = (0.6 − 0.3) / .203961 · .489898 = 0.720577.
    const value = pointBiserial([obs(true, 0.8), obs(true, 0.6), obs(false, 0.4), obs(true, 0.4), obs(false, 0.2)]);
    expect(value).toBeCloseTo(0.720577, 5);
  });

  it("is negative when the weaker students get the item right", () => {
    // Right: .5, .3, .1 (mean .3); wrong: .9, .7, .6 (mean .733333); all: mean .516667,
    // variance (.146944+.033611+.000278+.046944+.173611+.006944)/6 = .068056, s = .260875;
    // p = .5, √(pq) = .5; r = (.3 − .733333) / .260875 · .5 = −0.830540.
    const value = pointBiserial([obs(false, 0.9), obs(false, 0.7), obs(true, 0.5), obs(true, 0.3), obs(true, 0.1), obs(false, 0.6)]);
    expect(value).toBeCloseTo(-0.83054, 5);
  });

  it("is undefined with too few answers, when everyone is right or wrong, or when rest scores do not vary", () => {
    expect(pointBiserial([obs(true, 1), obs(false, 0), obs(true, 0.5), obs(false, 0.2)])).toBeNull();
    expect(pointBiserial([obs(true, 1), obs(true, 0), obs(true, 0.5), obs(true, 0.2), obs(true, 0.4)])).toBeNull();
    expect(pointBiserial([obs(true, 0.5), obs(false, 0.5), obs(true, 0.5), obs(false, 0.5), obs(true, 0.5)])).toBeNull();
    expect(pointBiserial([obs(true, 1), obs(false, 0)], 2)).toBeCloseTo(1, 10);
  });
});

describe("upperLowerIndex", () => {
  it("compares the top and bottom 27% by rest score", () => {
    // n = 10 → groups of round(2.7) = 3. Top three (.9, .8, .7): 3 right; bottom three (.2, .1, 0): 1 right → D = 1 − 1/3.
    const observations = [
      obs(true, 0.9), obs(true, 0.8), obs(true, 0.7), obs(false, 0.6), obs(true, 0.5),
      obs(false, 0.4), obs(true, 0.3), obs(false, 0.2), obs(true, 0.1), obs(false, 0),
    ];
    expect(upperLowerIndex(observations)).toBeCloseTo(2 / 3, 10);
  });

  it("keeps at least one student per group, breaks ties by input order, and is null with too few answers", () => {
    // n = 5 → round(1.35) = 1: the first of the two .8s is the upper group; the .2 is the lower group.
    expect(upperLowerIndex([obs(false, 0.8), obs(true, 0.8), obs(true, 0.5), obs(true, 0.4), obs(true, 0.2)])).toBe(-1);
    expect(upperLowerIndex([obs(true, 1), obs(false, 0)])).toBeNull();
  });
});

describe("optionRates", () => {
  it("gives each option's choice rate among the answers that showed it, and flags distractors under 5%", () => {
    const rates = optionRates([
      { text: "Right", isKey: true, shown: 40, chosen: 30 },
      { text: "Popular wrong", isKey: false, shown: 40, chosen: 8 },
      { text: "Dead", isKey: false, shown: 40, chosen: 1 },
      { text: "Rarely shown", isKey: false, shown: 4, chosen: 0 },
      { text: "Never shown", isKey: false, shown: 0, chosen: 0 },
    ]);
    expect(rates.map((rate) => rate.rate)).toEqual([0.75, 0.2, 0.025, 0, null]);
    expect(rates.map((rate) => rate.isNonFunctioning)).toEqual([false, false, true, false, false]);
  });

  it("never flags the key, and a 5% rate exactly is functioning", () => {
    const rates = optionRates([
      { text: "Key nobody finds", isKey: true, shown: 20, chosen: 0 },
      { text: "One in twenty", isKey: false, shown: 20, chosen: 1 },
    ]);
    expect(rates.map((rate) => rate.isNonFunctioning)).toEqual([false, false]);
  });
});

describe("itemFlags", () => {
  const dead = optionRates([{ text: "Dead", isKey: false, shown: 30, chosen: 0 }]);
  it("says 'too few answers' and nothing else under the minimum", () => {
    expect(itemFlags(4, -0.5, dead)).toEqual(["too_few_answers"]);
  });
  it("flags negative discrimination and non-functioning distractors", () => {
    expect(itemFlags(30, -0.1, dead)).toEqual(["negative_discrimination", "non_functioning_distractor"]);
    expect(itemFlags(30, 0.3, [])).toEqual([]);
    expect(itemFlags(30, null, [])).toEqual([]);
  });
  it("doubts an answer key only on ten answers or more: on five, one slip reads as a strongly negative figure", () => {
    expect(itemFlags(9, -0.72, [])).toEqual([]);
    expect(itemFlags(10, -0.72, [])).toEqual(["negative_discrimination"]);
  });
});
