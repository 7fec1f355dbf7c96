import { describe, expect, it } from "vitest";
import { testPacks } from "./__fixtures__/packs";
import { writesItsDate } from "./dates";
import { generateAllItemsDetailed } from "./generate";
import { gradeResponse } from "./grade";
import { factQuestion } from "./items/multiple-choice";
import { trueStatementPrompt } from "./items/true-statement";
import { indexPack } from "./pack-index";
import { isEverywhereSlot } from "./slots";
import { generateQuiz } from "./quiz";
import type { ChoiceClientItem, ClientItem, LoadedFact, LoadedPack, Quiz } from "./types";

const isTrueStatementItem = (item: ClientItem): item is ChoiceClientItem => item.type === "multiple-choice" && item.prompt === trueStatementPrompt;

describe.each(testPacks)("'which of these statements is true?' in %s", (name, pack: LoadedPack) => {
  const index = indexPack(pack);
  const seeds = Array.from({ length: 12 }, (_, i) => `true-statement-${i}`);
  const byFalseStatement = new Map(pack.facts.flatMap((fact) => (fact.falseStatement === undefined ? [] : [[fact.falseStatement, fact] as const])));
  const paragraphsOf = (fact: LoadedFact) => fact.sources.map((ref) => `${ref.source}|${ref.para}`);

  const items = seeds.slice(0, 4).flatMap((seed) => generateAllItemsDetailed(pack, { seed }).flatMap((item) => (isTrueStatementItem(item.client) ? [item] : [])));
  /** The item's tested fact, its right option and the facts its wrong options turn round. */
  const parts = (client: ChoiceClientItem, quiz: Pick<Quiz, "key">) => {
    const key = quiz.key[client.id];
    if (key?.answer.kind !== "option") throw new Error(`${client.id} has no option key`);
    const { optionId } = key.answer;
    const fact = index.factById.get(key.factIds[0] ?? "");
    const told = client.options.filter((option) => option.id !== optionId).map((option) => byFalseStatement.get(option.text));
    return { key, fact, right: client.options.find((option) => option.id === optionId), told };
  };

  it("offers a fact with no question of its own (or one the pack's own countries answer), dated in its sentence, among false statements of three other events of its modules, each from a paragraph of its own", () => {
    if (name === "pak-us-relations") expect(items.length).toBeGreaterThan(100);
    for (const { client, key } of items) {
      const { fact, right, told } = parts(client as ChoiceClientItem, { key: { [client.id]: key } });
      expect(fact, client.id).toBeDefined();
      if (!fact) continue;
      expect(key.factIds).toEqual([fact.id]);
      const question = factQuestion({ index, seed: "any" }, fact);
      if (question) expect(isEverywhereSlot(index, question.slot), fact.id).toBe(true);
      expect(writesItsDate(fact.plainText, fact)).toBe(true);
      expect(right?.text).toBe(fact.plainText);
      expect(told).toHaveLength(3);
      for (const other of told) {
        expect(other, `a wrong option of ${client.id} is no fact's false statement`).toBeDefined();
        if (!other) continue;
        expect(other.modules.some((moduleId) => fact.modules.includes(moduleId)), other.id).toBe(true);
        expect(index.groupOf.get(other.id)).not.toBe(index.groupOf.get(fact.id));
        expect(paragraphsOf(other).filter((paragraph) => paragraphsOf(fact).includes(paragraph))).toEqual([]);
      }
      // Of three events and three paragraphs: one passage's statements echo each other.
      expect(new Set(told.map((other) => other && index.groupOf.get(other.id))).size).toBe(3);
      const cited = told.flatMap((other) => (other ? paragraphsOf(other) : []));
      expect(new Set(cited).size, client.id).toBe(cited.length);
    }
  });

  it("shows the true sentence as the answer and explains each false one by its fact, citing every fact it tells", () => {
    for (const { client, key } of items) {
      const { fact, told } = parts(client as ChoiceClientItem, { key: { [client.id]: key } });
      expect(key.expected).toBe(fact?.plainText);
      // Another source's account of the true sentence (finishItem) comes first, not after the false ones.
      const others = key.explanation.split(/(?:^| )The other statements are false\. /)[1];
      expect(others, client.id).toBeDefined();
      // In the order of the options they correct.
      expect(others).toBe(told.map((other) => other?.plainText).join(" "));
      for (const other of told) {
        for (const ref of other?.sources ?? []) expect(key.citations.some((citation) => citation.sourceId === ref.source && citation.para === ref.para)).toBe(true);
      }
    }
  });

  it("grades the true sentence right and each false one wrong", () => {
    for (const { client, key } of items.slice(0, 40)) {
      for (const option of (client as ChoiceClientItem).options) {
        const isRight = key.answer.kind === "option" && key.answer.optionId === option.id;
        expect(gradeResponse(client, key, { optionId: option.id }).correct).toBe(isRight);
      }
    }
  });

  it("sets the true sentence among false statements of its own topic where its modules have them: a true sentence on drones among three on aid was picked as the one on topic", () => {
    const onTopic = items.map(({ client, key }) => {
      const { fact, told } = parts(client as ChoiceClientItem, { key: { [client.id]: key } });
      return told.filter((other) => other?.tags.some((tag) => fact?.tags.includes(tag))).length;
    });
    // 0.8 per item when the nearest in length came first, whatever their topic; 1.50 since four facts on
    // aid lost their false statements (quiz audit of 7 December), from 1.5 and more before; 1.39 once
    // more facts lost theirs and the aid dependency took a tag of its own (later audits of that day).
    if (name === "pak-us-relations") expect(onTopic.reduce((sum, count) => sum + count, 0) / onTopic.length).toBeGreaterThan(1.3);
  });

  it("gives the true sentence away neither by length nor by place: shortest or longest in at most 60% of items (chance: half), each place at most 40%", () => {
    if (items.length === 0) return;
    const extremes = items.filter(({ client, key }) => {
      const { right } = parts(client as ChoiceClientItem, { key: { [client.id]: key } });
      const others = (client as ChoiceClientItem).options.filter((option) => option !== right).map((option) => option.text.length);
      const length = right?.text.length ?? 0;
      return others.every((other) => other > length) || others.every((other) => other < length);
    });
    expect(extremes.length).toBeLessThanOrEqual(0.6 * items.length);
    const places = new Map<string, number>();
    for (const { key } of items) if (key.answer.kind === "option") places.set(key.answer.optionId, (places.get(key.answer.optionId) ?? 0) + 1);
    for (const count of places.values()) expect(count).toBeLessThanOrEqual(0.4 * items.length);
  });

  it("asks no event its false statements tell in any other item of the quiz, nor a fact of their paragraphs while others remain, and asks at most one item in ten this way", () => {
    let asked = 0;
    for (const seed of seeds) {
      for (const modules of [["all"], ...pack.modules.map((m) => [m.id])]) {
        const quiz = generateQuiz(pack, { modules: modules[0] === "all" ? "all" : modules, count: 20, seed });
        const trueStatements = quiz.items.filter(isTrueStatementItem);
        asked += trueStatements.length;
        expect(trueStatements.length).toBeLessThanOrEqual(2);
        for (const client of trueStatements) {
          const told = parts(client, quiz).told.flatMap((fact) => (fact ? [fact] : []));
          const toldGroups = new Set(told.map((fact) => index.groupOf.get(fact.id)));
          const toldParagraphs = new Set(told.flatMap(paragraphsOf));
          for (const other of quiz.items) {
            if (other.id === client.id) continue;
            for (const factId of quiz.key[other.id]?.factIds ?? []) {
              expect(toldGroups.has(index.groupOf.get(factId)), `${factId} asked beside ${client.id} (${seed})`).toBe(false);
              const fact = other.type === "ordering" || other.type === "matching" ? undefined : index.factById.get(factId);
              // Items that tell a fact's sentence, as the paragraph rule reads them; before the last pass,
              // which one-module quizzes may reach.
              if (fact && modules[0] === "all") expect(paragraphsOf(fact).filter((paragraph) => toldParagraphs.has(paragraph)), `${factId} beside ${client.id}`).toEqual([]);
            }
          }
        }
      }
    }
    if (name === "pak-us-relations") expect(asked).toBeGreaterThan(20);
  });

  it("never turns round a fact a review is due to ask: it could not be asked after", () => {
    let asked = 0;
    for (const seed of seeds) {
      for (const moduleDef of pack.modules) {
        const due = moduleDef.factIds.slice(0, 12);
        const quiz = generateQuiz(pack, { factIds: due, count: 20, seed });
        for (const client of quiz.items.filter(isTrueStatementItem)) {
          asked++;
          for (const fact of parts(client, quiz).told) expect(due, `${client.id} (${seed})`).not.toContain(fact?.id);
        }
      }
    }
    if (name === "pak-us-relations") expect(asked).toBeGreaterThan(0);
  });
});
