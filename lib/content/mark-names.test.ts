import { describe, expect, it } from "vitest";
import { namesEntity } from "./mark-names";
import type { Entity } from "./schema";

const entity = (fields: Partial<Entity> & Pick<Entity, "name">): Entity => ({ id: "x", kind: "person", aliases: [], roles: [], ...fields });

describe("namesEntity", () => {
  const akhter = entity({ name: "Masood Akhter", aliases: ["Akhter"] });
  const cia = entity({ kind: "organisation", name: "Central Intelligence Agency", acronym: "CIA" });
  const pakistan = entity({ kind: "place", name: "Pakistan", capital: "Islamabad" });
  const us = entity({ kind: "place", name: "United States", acronym: "US" });

  it("accepts the name, a run of its words, a form held in longer words, and a possessive", () => {
    expect(namesEntity("Masood Akhter", akhter)).toBe(true);
    expect(namesEntity("Akhter", akhter)).toBe(true);
    expect(namesEntity("Central Intelligence", cia)).toBe(true);
    expect(namesEntity("the CIA's drone programme", cia)).toBe(true);
    expect(namesEntity("Pakistan's", pakistan)).toBe(true);
    expect(namesEntity("Islamabad", pakistan)).toBe(true);
  });

  it("refuses a misspelt name and words that only share letters with a form", () => {
    expect(namesEntity("Masood Akhtar", akhter)).toBe(false);
    expect(namesEntity("Russia", us)).toBe(false);
    expect(namesEntity("Kabul", pakistan)).toBe(false);
  });
});
