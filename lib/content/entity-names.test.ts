import { describe, expect, it } from "vitest";
import { isPrintedIn, namesEntity, wordsOf } from "./entity-names";
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

describe("isPrintedIn", () => {
  const articleWords = wordsOf("Masood Akhter of the PPP warned that NATO supplies would bring a backlash; Pakistan’s parliament debated.");

  it("wants a person's full name, word for word", () => {
    expect(isPrintedIn(articleWords, entity({ name: "Masood Akhter" }))).toBe(true);
    expect(isPrintedIn(articleWords, entity({ name: "Masood Akhtar", aliases: ["Akhter"] }))).toBe(false);
  });

  it("takes anything else by its name, acronym or an alias, possessive or not", () => {
    expect(isPrintedIn(articleWords, entity({ kind: "organisation", name: "North Atlantic Treaty Organization", acronym: "NATO" }))).toBe(true);
    expect(isPrintedIn(articleWords, entity({ kind: "organisation", name: "Parliament of Pakistan", aliases: ["Pakistan's parliament"] }))).toBe(true);
    expect(isPrintedIn(articleWords, entity({ kind: "place", name: "South Asia" }))).toBe(false);
  });
});
