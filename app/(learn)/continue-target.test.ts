import { describe, expect, it } from "vitest";
import { continueTargetOf, nextStepOf } from "./continue-target";

const moduleOf = (slug: string, factsPractised: number, factsTotal = 10) => ({ slug, title: `Title of ${slug}`, factsPractised, factsMastered: 0, factsTotal });
const nothingWaiting = { assignmentsToDo: 0 };

describe("nextStepOf", () => {
  it("sends a learner who has practised nothing to the first module's lesson", () => {
    expect(nextStepOf([moduleOf("cold-war", 0), moduleOf("drones", 0)], nothingWaiting)).toEqual({
      kicker: "Start here",
      title: "Title of cold-war",
      detail: "Read the lesson, then check yourself on it.",
      href: "/lessons/cold-war",
      actionLabel: "Read the lesson",
    });
  });

  it("offers practice of the first module not yet practised in full, and the lesson of one not yet begun", () => {
    expect(nextStepOf([moduleOf("cold-war", 10), moduleOf("drones", 3), moduleOf("outlook", 0)], nothingWaiting)).toEqual({
      kicker: "Up next",
      title: "Title of drones",
      detail: "3 of 10 facts practised",
      href: "/quiz/new?module=drones",
      actionLabel: "Practise",
    });
    expect(nextStepOf([moduleOf("cold-war", 10), moduleOf("drones", 0)], nothingWaiting)).toMatchObject({ kicker: "Up next", href: "/lessons/drones" });
  });

  it("offers nothing once every fact has been practised, or while an assignment waits", () => {
    expect(nextStepOf([moduleOf("cold-war", 10), moduleOf("drones", 10)], nothingWaiting)).toBeNull();
    expect(nextStepOf([moduleOf("cold-war", 0)], { assignmentsToDo: 1 })).toBeNull();
  });
});

describe("continueTargetOf", () => {
  it("leads back to an open quiz, and to a lesson check inside its lesson", () => {
    const open = { attemptId: "a1", mode: "practice" as const, moduleSlugs: ["cold-war"], itemTypes: null, assignmentTitle: null, answeredCount: 2, total: 5, startedAt: "2026-12-06T08:00:00.000Z" };
    expect(continueTargetOf(open, [moduleOf("cold-war", 2)])).toEqual({
      kicker: "Continue where you left off",
      title: "Practice quiz: Title of cold-war",
      detail: "2 of 5 answered",
      href: "/quiz/a1",
      actionLabel: "Continue",
    });
    expect(continueTargetOf({ ...open, mode: "check" }, [moduleOf("cold-war", 2)])?.href).toBe("/lessons/cold-war?check=a1#check-yourself");
    expect(continueTargetOf(null, [moduleOf("cold-war", 2)])).toBeNull();
  });

  it("names an assignment's attempt by the assignment's title", () => {
    const open = { attemptId: "a2", mode: "assessment" as const, moduleSlugs: ["cold-war", "drones"], itemTypes: null, assignmentTitle: "Unit test", answeredCount: 0, total: 10, startedAt: "2026-12-06T08:00:00.000Z" };
    expect(continueTargetOf(open, [moduleOf("cold-war", 2), moduleOf("drones", 0), moduleOf("outlook", 0)])?.title).toBe("Assessment: Unit test");
  });
});
