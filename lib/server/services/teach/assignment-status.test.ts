import { describe, expect, it } from "vitest";
import { assignmentStanding, isHandedInStatus, type AttemptSummary } from "./assignment-status";

const due = new Date("2026-05-10T12:00:00Z");
const before = new Date("2026-05-09T12:00:00Z");
const after = new Date("2026-05-11T12:00:00Z");

function attempt(overrides: Partial<AttemptSummary>): AttemptSummary {
  return { status: "submitted", startedAt: before, submittedAt: before, score: 5, maxScore: 10, ...overrides };
}

describe("assignmentStanding", () => {
  it("is not started, then missing, with no attempt", () => {
    expect(assignmentStanding([], due, before).status).toBe("not_started");
    expect(assignmentStanding([], due, after).status).toBe("missing");
  });

  it("is in progress before the due date and in progress (late) after it, not missing, while an attempt is open", () => {
    const open = attempt({ status: "in_progress", submittedAt: null, score: null });
    expect(assignmentStanding([open], due, before)).toMatchObject({ status: "in_progress", counted: open, isLate: false });
    expect(assignmentStanding([open], due, after)).toMatchObject({ status: "in_progress_late", counted: open, submittedAt: null });
  });

  it("is submitted on time, or late after the due date", () => {
    expect(assignmentStanding([attempt({})], due, after)).toMatchObject({ status: "submitted", isLate: false, submittedAt: before });
    expect(assignmentStanding([attempt({ submittedAt: after })], due, after)).toMatchObject({ status: "late", isLate: true });
  });

  it("counts an attempt closed at its time limit as handed in", () => {
    expect(assignmentStanding([attempt({ status: "expired" })], due, after).status).toBe("submitted");
  });

  it("says an attempt closed at the due date was closed then, handed in on time", () => {
    const closed = attempt({ status: "closed_at_due_date", submittedAt: due });
    expect(assignmentStanding([closed], due, after)).toMatchObject({ status: "closed_at_due_date", isLate: false, counted: closed });
    expect(isHandedInStatus("closed_at_due_date")).toBe(true);
    expect(isHandedInStatus("in_progress_late")).toBe(false);
  });

  it("counts the best finished attempt and reports every attempt used", () => {
    const weak = attempt({ score: 3, startedAt: new Date("2026-05-08T00:00:00Z") });
    const strong = attempt({ score: 9 });
    const open = attempt({ status: "in_progress", submittedAt: null, score: null });
    const standing = assignmentStanding([weak, strong, open], due, before);
    expect(standing.counted).toBe(strong);
    expect(standing.attemptsUsed).toBe(3);
  });

  it("breaks a tie on score by the earlier attempt", () => {
    const first = attempt({ startedAt: new Date("2026-05-08T00:00:00Z") });
    const second = attempt({});
    expect(assignmentStanding([second, first], due, after).counted).toBe(first);
  });
});

describe("assignmentStanding with the student's membership", () => {
  const open = () => attempt({ status: "in_progress", submittedAt: null, score: null });

  it("does not count work due before the student joined as missing, nor its hand-in as late", () => {
    const joinedLate = { joinedAt: after, leftAt: null };
    expect(assignmentStanding([], due, after, joinedLate)).toMatchObject({ status: "before_joining", counted: null });
    expect(assignmentStanding([open()], due, after, joinedLate).status).toBe("in_progress");
    expect(assignmentStanding([attempt({ submittedAt: after })], due, after, joinedLate)).toMatchObject({ status: "submitted", isLate: false });
    // Joined in time: the usual rules.
    const joinedEarly = { joinedAt: before, leftAt: null };
    expect(assignmentStanding([], due, after, joinedEarly).status).toBe("missing");
    expect(assignmentStanding([attempt({ submittedAt: after })], due, after, joinedEarly).status).toBe("late");
  });

  it("keeps a student who left with their handed-in work only, and nothing missing", () => {
    const left = { joinedAt: before, leftAt: after };
    expect(assignmentStanding([attempt({})], due, after, left)).toMatchObject({ status: "submitted", isLate: false });
    expect(assignmentStanding([attempt({ submittedAt: after })], due, after, left).status).toBe("late");
    expect(assignmentStanding([], due, after, left)).toMatchObject({ status: "left", counted: null });
    expect(assignmentStanding([open()], due, before, left)).toMatchObject({ status: "left", counted: null, attemptsUsed: 1 });
  });
});
