import { describe, expect, it } from "vitest";
import { changeNameSchema } from "./auth";
import { classNameSchema } from "./classes";
import { createAssignmentSchema } from "./assignments";

const now = new Date("2026-12-07T12:00:00Z");
const assignment = (title: string) =>
  createAssignmentSchema(now).safeParse({ title, moduleSlugs: ["m"], itemCount: 5, mode: "practice", attemptsAllowed: 1, dueAt: "2026-12-10T12:00:00Z", showAnswersAfterDue: false });

describe("lines of text people type for others to read", () => {
  const parsers = {
    name: (text: string) => changeNameSchema.safeParse({ name: text }).success,
    "class name": (text: string) => classNameSchema.safeParse(text).success,
    "assignment title": (text: string) => assignment(text).success,
  };

  it.each(Object.entries(parsers))("refuse a %s that turns the text round or holds control characters", (_what, accepts) => {
    // "\u202Eevil" showed as "live" in a teacher's gradebook.
    for (const text of ["\u202Eevil", "a\u2066b\u2069", "tab\u0007bell", "\u202Alive"]) expect(accepts(text), JSON.stringify(text)).toBe(false);
  });

  it.each(Object.entries(parsers))("take a %s in a right-to-left script, or with accents and emoji", (_what, accepts) => {
    for (const text of ["آمنہ خان", "Zoë Ødegaard", "Week 1 📚"]) expect(accepts(text), text).toBe(true);
  });
});
