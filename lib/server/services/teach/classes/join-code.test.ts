import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, isJoinCodeShaped, joinCodeSchema } from "@/lib/validation/classes";
import { formatJoinCode, generateJoinCode, normaliseJoinCode, withFreshJoinCode } from "./join-code";

const uniqueViolation = () => Object.assign(new Error("Unique constraint failed on joinCode"), { code: "P2002" });

describe("join codes", () => {
  it("uses an alphabet with no look-alike or easily misheard symbols", () => {
    for (const ambiguous of ["0", "O", "1", "I", "L", "U"]) expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  it("generates 8 symbols from the alphabet, every symbol turning up, with no repeats in 2,000 codes", () => {
    const codes = Array.from({ length: 2000 }, generateJoinCode);
    const used = new Set<string>();
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      for (const symbol of code) {
        expect(JOIN_CODE_ALPHABET).toContain(symbol);
        used.add(symbol);
      }
    }
    expect(used.size).toBe(JOIN_CODE_ALPHABET.length);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("shows codes as two groups of four, and reads the shown form back to the stored one", () => {
    const code = generateJoinCode();
    const shown = formatJoinCode(code);
    expect(shown).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseJoinCode(shown)).toBe(code);
  });

  it("accepts a code typed in any case, with spaces, dots or dashes (phone keyboards' en and em dashes too)", () => {
    for (const typed of ["abcd-efgh", " ABCD EFGH ", "abcdefgh", "Ab-Cd Ef.Gh", "ABCD\u2013EFGH", "abcd\u2014efgh"]) {
      expect(joinCodeSchema.parse(typed)).toBe("ABCDEFGH");
    }
    expect(isJoinCodeShaped("wxyz-2345")).toBe(true);
  });

  it("refuses codes of the wrong length or with symbols a code never has, saying why", () => {
    const message = (typed: unknown) => {
      const parsed = joinCodeSchema.safeParse(typed);
      return parsed.success ? null : parsed.error.issues[0]?.message;
    };
    expect(message("")).toBe("Enter the class code your teacher gave you.");
    expect(message(" - ")).toBe("Enter the class code your teacher gave you.");
    expect(message("ABCD-EFG")).toMatch(/have 8 letters and digits/);
    expect(message("ABCD-EFGHJ")).toMatch(/have 8 letters and digits/);
    expect(message("ABCD-EFG0")).toMatch(/never contain the letters O, I, L or U or the digits 0 or 1/);
    expect(message("abcd-efgl")).toMatch(/never contain/);
    expect(message("ABCD-EFG!")).toMatch(/only letters and digits/);
    expect(message("x".repeat(41))).toMatch(/longer than a class code/);
    expect(message(12345678)).toBe("Enter the class code your teacher gave you.");
    expect(isJoinCodeShaped("not a code")).toBe(false);
  });
});

describe("withFreshJoinCode", () => {
  it("retries with a new code when the unique constraint on the code is hit", async () => {
    const drawn = ["AAAAAAAA", "BBBBBBBB", "CCCCCCCC"];
    const tried: string[] = [];
    const result = await withFreshJoinCode(
      async (code) => {
        tried.push(code);
        if (code !== "CCCCCCCC") throw uniqueViolation();
        return code;
      },
      () => drawn.shift() as string,
    );
    expect(result).toBe("CCCCCCCC");
    expect(tried).toEqual(["AAAAAAAA", "BBBBBBBB", "CCCCCCCC"]);
  });

  it("gives up after five collisions, and rethrows any other error at once", async () => {
    let calls = 0;
    await expect(
      withFreshJoinCode(async () => {
        calls += 1;
        throw uniqueViolation();
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(calls).toBe(5);

    calls = 0;
    await expect(
      withFreshJoinCode(async () => {
        calls += 1;
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(calls).toBe(1);
  });
});
