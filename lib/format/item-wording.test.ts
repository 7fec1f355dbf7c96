import { describe, expect, it } from "vitest";
import type { ClientItem } from "@/lib/engine";
import { itemDetail, itemWording } from "./item-wording";

describe("itemWording", () => {
  it("puts a true/false statement or a blank's sentence after the prompt, and nothing after a question", () => {
    const statement = { id: "a", type: "true-false", prompt: "True or false?", statement: "Pakistan closed the route.", difficulty: "easy" } as ClientItem;
    const blank = { id: "b", type: "cloze", prompt: "Fill in the blank.", before: "The raid was in ", after: ".", hint: "A", difficulty: "easy" } as ClientItem;
    const question = { id: "c", type: "short-answer", prompt: "Which city?", hint: "A", difficulty: "easy" } as ClientItem;
    expect([statement, blank, question].map(itemWording)).toEqual(["True or false? Pakistan closed the route.", "Fill in the blank. The raid was in _____.", "Which city?"]);
    expect(itemDetail(question)).toBeNull();
  });
});
