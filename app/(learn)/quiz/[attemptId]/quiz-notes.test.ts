import { describe, expect, it } from "vitest";
import { shortQuizNote, submitNote } from "./quiz-notes";

describe("shortQuizNote", () => {
  it("explains an assignment quiz shorter than the teacher set", () => {
    expect(shortQuizNote({ total: 4, assignmentItemCount: 5 }, undefined)).toBe(
      "4 questions, not the 5 your teacher set: there are no more that would not ask a fact twice, repeat an answer or give one away.",
    );
    expect(shortQuizNote({ total: 5, assignmentItemCount: 5 }, undefined)).toBeNull();
  });

  it("explains the learner's own quiz shorter than they asked for, and only that", () => {
    expect(shortQuizNote({ total: 2, assignmentItemCount: null }, "10")).toMatch(/^2 questions, not the 10 you asked for: this choice has no more/);
    expect(shortQuizNote({ total: 10, assignmentItemCount: null }, "10")).toBeNull();
    expect(shortQuizNote({ total: 2, assignmentItemCount: null }, undefined)).toBeNull();
    // An assignment's count is the teacher's, whatever the address says.
    expect(shortQuizNote({ total: 5, assignmentItemCount: 5 }, "20")).toBeNull();
  });
});

describe("submitNote", () => {
  it("dates the answers of an assessment that holds them back until the due date", () => {
    expect(submitNote({ answersAt: "2026-12-10T17:00:00.000Z" }, "Asia/Karachi")).toBe("Your score appears when you submit; the answers on 10 Dec 2026, 22:00.");
    expect(submitNote({ answersAt: null }, "UTC")).toBe("Your score and the answers appear after you submit.");
  });
});
