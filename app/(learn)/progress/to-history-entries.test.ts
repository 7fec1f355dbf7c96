import { describe, expect, it } from "vitest";
import type { HistoryAttempt } from "@/lib/server/services/learn/attempt-history";
import { toHistoryEntries } from "./to-history-entries";

const modules = [
  { slug: "drones", title: "Drones and sovereignty" },
  { slug: "outlook", title: "Wary cooperation" },
];
const now = new Date("2026-12-05T18:00:00Z");

function attempt(id: string, startedAt: string, submittedAt: string | null): HistoryAttempt {
  const item = { position: 0, type: "true-false", prompt: "True or false?", isAnswered: submittedAt !== null, correct: null, yourAnswer: null, expected: null };
  return {
    attemptId: id,
    mode: "practice",
    status: submittedAt === null ? "in_progress" : "submitted",
    moduleSlugs: ["drones", "outlook"],
    itemTypes: null,
    assignmentTitle: null,
    startedAt,
    submittedAt,
    score: submittedAt === null ? null : 1,
    maxScore: submittedAt === null ? null : 1,
    items: [item],
  };
}

describe("toHistoryEntries", () => {
  it("tells apart two quizzes of one day by their time, in the learner's time zone", () => {
    const entries = toHistoryEntries(
      [attempt("later", "2026-12-05T09:10:00Z", null), attempt("earlier", "2026-12-05T08:00:00Z", "2026-12-05T08:05:00Z")],
      modules,
      now,
      "Asia/Karachi",
    );
    expect(entries.map((entry) => entry.whenLabel)).toEqual(["5 Dec, 14:10", "5 Dec, 13:05"]);
    expect(entries.map((entry) => entry.href)).toEqual(["/quiz/later", "/quiz/earlier/result"]);
  });

  it("tells apart quizzes over the same modules by the question types they were limited to", () => {
    const entries = toHistoryEntries(
      [{ ...attempt("orderings", "2026-12-05T09:10:00Z", null), itemTypes: ["ordering"] }, attempt("mixed", "2026-12-05T09:00:00Z", null)],
      modules,
      now,
      "UTC",
    );
    expect(entries.map((entry) => entry.title)).toEqual(["All modules · Put in order", "All modules"]);
  });

  it("gives the year of a quiz from another year", () => {
    const [entry] = toHistoryEntries([attempt("old", "2025-11-30T10:00:00Z", "2025-11-30T10:20:00Z")], modules, now, "UTC");
    expect(entry?.whenLabel).toBe("30 Nov 2025, 10:20");
  });
});
