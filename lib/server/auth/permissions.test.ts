import { describe, expect, it } from "vitest";
import { canAnswerAttempt, canCreateClass, canManageClass, canManageUsers, canViewAttempt, type Actor } from "./permissions";

const student: Actor = { id: "s1", role: "student" };
const otherStudent: Actor = { id: "s2", role: "student" };
const teacher: Actor = { id: "t1", role: "teacher" };
const otherTeacher: Actor = { id: "t2", role: "teacher" };
const admin: Actor = { id: "a1", role: "admin" };

describe("permissions", () => {
  it("an attempt is visible to its owner, the owner's teachers and admins only", () => {
    const attempt = { userId: "s1" };
    expect(canViewAttempt(student, attempt)).toBe(true);
    expect(canViewAttempt(otherStudent, attempt)).toBe(false);
    expect(canViewAttempt(teacher, attempt, ["t1"])).toBe(true);
    expect(canViewAttempt(otherTeacher, attempt, ["t1"])).toBe(false);
    expect(canViewAttempt(admin, attempt)).toBe(true);
    // A student listed as a "teacher id" by mistake gains nothing: the role is checked too.
    expect(canViewAttempt(otherStudent, attempt, ["s2"])).toBe(false);
  });

  it("only the owner answers an attempt", () => {
    expect(canAnswerAttempt(student, { userId: "s1" })).toBe(true);
    expect(canAnswerAttempt(teacher, { userId: "s1" })).toBe(false);
    expect(canAnswerAttempt(admin, { userId: "s1" })).toBe(false);
  });

  it("a class is managed by its teachers and by admins", () => {
    const rows = [{ userId: "t1" }];
    expect(canManageClass(teacher, rows)).toBe(true);
    expect(canManageClass(otherTeacher, rows)).toBe(false);
    expect(canManageClass(admin, [])).toBe(true);
    expect(canManageClass({ id: "t1", role: "student" }, rows)).toBe(false);
  });

  it("staff create classes; only admins manage users", () => {
    expect([student, teacher, admin].map(canCreateClass)).toEqual([false, true, true]);
    expect([student, teacher, admin].map(canManageUsers)).toEqual([false, false, true]);
  });
});
