import { describe, expect, it } from "vitest";
import { checkFactDate, sortableStart } from "./dates";
import { parseMarkup } from "./markup";

describe("parseMarkup", () => {
  it("collapses white space and keeps offsets right", () => {
    const parsed = parseMarkup("In [June\n2012](#date), [Leon  Panetta](leon-panetta) spoke of [two](#quantity) things.");
    expect(parsed.errors).toEqual([]);
    expect(parsed.plainText).toBe("In June 2012, Leon Panetta spoke of two things.");
    expect(parsed.marks.map((m) => [parsed.plainText.slice(m.start, m.end), m.ref])).toEqual([
      ["June 2012", { type: "date" }],
      ["Leon Panetta", { type: "entity", id: "leon-panetta" }],
      ["two", { type: "quantity" }],
    ]);
  });

  it("keeps ordinary parentheses and reports brackets without a target", () => {
    expect(parseMarkup("Changez ([2024](#date)) says so.").plainText).toBe("Changez (2024) says so.");
    expect(parseMarkup("The [NATO] strike.").errors).toEqual([
      '"[NATO]" has no (target) right after it: write [NATO](entity-id), (#date) or (#quantity)',
    ]);
    expect(parseMarkup("The [NATO](nato strike.").errors[0]).toMatch(/^unbalanced "\("/);
    expect(parseMarkup("An [](nato) mark.").errors[0]).toMatch(/^empty mark/);
  });
});

describe("checkFactDate", () => {
  it("accepts each precision's own format", () => {
    expect(checkFactDate({ precision: "day", value: "2012-02-29" })).toEqual([]);
    expect(checkFactDate({ precision: "decade", value: "1980s" })).toEqual([]);
    expect(checkFactDate({ precision: "range", from: "2014-11", to: "2014-12" })).toEqual([]);
    // A range may start and end within the same year at different precisions.
    expect(checkFactDate({ precision: "range", from: "2014-11", to: "2014" })).toEqual([]);
  });

  it("rejects mismatches, impossible dates and misplaced fields", () => {
    expect(checkFactDate({ precision: "year", value: "2011-05" })[0]?.message).toMatch(/does not match precision year/);
    expect(checkFactDate({ precision: "month", value: "2011-13" })[0]?.message).toMatch(/not a real calendar date/);
    expect(checkFactDate({ precision: "day", value: "2011-02-29" })[0]?.message).toMatch(/not a real calendar date/);
    expect(checkFactDate({ precision: "range", value: "2011", from: "2011", to: "2012" })[0]?.field).toBe("value");
    expect(checkFactDate({ precision: "range", from: "2011" }).map((p) => p.field)).toEqual(["to"]);
    expect(checkFactDate({ precision: "year", value: "2011", to: "2012" }).map((p) => p.field)).toEqual(["to"]);
  });

  it("sorts by the earliest day a date can mean", () => {
    const keys = [
      sortableStart({ precision: "day", value: "2011-05-02" }),
      sortableStart({ precision: "year", value: "2011" }),
      sortableStart({ precision: "decade", value: "1980s" }),
      sortableStart({ precision: "range", from: "2001-09", to: "2014" }),
    ];
    expect(keys).toEqual(["2011-05-02", "2011-01-01", "1980-01-01", "2001-09-01"]);
  });
});
