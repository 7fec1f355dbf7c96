import { describe, expect, it } from "vitest";
import { restatesAnswer } from "./restates-answer";

describe("restatesAnswer", () => {
  it("is true for the same text with or without a closing full stop", () => {
    expect(restatesAnswer("CIA – Central Intelligence Agency; US – United States.", "CIA – Central Intelligence Agency; US – United States")).toBe(true);
  });

  it("is false when the explanation says more", () => {
    expect(restatesAnswer("In 2011 the raid took place in Abbottabad.", "Abbottabad")).toBe(false);
  });
});
