import { describe, expect, it } from "vitest";
import type { FactProgress, ModuleMastery, Progress } from "@/lib/server/services/learn/get-progress";
import { toProgressView } from "./to-progress-view";

const now = new Date("2026-12-04T12:00:00Z");

function fact(slug: string, moduleSlugs: string[], mastery: FactProgress["mastery"], due: string | null, seen: number): FactProgress {
  return { slug, text: `Fact ${slug}.`, moduleSlugs, tags: [], mastery, due, lastReview: null, stabilityDays: null, seen, correct: Math.min(seen, 1) };
}

function module(slug: string, totalFacts: number): ModuleMastery {
  return { slug, title: `Module ${slug}`, totalFacts, newFacts: 0, learningFacts: 0, masteredFacts: 0, recentAccuracy: null };
}

function progressOf(modules: ModuleMastery[], facts: FactProgress[]): Progress {
  return { modules, facts, accuracyByDay: [], accuracyByWeek: [], strongestTopics: [], weakestTopics: [], history: [], olderHistoryBefore: null };
}

describe("toProgressView: facts grouped by module", () => {
  const progress = progressOf(
    [module("cold-war", 2), module("drones", 3), module("outlook", 1)],
    [
      fact("mastered-early", ["drones"], "mastered", "2026-12-20T00:00:00Z", 4),
      fact("learning-later", ["drones"], "learning", "2026-12-06T00:00:00Z", 2),
      fact("learning-soon", ["drones", "cold-war"], "learning", "2026-12-05T00:00:00Z", 1),
      fact("never-answered", ["drones"], "new", null, 0),
      fact("cold-war-only", ["cold-war"], "mastered", "2026-12-30T00:00:00Z", 3),
      fact("outlook-unseen", ["outlook"], "new", null, 0),
    ],
  );
  const view = toProgressView(progress, now, "UTC");

  it("keeps the pack's module order and leaves out a module with nothing practised", () => {
    expect(view.factGroups.map((group) => group.slug)).toEqual(["cold-war", "drones"]);
  });

  it("lists a fact of two modules under both, and counts only practised facts", () => {
    const [coldWar, drones] = view.factGroups;
    expect(coldWar?.facts.map((entry) => entry.factId)).toEqual(["learning-soon", "cold-war-only"]);
    expect(drones?.facts.map((entry) => entry.factId)).toEqual(["learning-soon", "learning-later", "mastered-early"]);
    expect(drones).toMatchObject({ factsTotal: 3, masteredFacts: 1 });
    expect(view.unstartedFacts).toBe(2);
  });

  it("puts facts still being learnt first, soonest due first, and labels when each is due", () => {
    const drones = view.factGroups[1];
    expect(drones?.facts.map((entry) => [entry.level, entry.dueLabel])).toEqual([
      ["learning", "tomorrow"],
      ["learning", "in 2 days"],
      ["mastered", "on 20 Dec"],
    ]);
  });
});

describe("toProgressView: strongest and weakest topics", () => {
  it("counts each topic's right answers, so a learner reads '1 of 4 right' beside its 25%", () => {
    const topic = (label: string, reviews: number, correct: number) => ({ tag: label, label, reviews, correct, accuracy: correct / reviews, masteredFacts: 0, totalFacts: 3 });
    const view = toProgressView(
      { ...progressOf([], []), strongestTopics: [topic("CPEC", 3, 2)], weakestTopics: [topic("Drones", 4, 1)] },
      now,
      "UTC",
    );
    expect(view.strongest).toEqual([{ label: "CPEC", accuracy: 2 / 3, right: 2, answered: 3 }]);
    expect(view.weakest).toEqual([{ label: "Drones", accuracy: 0.25, right: 1, answered: 4 }]);
  });
});
