import { describe, expect, it } from "vitest";
import { figuresOfDate, unsourcedDateFigures, unsourcedFigures } from "./figures";

describe("unsourcedFigures", () => {
  const passages = ["The number of attacks hit a record of 21 last month; aid ran at $2.5 billion and 1,000 troops, with eight strikes in two weeks."];

  it("finds a figure no passage gives, once, and passes those a passage gives in figures or in words", () => {
    expect(unsourcedFigures("A record 21 strikes; 8 more in 2 weeks; $2.50 billion; 1000 troops.", { passages, figures: [] })).toEqual([]);
    expect(unsourcedFigures("A record 22 strikes, and 22 again, and 21.", { passages, figures: [] })).toEqual(["22"]);
  });

  it("takes a figure from the fact's date and its note, and the article's date", () => {
    const date = { precision: "month" as const, value: "2012-03", resolved: "The strike of “November 26, last year”: 26 November 2011." };
    const figures = figuresOfDate(date);
    expect(figures).toEqual(["2012", "3", "March", "26", "26", "2011", "November", "November"]);
    expect(unsourcedFigures("In March 2012, after the strike of 26 November 2011, 24 soldiers were mourned.", { passages: [], figures })).toEqual(["24"]);
    expect(figuresOfDate({ precision: "range", from: "1947", to: "1991" })).toEqual(["1947", "1991"]);
    expect(figuresOfDate({ precision: "decade", value: "1980s" })).toEqual(["1980"]);
  });

  it("holds month names to the same rule: spelt out or abbreviated in a passage, or a date's month", () => {
    const evidence = { passages: ["The talks of Nov. 2011 and Sept. 2012, and the strike of May 2011."], figures: figuresOfDate({ precision: "day", value: "2010-10-02" }) };
    expect(unsourcedFigures("Talks in November 2011 and September 2012; a strike in May 2011; a raid in October 2010.", evidence)).toEqual([]);
    expect(unsourcedFigures("In March 2012 the strike of December 2011 was mourned.", evidence)).toEqual(["March", "December"]);
  });

  it("does not take a lower-case 'may' or 'march' for a month, nor an abbreviation without its full stop", () => {
    expect(unsourcedFigures("They may march on, says Jan Smit.", { passages: [], figures: [] })).toEqual([]);
    expect(unsourcedFigures("They may march on in the Mar. rally.", { passages: [], figures: [] })).toEqual(["March"]);
  });
});

describe("unsourcedDateFigures", () => {
  const article = figuresOfDate({ precision: "day", value: "2012-03-29" });

  it("passes a date its paragraph gives, or its article's date, in any form", () => {
    const passages = ["Generals met Pakistani commanders on November 26, 2011."];
    expect(unsourcedDateFigures({ precision: "day", value: "2011-11-26" }, { passages, figures: [] })).toEqual([]);
    expect(unsourcedDateFigures({ precision: "month", value: "2012-03" }, { passages: [], figures: article })).toEqual([]);
    expect(unsourcedDateFigures({ precision: "range", from: "1947", to: "1991" }, { passages: ["From 1947 until 1991, allies."], figures: [] })).toEqual([]);
  });

  it("finds what a date says that nothing gives, until its resolution note says how it was worked out", () => {
    const date = { precision: "day" as const, value: "2012-03-28" };
    const passages = ["The generals met Pakistani commanders on Wednesday."];
    expect(unsourcedDateFigures(date, { passages, figures: article })).toEqual(["28"]);
    expect(unsourcedDateFigures({ precision: "month", value: "2012-07" }, { passages, figures: article })).toEqual(["July"]);
    const resolved = 'The article of Thursday 29 March 2012 says "on Wednesday", so 28 March 2012.';
    expect(unsourcedDateFigures(date, { passages: [...passages, resolved], figures: article })).toEqual([]);
  });
});
