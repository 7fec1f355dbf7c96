import { describe, expect, it } from "vitest";
import { figuresOfDate, unsourcedFigures } from "./figures";

describe("unsourcedFigures", () => {
  const passages = ["The number of attacks hit a record of 21 last month; aid ran at $2.5 billion and 1,000 troops, with eight strikes in two weeks."];

  it("finds a figure no passage gives, once, and passes those a passage gives in figures or in words", () => {
    expect(unsourcedFigures("A record 21 strikes; 8 more in 2 weeks; $2.50 billion; 1000 troops.", { passages, figures: [] })).toEqual([]);
    expect(unsourcedFigures("A record 22 strikes, and 22 again, and 21.", { passages, figures: [] })).toEqual(["22"]);
  });

  it("takes a figure from the fact's date and its note, and the article's date", () => {
    const date = { precision: "month" as const, value: "2012-03", resolved: "The strike of “November 26, last year”: 26 November 2011." };
    const figures = figuresOfDate(date);
    expect(figures).toEqual(["2012", "3", "26", "26", "2011"]);
    expect(unsourcedFigures("In March 2012, after the strike of 26 November 2011, 24 soldiers were mourned.", { passages: [], figures })).toEqual(["24"]);
    expect(figuresOfDate({ precision: "range", from: "1947", to: "1991" })).toEqual(["1947", "1991"]);
    expect(figuresOfDate({ precision: "decade", value: "1980s" })).toEqual(["1980"]);
  });
});
