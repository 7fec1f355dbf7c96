import { describe, expect, it } from "vitest";
import { attemptTitle } from "./attempt-title";

const modules = [
  { slug: "drones", title: "Drones and sovereignty" },
  { slug: "outlook", title: "Wary cooperation" },
  { slug: "cold-war", title: "Cold War allies" },
];

describe("attemptTitle", () => {
  it("names one module by its title, every live module as all, and otherwise counts them", () => {
    expect(attemptTitle({ mode: "practice", moduleSlugs: ["drones"], itemTypes: null }, modules)).toBe("Drones and sovereignty");
    expect(attemptTitle({ mode: "practice", moduleSlugs: ["drones", "outlook", "cold-war"], itemTypes: null }, modules)).toBe("All modules");
    expect(attemptTitle({ mode: "practice", moduleSlugs: ["drones", "outlook"], itemTypes: null }, modules)).toBe("2 modules");
  });

  it("adds the question types a quiz was limited to, naming up to three and counting more", () => {
    const all = ["drones", "outlook", "cold-war"];
    expect(attemptTitle({ mode: "practice", moduleSlugs: all, itemTypes: ["ordering"] }, modules)).toBe("All modules · Put in order");
    expect(attemptTitle({ mode: "practice", moduleSlugs: ["drones"], itemTypes: ["ordering", "matching"] }, modules)).toBe("Drones and sovereignty · Put in order and matching");
    expect(attemptTitle({ mode: "practice", moduleSlugs: all, itemTypes: ["multiple-choice", "true-false", "cloze"] }, modules)).toBe(
      "All modules · Multiple choice, true or false and fill in the blank",
    );
    expect(attemptTitle({ mode: "practice", moduleSlugs: all, itemTypes: ["multiple-choice", "true-false", "cloze", "matching"] }, modules)).toBe("All modules · 4 question types");
  });

  it("leaves out a lesson check's types, the same for every check", () => {
    expect(attemptTitle({ mode: "check", moduleSlugs: ["drones"], itemTypes: ["multiple-choice", "true-false"] }, modules)).toBe("Drones and sovereignty");
    // An assignment goes by its teacher's title, whatever it covers.
    expect(attemptTitle({ mode: "practice", moduleSlugs: ["drones", "outlook"], itemTypes: ["ordering"], assignmentTitle: "Week 1 check" }, modules)).toBe("Week 1 check");
  });
});
