import { describe, expect, it } from "vitest";
import { answersShown, missedLessons, questionsNote, timeLimitNote } from "./about-rows";

const dueAt = "2026-12-10T17:00:00.000Z";
const before = new Date("2026-12-09T12:00:00Z");
const after = new Date("2026-12-11T12:00:00Z");
const handedIn = [{ id: "a1" }] as never[];
const modules = [{ slug: "partition", title: "Partition" }];

describe("the student's assignment page, in words", () => {
  it("says a student who handed nothing in did not, and offers the lesson, once an assessment closed", () => {
    expect(answersShown({ showAnswersAfterDue: true, dueAt, attempts: [] }, after, "UTC")).toBe("You did not hand this in before it closed, so there is no result to show them.");
    expect(missedLessons({ isClosed: true, attempts: [], modules })).toEqual([{ title: "Partition", href: "/lessons/partition" }]);
  });

  it("points a student who handed in to their result, and offers no lesson instead", () => {
    expect(answersShown({ showAnswersAfterDue: true, dueAt, attempts: handedIn }, after, "UTC")).toMatch(/^Shown now that the due date has passed/);
    expect(missedLessons({ isClosed: true, attempts: handedIn, modules })).toBeNull();
    expect(missedLessons({ isClosed: false, attempts: [], modules })).toBeNull();
    expect(answersShown({ showAnswersAfterDue: true, dueAt, attempts: [] }, before, "UTC")).toMatch(/^Shown after the due date/);
  });

  it("does not say 'take your time' when the quiz counts down to the due date", () => {
    expect(timeLimitNote({ timeLimitMinutes: null, closesAtDueDate: false })).toBe("None. Take your time.");
    expect(timeLimitNote({ timeLimitMinutes: null, closesAtDueDate: true })).toMatch(/^None, but it closes at the due date: the quiz counts down to it/);
    expect(timeLimitNote({ timeLimitMinutes: 20, closesAtDueDate: true })).toMatch(/or at the due date if that comes first/);
  });

  it("gives the count the student got once they started, and why it is short", () => {
    expect(questionsNote({ itemCount: 5, drawnCount: null })).toBe("5, drawn just for you");
    expect(questionsNote({ itemCount: 5, drawnCount: 5 })).toBe("5, drawn just for you");
    expect(questionsNote({ itemCount: 5, drawnCount: 4 })).toBe("4, drawn just for you (not the 5 set: there were no more that would not ask a fact twice, repeat an answer or give one away)");
  });
});
