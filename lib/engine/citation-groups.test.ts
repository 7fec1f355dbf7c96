import { describe, expect, it } from "vitest";
import { citationsBySource, parasLabel, sourceCitationText } from "./citation-groups";
import type { Citation } from "./types";

function cite(sourceId: string, para: number): Citation {
  return { sourceId, publisher: "Reuters", author: null, title: sourceId, date: "October 2010", para, text: `${sourceId}, para. ${para}` };
}

describe("citationsBySource", () => {
  it("names a source once with every paragraph cited from it, in paragraph order", () => {
    const grouped = citationsBySource([cite("dw", 9), cite("reuters", 2), cite("dw", 4), cite("dw", 9)]);
    expect(grouped.map((entry) => [entry.citation.sourceId, entry.paras])).toEqual([
      ["dw", [4, 9]],
      ["reuters", [2]],
    ]);
  });

  it("keeps a fact with one citation as it is", () => {
    expect(citationsBySource([cite("dw", 3)])).toEqual([{ citation: cite("dw", 3), paras: [3] }]);
    expect(citationsBySource([])).toEqual([]);
  });
});

describe("parasLabel", () => {
  it("writes one, two and more paragraphs as a reader would", () => {
    expect(parasLabel([4])).toBe("para. 4");
    expect(parasLabel([4, 6])).toBe("paras. 4 and 6");
    expect(parasLabel([3, 4, 9])).toBe("paras. 3, 4 and 9");
  });
});

describe("sourceCitationText", () => {
  it("writes a grouped citation as one line with its paragraphs", () => {
    const [entry] = citationsBySource([cite("dw", 11), cite("dw", 9)]);
    expect(entry && sourceCitationText(entry)).toBe("dw, paras. 9 and 11");
  });
});
