import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPasswordProblem, isCommonPassword } from "./password-policy";

const listFile = path.join(process.cwd(), "lib/server/auth/common-passwords.txt");
const entries = readFileSync(listFile, "utf8").split("\n").filter((line) => line && !line.startsWith("#"));

describe("common password list", () => {
  it("holds exactly the 3,000 top entries of zxcvbn's ranked list, with attribution", async () => {
    const { createRequire } = await import("node:module");
    const zxcvbnLists = createRequire(import.meta.url)("zxcvbn/lib/frequency_lists.js") as { passwords: string[] };
    expect(entries).toEqual(zxcvbnLists.passwords.slice(0, 3000));
    // Rank 3,001 is just past the cut.
    expect(isCommonPassword(zxcvbnLists.passwords[3000]!)).toBe(false);
    expect(readFileSync(listFile, "utf8")).toMatch(/Dan Wheeler and Dropbox/);
  });
});

describe("password policy", () => {
  it("refuses passwords under 8 characters", () => {
    expect(findPasswordProblem("seven77")).toBe("Use at least 8 characters.");
    expect(findPasswordProblem("eight888x")).toBeNull();
  });

  it("allows long passphrases of 64 and 128 characters and refuses 129", () => {
    expect(findPasswordProblem("word ".repeat(13).slice(0, 64))).toBeNull();
    expect(findPasswordProblem("x".repeat(127) + "y")).toBeNull();
    expect(findPasswordProblem("x".repeat(128) + "y")).toBe("Use at most 128 characters.");
  });

  it("refuses the most common passwords whatever their case, and only those", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("PassWord1")).toBe(isCommonPassword("password1"));
    expect(findPasswordProblem("12345678")).toMatch(/most common/);
    expect(findPasswordProblem("baseball")).toMatch(/most common/);
    // The 3,000th entry is refused; a strong phrase is not.
    expect(isCommonPassword(entries.at(-1)!)).toBe(true);
    expect(findPasswordProblem("correct horse battery staple 42")).toBeNull();
  });

  it("refuses the account's own email as its password", () => {
    expect(findPasswordProblem("Amina@Example.com", { email: "amina@example.com" })).toMatch(/email/);
  });
});
