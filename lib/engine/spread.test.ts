import { describe, expect, it } from "vitest";
import { createRng } from "./random";
import { spreadTypes } from "./spread";

type Item = { id: number; type: string };
const items = (types: string) => [...types].map((type, id) => ({ id, type }));
const typesOf = (list: readonly Item[]) => list.map((item) => item.type).join("");
const spread = (list: readonly Item[]) => spreadTypes(list, (item) => item.type);
const runs = (list: readonly Item[]) => list.filter((item, i) => i > 0 && list[i - 1]?.type === item.type).length;

/** The fewest runs any order of these types can have: the commonest type beyond one more than all the others. */
function fewestRuns(list: readonly Item[]): number {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return Math.max(0, most - (list.length - most) - 1);
}

describe("spreadTypes", () => {
  it("leaves an order with no two of a type together as it is", () => {
    expect(typesOf(spread(items("TCTSTC")))).toBe("TCTSTC");
  });

  it("brings the next item of another type forward, keeping the rest in order", () => {
    expect(typesOf(spread(items("TTTTCCSM")))).toBe("TCTCTSTM");
    const reordered = spread(items("ABBC"));
    expect(reordered.map((item) => item.id)).toEqual([0, 1, 3, 2]);
  });

  it("looks ahead: it brings an item forward while the other types last, not once a run is all that is left", () => {
    // In order, skipping only an item of the type just placed, T S C T T would end in a run.
    expect(typesOf(spread(items("TSCTT")))).toBe("TSTCT");
    expect(typesOf(spread(items("TCTTSC")))).toBe("TCTSTC");
  });

  it("keeps runs to the fewest a mix allows, over many shuffles and mixes, and only reorders", () => {
    const rng = createRng("spread");
    const pool = "TTTTTCCCSSMOAE";
    for (let round = 0; round < 2_000; round++) {
      const length = 1 + rng.int(20);
      const list = Array.from({ length }, (_, id) => ({ id, type: pool[rng.int(pool.length)] as string }));
      const result = spread(list);
      expect(result.map((item) => item.id).sort((a, b) => a - b)).toEqual(list.map((item) => item.id));
      expect(runs(result), typesOf(list)).toBe(fewestRuns(list));
    }
  });

  it("keeps a mix that cannot be spread to the fewest runs: six of one type among eight", () => {
    const result = spread(items("TTTTTTCS"));
    expect(runs(result)).toBe(3);
    expect(typesOf(result)).toBe("TCTSTTTT");
  });
});
