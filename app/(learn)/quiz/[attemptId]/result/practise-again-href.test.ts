import { describe, expect, it } from "vitest";
import { practiseAgainHref } from "./practise-again-href";

const query = (href: string) => Object.fromEntries(new URL(href, "http://localhost").searchParams);

describe("practiseAgainHref", () => {
  it("sets the form up as the quiz was: its module, a length that holds it, and the types it was limited to", () => {
    expect(query(practiseAgainHref({ mode: "practice", moduleSlugs: ["a", "b"], itemTypes: ["ordering"], total: 4 }))).toEqual({ module: "all", count: "5", mode: "practice", types: "ordering" });
    expect(query(practiseAgainHref({ mode: "assessment", moduleSlugs: ["drones"], itemTypes: null, total: 20 }))).toEqual({ module: "drones", count: "20", mode: "practice", types: "" });
  });

  it("starts a review's or a lesson check's next quiz from every type", () => {
    expect(query(practiseAgainHref({ mode: "check", moduleSlugs: ["drones"], itemTypes: ["multiple-choice", "true-false"], total: 5 })).types).toBe("");
    expect(query(practiseAgainHref({ mode: "review", moduleSlugs: ["a", "b", "c"], itemTypes: null, total: 7 }))).toEqual({ module: "all", count: "10", mode: "practice", types: "" });
  });
});
