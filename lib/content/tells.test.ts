import { describe, expect, it } from "vitest";
import type { Fact } from "./schema";
import { wrongOptionTells } from "./tells";

type TestFact = Fact & { plainText: string };

/** A fact with only what the tells read: its true sentences and its wrong options. */
function fact(id: string, fields: Partial<Pick<Fact, "cause" | "claim" | "effect" | "falseStatement" | "wrongEffects">> & { text?: string }): TestFact {
  return { id, plainText: fields.text ?? `${id} happened.`, ...fields } as TestFact;
}

describe("wrongOptionTells", () => {
  it("finds a word that the wrong options of three facts use and no true sentence does, however it is inflected", () => {
    const facts = [
      fact("a", { falseStatement: "Washington stopped all contact with Islamabad." }),
      fact("b", { effect: "relations declined", wrongEffects: ["the United States stops its aid"] }),
      fact("c", { falseStatement: "Pakistan was stopping the talks." }),
    ];
    expect(wrongOptionTells(facts)).toEqual([{ term: "stopped", factIds: ["a", "b", "c"] }]);
  });

  it("leaves a word alone once a true sentence uses it, or when only two facts' wrong options do", () => {
    const wrong = [fact("a", { falseStatement: "Washington stopped aid." }), fact("b", { wrongEffects: ["Pakistan stopped the talks"] })];
    expect(wrongOptionTells(wrong)).toEqual([]);
    const third = fact("c", { falseStatement: "Islamabad stopped the convoys." });
    expect(wrongOptionTells([...wrong, third]).map((tell) => tell.term)).toEqual(["stopped"]);
    for (const field of ["text", "cause", "claim", "effect"] as const) {
      const trueSentence = fact("d", { [field]: "In 1990 the United States stopped its aid." });
      expect(wrongOptionTells([...wrong, third, trueSentence]), field).toEqual([]);
    }
  });

  it("counts a fact once however many of its options use the word, and finds pairs of words not told apart by either word", () => {
    const facts = [
      fact("a", { effect: "Washington grew wary", wrongEffects: ["Washington came to trust Pakistan", "Washington came to rely on Pakistan"] }),
      fact("b", { text: "Pakistan came under pressure; Washington insisted.", wrongEffects: ["Washington came to doubt India"] }),
      fact("c", { falseStatement: "Washington came to share Pakistan's view." }),
    ];
    expect(wrongOptionTells(facts)).toEqual([{ term: "washington came", factIds: ["a", "b", "c"] }]);
  });

  it("gives a pair only when neither of its words is a tell itself", () => {
    const facts = ["a", "b", "c"].map((id) => fact(id, { falseStatement: "The United Nations imposed sanctions." }));
    expect(wrongOptionTells(facts).map((tell) => tell.term)).toEqual(["united", "nations", "imposed", "sanctions"]);
  });
});
