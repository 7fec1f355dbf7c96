import { describe, expect, it } from "vitest";
import { countLabel } from "./count-label";

describe("countLabel", () => {
  it("is singular for exactly one, plural otherwise (zero included)", () => {
    expect(countLabel(1, "student")).toBe("1 student");
    expect(countLabel(0, "student")).toBe("0 students");
    expect(countLabel(12, "handed-in attempt")).toBe("12 handed-in attempts");
  });

  it("takes an irregular plural", () => {
    expect(countLabel(1, "quiz", "quizzes")).toBe("1 quiz");
    expect(countLabel(3, "quiz", "quizzes")).toBe("3 quizzes");
  });
});
