import { describe, expect, it } from "vitest";
import { forgetAllAnswered, forgetAnswered, loadAnswered, rememberAnswered, type AnsweredRecord } from "./answered-store";

/** localStorage as the browser keeps it: strings by key, in insertion order. */
function memoryStorage(): Storage {
  const entries = new Map<string, string>();
  return {
    get length() {
      return entries.size;
    },
    key: (position) => [...entries.keys()][position] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}

const right: AnsweredRecord = {
  answer: { optionId: "b" },
  feedback: { correct: true, yourAnswer: "Islamabad", expected: "Islamabad", explanation: "It is the capital.", citations: [] },
};
const assessed: AnsweredRecord = { answer: { text: "1979" }, feedback: null };

describe("the device's store of acknowledged answers", () => {
  it("keeps each attempt's answers by item, the latest answer to an item winning", () => {
    const storage = memoryStorage();
    rememberAnswered("attempt-1", "item-a", assessed, storage);
    rememberAnswered("attempt-1", "item-b", right, storage);
    rememberAnswered("attempt-2", "item-a", right, storage);
    rememberAnswered("attempt-1", "item-a", right, storage);
    expect(loadAnswered("attempt-1", storage)).toEqual({ "item-a": right, "item-b": right });
    expect(loadAnswered("attempt-2", storage)).toEqual({ "item-a": right });
    expect(loadAnswered("attempt-3", storage)).toEqual({});
  });

  it("reads nothing from a corrupt or foreign entry, and skips records of the wrong shape", () => {
    const storage = memoryStorage();
    storage.setItem("groundwork:answered:v1:broken", "{not json");
    storage.setItem("groundwork:answered:v1:odd", JSON.stringify({ "item-a": right, "item-b": { answer: null }, "item-c": 7 }));
    storage.setItem("groundwork:answered:v1:list", JSON.stringify(null));
    expect(loadAnswered("broken", storage)).toEqual({});
    expect(loadAnswered("odd", storage)).toEqual({ "item-a": right });
    expect(loadAnswered("list", storage)).toEqual({});
  });

  it("forgets one finished attempt, or every attempt on sign-out, and nothing else on the device", () => {
    const storage = memoryStorage();
    rememberAnswered("attempt-1", "item-a", right, storage);
    rememberAnswered("attempt-2", "item-a", right, storage);
    rememberAnswered("attempt-3", "item-a", right, storage);
    storage.setItem("groundwork:pending-answers:v1:attempt-1", "[]");

    forgetAnswered("attempt-1", storage);
    expect(loadAnswered("attempt-1", storage)).toEqual({});
    expect(loadAnswered("attempt-2", storage)).toEqual({ "item-a": right });

    forgetAllAnswered(storage);
    expect(loadAnswered("attempt-2", storage)).toEqual({});
    expect(loadAnswered("attempt-3", storage)).toEqual({});
    expect(storage.getItem("groundwork:pending-answers:v1:attempt-1")).toBe("[]");
  });

  it("keeps at most 20 quizzes' entries: a 21st clears the others, since quizzes left unfinished are never forgotten otherwise", () => {
    const storage = memoryStorage();
    for (let attempt = 1; attempt <= 20; attempt += 1) rememberAnswered(`attempt-${attempt}`, "item-a", right, storage);
    rememberAnswered("attempt-20", "item-b", right, storage);
    expect(loadAnswered("attempt-1", storage)).toEqual({ "item-a": right });

    rememberAnswered("attempt-21", "item-a", right, storage);
    expect(loadAnswered("attempt-1", storage)).toEqual({});
    expect(loadAnswered("attempt-20", storage)).toEqual({});
    expect(loadAnswered("attempt-21", storage)).toEqual({ "item-a": right });
  });

  it("works without storage at all (private mode): nothing kept, nothing thrown", () => {
    rememberAnswered("attempt-1", "item-a", right, undefined);
    expect(loadAnswered("attempt-1", undefined)).toEqual({});
    forgetAnswered("attempt-1", undefined);
    forgetAllAnswered(undefined);
  });
});
