import { describe, expect, it } from "vitest";
import { generateQuiz, itemTypes } from "@/lib/engine";
import { questionTypesFor } from "./question-types";
import { loadQuizPack } from "./quiz-pack";

const PACK = "pak-us-relations";

describe("questionTypesFor", () => {
  it("names the types the Cold War module can ask, and not those it cannot", () => {
    const types = questionTypesFor(PACK, ["cold-war-and-sanctions"]);
    expect(types).toEqual(expect.arrayContaining(["true-false", "cause-effect"]));
    expect(types).not.toContain("attribution");
    expect(types).not.toContain("ordering");
  });

  it("agrees with the quizzes a learner gets: a named type gives a quiz, any other gives none", () => {
    const pack = loadQuizPack(PACK);
    const modules = ["cold-war-and-sanctions"];
    const named = questionTypesFor(PACK, modules);
    for (const type of itemTypes) {
      const drawn = ["a", "b", "c", "d", "e"].some((seed) => generateQuiz(pack, { modules, count: 10, types: [type], seed }).items.length > 0);
      expect(drawn, type).toBe(named.includes(type));
    }
  });

  it("names none for a module the pack does not have, as when the database is ahead of the pack on disk", () => {
    expect(questionTypesFor(PACK, ["no-such-module"])).toEqual([]);
  });

  it("finds every type across all modules, ordering included", () => {
    const all = loadQuizPack(PACK).modules.map((module) => module.id);
    expect(questionTypesFor(PACK, all)).toEqual([...itemTypes]);
  });
});
