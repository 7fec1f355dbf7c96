import { describe, expect, it } from "vitest";
import { effectLengthProblems } from "./cross-check";
import type { Fact } from "./schema";

/** A cause-effect fact with only what the length check reads: its right effect and its wrong ones. */
function causeEffect(id: string, effect: string, wrongEffects: string[]): Fact {
  return { id, kind: "cause-effect", effect, wrongEffects } as Fact;
}

const between = (id: string) => causeEffect(id, "relations grew tense", ["talks broke down", "aid was cut off at once"]);
const shortest = (id: string) => causeEffect(id, "anger grew", ["talks broke down", "aid was cut off at once"]);

describe("effectLengthProblems", () => {
  it("warns where the right effect sits between its wrong ones in nearly every fact: a learner sets the longest and the shortest aside", () => {
    const problems = effectLengthProblems([between("a"), between("b"), between("c"), between("d"), between("e")]);
    expect(problems.map(({ factId }) => factId)).toEqual(["a", "b", "c", "d", "e"]);
    expect(problems[0]?.message).toContain("coin toss");
  });

  it("warns where the right effect is at one end in nearly every fact, a lone fact too: a learner picks the odd one out", () => {
    expect(effectLengthProblems([shortest("a"), shortest("b"), shortest("c"), shortest("d"), between("e")]).map(({ factId }) => factId)).toEqual(["a", "b", "c", "d"]);
    expect(effectLengthProblems([shortest("a")])[0]?.message).toContain("the right effect is the shortest of its options");
  });

  it("says nothing of a pack near half and half, or of three facts or fewer all between", () => {
    expect(effectLengthProblems([between("a"), shortest("b"), between("c"), shortest("d")])).toEqual([]);
    expect(effectLengthProblems([between("a"), between("b"), between("c")])).toEqual([]);
  });
});
