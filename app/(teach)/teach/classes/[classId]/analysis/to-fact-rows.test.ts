import { describe, expect, it } from "vitest";
import type { FactMasteryModule, FactMasteryRow } from "@/lib/server/services/teach/analysis/types";
import { toFactGroups, toFactRow } from "./to-fact-rows";

function row(slug: string, moduleSlug: string, answers: number, correct: number): FactMasteryRow {
  return {
    slug,
    text: `Fact ${slug}.`,
    moduleTitle: `Module ${moduleSlug}`,
    mastered: 0,
    learning: answers > 0 ? 1 : 0,
    notStarted: answers > 0 ? 1 : 2,
    masteredShare: 0,
    answers,
    correct,
    accuracy: answers > 0 ? correct / answers : null,
  };
}

describe("class analysis: facts grouped by module", () => {
  const facts = [row("a1", "cold-war", 3, 2), row("a2", "cold-war", 0, 0), row("a3", "cold-war", 1, 0), row("b1", "drones", 0, 0), row("c1", "outlook", 1, 1)];
  const unit = (slug: string, factSlugs: string[]): FactMasteryModule => ({ slug, title: `Module ${slug}`, factSlugs });
  const modules = [unit("cold-war", ["a1", "a2", "a3"]), unit("drones", ["b1"]), unit("outlook", ["c1"])];

  it("keeps module order, leaves out a module nobody practised, and counts each against all its assigned facts", () => {
    expect(toFactGroups(modules, facts).map((group) => [group.title, group.counts])).toEqual([
      ["Module cold-war", "2 of 3 facts practised · accuracy 50% (4 answers)"],
      ["Module outlook", "1 of 1 facts practised · accuracy 100% (1 answer)"],
    ]);
  });

  it("lists only practised facts, without repeating the module each sits under", () => {
    const [coldWar] = toFactGroups(modules, facts);
    expect(coldWar?.facts.map((fact) => [fact.slug, fact.moduleTitle, fact.accuracyLabel])).toEqual([
      ["a1", null, "67%"],
      ["a3", null, "0%"],
    ]);
  });

  it("lists a fact of two modules under both, in each module's own order, and counts it in both", () => {
    const shared = [unit("cold-war", ["a1", "a2", "a3"]), unit("drones", ["a3", "b1"]), unit("outlook", ["c1", "a1"])];
    expect(toFactGroups(shared, facts).map((group) => [group.title, group.facts.map((fact) => fact.slug), group.counts])).toEqual([
      ["Module cold-war", ["a1", "a3"], "2 of 3 facts practised · accuracy 50% (4 answers)"],
      ["Module drones", ["a3"], "1 of 2 facts practised · accuracy 0% (1 answer)"],
      ["Module outlook", ["c1", "a1"], "2 of 2 facts practised · accuracy 75% (4 answers)"],
    ]);
  });

  it("names the module in a mixed list, and shows a dash before any answer", () => {
    expect(toFactRow(facts[1] as FactMasteryRow, true)).toMatchObject({ moduleTitle: "Module cold-war", accuracyLabel: "—", answersLabel: "0 answers" });
  });
});
