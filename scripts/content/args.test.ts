import { describe, expect, it } from "vitest";
import { intFlag, parseArgs, resolvePack, UsageError } from "./args";

describe("parseArgs", () => {
  it("separates the pack from flags in either spelling", () => {
    expect(parseArgs(["pak-us-relations", "--seed", "7", "--count=3", "--json"], ["json"])).toEqual({
      positionals: ["pak-us-relations"],
      flags: { seed: "7", count: "3", json: true },
    });
  });

  it("treats a flag followed by another flag, or by nothing, as boolean", () => {
    expect(parseArgs(["--verbose", "--seed", "1", "--last"]).flags).toEqual({ verbose: true, seed: "1", last: true });
  });

  it("lets a declared boolean flag leave the next argument as the pack", () => {
    expect(parseArgs(["--json", "my-pack"], ["json"]).positionals).toEqual(["my-pack"]);
  });

  it("reads integer flags and rejects bad ones", () => {
    expect(intFlag(parseArgs(["--seed", "42"]), "seed", 1)).toBe(42);
    expect(intFlag(parseArgs([]), "seed", 1)).toBe(1);
    expect(() => intFlag(parseArgs(["--seed", "x"]), "seed", 1)).toThrow(UsageError);
  });
});

describe("resolvePack", () => {
  it("defaults to the only pack and rejects unknown ones", () => {
    expect(resolvePack(undefined).id).toBe("pak-us-relations");
    expect(() => resolvePack("no-such-pack")).toThrow(/unknown pack "no-such-pack"/);
  });
});
