import { describe, expect, it } from "vitest";
import { attemptDeadline, attemptOutcome, deadlineKind } from "./attempt-deadline";

const due = new Date("2026-12-10T17:00:00Z");
const closing = { mode: "assessment", showAnswersAfterDue: true, dueAt: due };
const at = (iso: string) => new Date(iso);

describe("attemptDeadline and deadlineKind", () => {
  it("reads back the due date of an assessment that closes then, with no time limit", () => {
    const assignment = { ...closing, timeLimitSec: null };
    const deadlineAt = attemptDeadline(assignment, at("2026-12-10T16:00:00Z"));
    expect(deadlineAt).toEqual(due);
    expect(deadlineKind({ deadlineAt }, assignment)).toBe("due_date");
    expect(attemptOutcome({ status: "expired", deadlineAt }, assignment)).toBe("closed_at_due_date");
  });

  it("reads back the due date when it comes before the time limit ends", () => {
    const assignment = { ...closing, timeLimitSec: 3600 };
    const deadlineAt = attemptDeadline(assignment, at("2026-12-10T16:30:00Z"));
    expect(attemptOutcome({ status: "expired", deadlineAt }, assignment)).toBe("closed_at_due_date");
  });

  it("reads back the time limit when it ends first", () => {
    const assignment = { ...closing, timeLimitSec: 600 };
    const deadlineAt = attemptDeadline(assignment, at("2026-12-10T12:00:00Z"));
    expect(deadlineKind({ deadlineAt }, assignment)).toBe("time_limit");
    expect(attemptOutcome({ status: "expired", deadlineAt }, assignment)).toBe("expired");
  });

  it("calls a time limit a time limit on work that does not close at the due date", () => {
    const assignment = { mode: "assessment", showAnswersAfterDue: false, dueAt: due, timeLimitSec: 600 };
    // Started so that the limit ends exactly at the due date: still the limit.
    const deadlineAt = attemptDeadline(assignment, at("2026-12-10T16:50:00Z"));
    expect(deadlineAt).toEqual(due);
    expect(attemptOutcome({ status: "expired", deadlineAt }, assignment)).toBe("expired");
    expect(attemptOutcome({ status: "expired", deadlineAt }, { ...assignment, mode: "practice", showAnswersAfterDue: true })).toBe("expired");
  });

  it("leaves other statuses as they are, and has no kind without a deadline", () => {
    expect(attemptOutcome({ status: "submitted", deadlineAt: due }, closing)).toBe("submitted");
    expect(attemptOutcome({ status: "in_progress", deadlineAt: due }, closing)).toBe("in_progress");
    expect(deadlineKind({ deadlineAt: null }, closing)).toBeNull();
    expect(attemptOutcome({ status: "expired", deadlineAt: due }, null)).toBe("expired");
  });
});
