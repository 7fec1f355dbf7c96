import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPacksDir, listPacks, loadPack } from "@/lib/content";
import { generateQuiz, type AnswerKeyEntry, type ClientItem, type ItemOption, type ItemType } from "@/lib/engine";
import { wrongResponse } from "@/lib/engine/__fixtures__/checks";
import { itemWording } from "@/lib/format/item-wording";
import { ANALYSIS_DIGEST_VERSION, buildAnalysisDigest, decodeAnalysisDigest, isCurrentAnalysisDigest, type DigestSourceItem } from "./analysis-digest";
import { itemKey, tallyItems, type AnalysedItem } from "./tally-items";

const OPTIONS: ItemOption[] = [
  { id: "q", text: "Islamabad" },
  { id: "w", text: "Karachi" },
  { id: "e", text: "Lahore" },
];

function source(position: number, client: Partial<ClientItem> & { type: ItemType }, answer: AnswerKeyEntry["answer"], response: DigestSourceItem["response"], factSlugs = ["fact-b", "fact-a"]): DigestSourceItem {
  return {
    position,
    type: client.type,
    factSlugs: JSON.stringify(factSlugs),
    client: JSON.stringify({ id: `i${position}`, prompt: `Prompt ${position}`, difficulty: "easy", ...client }),
    key: JSON.stringify({ itemId: `i${position}`, type: client.type, factIds: factSlugs, answer, expected: "x", explanation: "x", citations: [], difficultyScore: 0.5 }),
    response,
  };
}

describe("buildAnalysisDigest", () => {
  it("keeps per item, in position order, the group, the grade, the wording and a choice item's option texts with the key and chosen indexes", () => {
    const digest = buildAnalysisDigest([
      source(2, { type: "true-false", statement: "Statement 2." }, { kind: "boolean", value: true }, null, ["fact-c"]),
      source(0, { type: "multiple-choice", options: OPTIONS }, { kind: "option", optionId: "w" }, { answer: '{"optionId":"e"}', isCorrect: false }),
      source(1, { type: "short-answer" }, { kind: "text", accepted: { kind: "number", value: 3, unitWords: [] } }, { answer: '{"text":"3"}', isCorrect: true }, ["fact-c"]),
      source(3, { type: "cloze", before: "", after: " is a city.", options: OPTIONS }, { kind: "text", accepted: { kind: "number", value: 3, unitWords: [] }, optionId: "q" }, { answer: '{"optionId":"q"}', isCorrect: true }),
      source(4, { type: "cloze", before: "Before ", after: " after." }, { kind: "text", accepted: { kind: "number", value: 3, unitWords: [] } }, { answer: '{"text":"4"}', isCorrect: false }),
      source(5, { type: "attribution", options: OPTIONS }, { kind: "option", optionId: "e" }, null),
    ]);
    expect(JSON.parse(digest)).toEqual([
      ANALYSIS_DIGEST_VERSION,
      ["multiple-choice|fact-a,fact-b", 0, "Prompt 0", ["Islamabad", "Karachi", "Lahore"], 1, 2],
      ["short-answer|fact-c", 1, "Prompt 1"],
      ["true-false|fact-c", null, "Prompt 2 Statement 2."],
      ["cloze|fact-a,fact-b", 1, "Prompt 3 _____ is a city.", ["Islamabad", "Karachi", "Lahore"], 0, 0],
      ["cloze|fact-a,fact-b", 0, "Prompt 4 Before _____ after."],
      ["attribution|fact-a,fact-b", null, "Prompt 5", ["Islamabad", "Karachi", "Lahore"], 2, -1],
    ]);
  });
});

describe("decodeAnalysisDigest", () => {
  it("gives the items as the statistics take them", () => {
    const digest = buildAnalysisDigest([
      source(0, { type: "multiple-choice", options: OPTIONS }, { kind: "option", optionId: "w" }, { answer: '{"optionId":"e"}', isCorrect: false }),
      source(1, { type: "true-false", statement: "Statement 1." }, { kind: "boolean", value: true }, null, []),
    ]);
    expect(decodeAnalysisDigest("at1", digest)).toEqual([
      {
        attemptId: "at1",
        group: "multiple-choice|fact-a,fact-b",
        type: "multiple-choice",
        factSlugs: ["fact-a", "fact-b"],
        prompt: "Prompt 0",
        options: ["Islamabad", "Karachi", "Lahore"],
        keyIndex: 1,
        response: { isCorrect: false, chosenIndex: 2 },
      },
      { attemptId: "at1", group: "true-false|", type: "true-false", factSlugs: [], prompt: "Prompt 1 Statement 1.", options: null, keyIndex: -1, response: null },
    ]);
    expect(decodeAnalysisDigest("at2", buildAnalysisDigest([]))).toEqual([]);
  });

  it("is null for a missing, malformed or other-version digest (the reader digests the attempt again)", () => {
    for (const digest of [null, "", "not json", "{}", "[]", "[1]", `[${ANALYSIS_DIGEST_VERSION},["x",1,"p"]]`, `[${ANALYSIS_DIGEST_VERSION},["t|a",2,"p"]]`, `[${ANALYSIS_DIGEST_VERSION},["t|a",1,"p",["a"],"0",0]]`]) {
      expect(decodeAnalysisDigest("at", digest), String(digest)).toBeNull();
    }
    expect([null, "", "[0,1]", "[12,1]", "[1,[]]", "[2]", "[2,[]]"].map(isCurrentAnalysisDigest)).toEqual([false, false, false, false, false, true, true]);
  });
});

/**
 * What the analysis computed from the rows before digests existed: each item
 * decoded from its shown JSON, its stored key and its answer (the reference
 * the digest path must match figure for figure).
 */
function fromRows(attemptId: string, rows: readonly DigestSourceItem[]): AnalysedItem[] {
  return [...rows]
    .sort((a, b) => a.position - b.position)
    .map((row): AnalysedItem => {
      const client = JSON.parse(row.client) as ClientItem;
      const options = "options" in client && client.options ? client.options : null;
      const answer = (JSON.parse(row.key) as AnswerKeyEntry).answer;
      const keyId = answer.kind === "option" ? answer.optionId : answer.kind === "text" ? answer.optionId : undefined;
      const chosenId = row.response ? (JSON.parse(row.response.answer) as { optionId?: string }).optionId : undefined;
      const factSlugs = JSON.parse(row.factSlugs) as string[];
      return {
        attemptId,
        group: itemKey(row.type, factSlugs),
        type: row.type as ItemType,
        factSlugs,
        prompt: itemWording(client),
        options: options?.map((option) => option.text) ?? null,
        keyIndex: options?.findIndex((option) => option.id === keyId) ?? -1,
        response: row.response ? { isCorrect: row.response.isCorrect, chosenIndex: options?.findIndex((option) => option.id === chosenId) ?? -1 } : null,
      };
    });
}

describe("the digest path", () => {
  it("gives the same statistics as the rows, for quizzes of every item type drawn from the real pack", () => {
    const [packId] = listPacks();
    const loaded = loadPack(path.join(defaultPacksDir(), packId ?? ""));
    if (!loaded.ok) throw new Error("the real pack does not load");
    const pack = loaded.pack;
    const modules = pack.modules.map((unit) => unit.id);
    const reference: AnalysedItem[][] = [];
    const digested: AnalysedItem[][] = [];
    for (let student = 0; student < 30; student++) {
      const quiz = generateQuiz(pack, { modules, count: 20, seed: `digest-${student}` });
      const rows = quiz.items.map((item, position): DigestSourceItem => {
        const key = quiz.key[item.id] as AnswerKeyEntry;
        const mark = (student * 7 + position * 13) % 10; // 0: unanswered, 1–5: right, 6–9: wrong
        const right = key.answer.kind === "option" ? { optionId: key.answer.optionId } : key.answer.kind === "text" && key.answer.optionId ? { optionId: key.answer.optionId } : { text: "answer" };
        const response = mark === 0 ? null : { answer: JSON.stringify(mark <= 5 ? right : wrongResponse(item, key)), isCorrect: mark <= 5 };
        return { position, type: item.type, factSlugs: JSON.stringify(key.factIds), client: JSON.stringify(item), key: JSON.stringify(key), response };
      });
      const attemptId = `at-${student}`;
      reference.push(fromRows(attemptId, rows));
      // Rows come back from the database in any order: the digest puts them in position order.
      digested.push(decodeAnalysisDigest(attemptId, buildAnalysisDigest([...rows].reverse())) ?? []);
    }
    const groups = (attempts: AnalysedItem[][]) => attempts.flat().map((item) => [item.attemptId, item.group]);
    expect(groups(digested)).toEqual(groups(reference));
    const expected = tallyItems(reference);
    expect(new Set(expected.map((item) => item.type)).size).toBeGreaterThan(4);
    expect(expected.some((item) => item.options.length > 0)).toBe(true);
    expect(tallyItems(digested)).toEqual(expected);
  }, 30_000); // 30 generated quizzes of 20: about 3.5 s alone, more on two busy cores
});
