import { describe, expect, it } from "vitest";
import { fixturePack } from "@/lib/engine/__fixtures__/pack";
import { loadRealPack } from "@/lib/engine/__fixtures__/packs";
import { generateAllItems } from "@/lib/engine";
import { itemSupply } from "./items";

describe("itemSupply", () => {
  const supply = itemSupply(fixturePack, 2);
  const quizzes = ["1", "2"].map((seed) => generateAllItems(fixturePack, { seed }));

  it("counts every item the engine makes at each seed, by type", () => {
    const made = quizzes.flatMap((quiz) => quiz.items);
    for (const [type, count] of Object.entries(supply.itemsByType)) expect(count, type).toBe(made.filter((item) => item.type === type).length);
  });

  it("counts, per module, only its own facts, and lists the facts no item asks", () => {
    expect(supply.factsByModule.map((row) => row.moduleId)).toEqual(fixturePack.modules.map((unit) => unit.id));
    for (const row of supply.factsByModule) for (const count of Object.values(row.byType)) expect(count).toBeLessThanOrEqual(row.facts);
    const asked = new Set(quizzes.flatMap((quiz) => Object.values(quiz.key).flatMap((key) => key.factIds)));
    expect(supply.unasked).toEqual(fixturePack.facts.map((fact) => fact.id).filter((id) => !asked.has(id)));
  });

  it("lists the facts only a last resort asks: the real pack's, without their false statements", () => {
    const { pack } = loadRealPack();
    if (!pack) throw new Error("the real pack does not load");
    expect(itemSupply(pack, 1).onlyLastResort).toEqual([]);
    // Without its own false statement, only a guess asks this one: its module has too few false statements
    // from other paragraphs to set beside it in "which of these statements is true?". The other's question,
    // answered by one of the pack's own countries, gives way to those statements.
    const guessed = ["cold-war-military-ties-strengthened"];
    const statementsInstead = "reuters-2010-analysts-pakistan-helps-pick-targets";
    const bare = { ...pack, facts: pack.facts.map((fact) => ([...guessed, statementsInstead].includes(fact.id) ? { ...fact, falseStatement: undefined } : fact)) };
    expect(itemSupply(bare, 1).onlyLastResort).toEqual(guessed);
  });
});
