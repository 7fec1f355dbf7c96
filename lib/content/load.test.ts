import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { factContentHash, packContentHash } from "./hash";
import { defaultPacksDir, listPacks, loadPack, type LoadResult } from "./load";
import { formatProblem, type ContentProblem } from "./problems";

const fixtures = path.join(__dirname, "__fixtures__");
const fixtureSources = path.join(fixtures, "sources");
const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "groundwork-content-"));
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

function loadValid(): Extract<LoadResult, { ok: true }> {
  const result = loadPack(path.join(fixtures, "valid-pack"), { sourcesDir: fixtureSources });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result;
}

/** Copies valid-pack, lays the files of `broken-<name>` over it, and loads the result. */
function loadBroken(name: string): Extract<LoadResult, { ok: false }> {
  const packDir = path.join(tempRoot, name, "valid-pack");
  fs.cpSync(path.join(fixtures, "valid-pack"), packDir, { recursive: true });
  fs.cpSync(path.join(fixtures, name), packDir, { recursive: true });
  const result = loadPack(packDir, { sourcesDir: fixtureSources });
  if (result.ok) throw new Error(`${name} loaded but should have failed`);
  return result;
}

/** Problems as `file:line` plus a message fragment, for compact expectations. */
function located(problems: ContentProblem[]): string[] {
  return problems.map(formatProblem);
}

describe("loadPack on the valid fixture", () => {
  it("loads every entry with defaults filled in", () => {
    const { pack, warnings } = loadValid();
    expect(warnings).toEqual([]);
    expect(pack.meta).toMatchObject({ id: "valid-pack", language: "en-GB", topics: {} });
    expect(pack.sources.map((s) => s.id)).toEqual(["fixture-article"]);
    // entities/*.yaml are read in sorted file order.
    expect(pack.entities.map((e) => e.id)).toEqual(["nato", "leon-panetta", "pakistan", "united-states"]);
    expect(pack.entities[0]).toMatchObject({ aliases: [], roles: [] });
    expect(pack.facts.map((f) => f.id)).toEqual([
      "strike-2011",
      "thaw-2012",
      "toll-24",
      "cold-war-ties",
      "year-2011-strain",
      "panetta-patience",
    ]);
  });

  it("turns markup into plain text, marks and entity ids", () => {
    const strike = loadValid().pack.facts.find((f) => f.id === "strike-2011");
    expect(strike?.plainText).toBe("On 26 November 2011 a NATO air strike killed soldiers of Pakistan.");
    expect(strike?.marks).toEqual([
      { start: 3, end: 19, text: "26 November 2011", ref: { type: "date" } },
      { start: 22, end: 26, text: "NATO", ref: { type: "entity", id: "nato" } },
      { start: 57, end: 65, text: "Pakistan", ref: { type: "entity", id: "pakistan" } },
    ]);
    for (const mark of strike?.marks ?? []) expect(strike?.plainText.slice(mark.start, mark.end)).toBe(mark.text);
    // Marked first, then `entities`, without repeating nato.
    expect(strike?.entityIds).toEqual(["nato", "pakistan", "united-states"]);
    expect(strike?.text).toContain("[NATO](nato)");
  });

  it("orders each module's facts by date, keeping file order on ties", () => {
    const modules = Object.fromEntries(loadValid().pack.modules.map((m) => [m.id, m.factIds]));
    expect(modules.alpha).toEqual(["cold-war-ties", "year-2011-strain", "strike-2011", "toll-24", "thaw-2012"]);
    expect(modules.beta).toEqual(["strike-2011", "panetta-patience"]);
  });

  it("hashes content stably and notices changes", () => {
    const first = loadValid().pack;
    const second = loadValid().pack;
    expect(packContentHash(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(packContentHash(second)).toBe(packContentHash(first));
    const [fact] = first.facts;
    if (!fact) throw new Error("no facts");
    const reordered = Object.fromEntries(Object.entries(fact).reverse()) as typeof fact;
    expect(factContentHash(reordered)).toBe(factContentHash(fact));
    expect(factContentHash({ ...fact, plainText: `${fact.plainText} ` })).not.toBe(factContentHash(fact));
  });
});

describe("loadPack on broken fixtures", () => {
  const cases: Record<string, string[]> = {
    "broken-references": [
      'facts/c-broken.yaml:4: fact "unknown-refs": unknown entity "cia" in the text\'s mark "[Central Intelligence Agency](cia)" (looked for in entities/*.yaml)',
      'facts/c-broken.yaml:5: fact "unknown-refs": unknown entity "pakistn" in the text\'s mark "[Pakistn](pakistn)" (looked for in entities/*.yaml) (did you mean "pakistan"?)',
      'facts/c-broken.yaml:8: fact "unknown-refs": unknown entity "soviet-union" in parties (looked for in entities/*.yaml)',
      'facts/c-broken.yaml:9: fact "unknown-refs": unknown source "reuters-factbox" (looked for in sources.yaml)',
      'facts/c-broken.yaml:10: fact "unknown-refs": unknown module "gamma" (looked for in modules.yaml)',
      'facts/c-broken.yaml:11: fact "unknown-refs": relatedFacts: unknown fact "strike-2012" (looked for in facts/*.yaml) (did you mean "strike-2011"?)',
      'facts/c-broken.yaml:13: fact "unknown-refs": "nato" in alsoTrue is one of the fact\'s own entities (alsoTrue lists others that would make it true too)',
      'facts/c-broken.yaml:13: fact "unknown-refs": unknown entity "united-sates" in alsoTrue (looked for in entities/*.yaml) (did you mean "united-states"?)',
      'facts/c-broken.yaml:14: fact "unknown-refs": "nato" in notRuledOut is one of the fact\'s own entities (notRuledOut lists others the sources cannot rule out)',
      'facts/c-broken.yaml:14: fact "unknown-refs": "nato" is in both alsoTrue and notRuledOut: list it in alsoTrue when it answers the question too, else in notRuledOut',
      'facts/c-broken.yaml:14: fact "unknown-refs": "united-sates" is in both alsoTrue and notRuledOut: list it in alsoTrue when it answers the question too, else in notRuledOut',
      'facts/c-broken.yaml:14: fact "unknown-refs": unknown entity "united-sates" in notRuledOut (looked for in entities/*.yaml) (did you mean "united-states"?)',
    ],
    "broken-duplicate-id": [
      'entities/zz-duplicate.yaml:1: duplicate entity id "nato": also defined at entities/people-and-groups.yaml:1 (ids are unique across entities/*.yaml)',
    ],
    "broken-dates": [
      'facts/c-broken.yaml:5: fact "month-without-month": date "2011" does not match precision month (expected a value like "2011-05")',
      'facts/c-broken.yaml:15: fact "backwards-range": range starts ("from" "2014-11") after it ends ("to" "2012")',
      'facts/c-broken.yaml:24: fact "impossible-day": date "2011-02-31" is not a real calendar date',
    ],
    "broken-paragraph": [
      'facts/c-broken.yaml:9: fact "paragraph-too-far": paragraph 6 of source "fixture-article" does not exist (its article has 5 paragraphs, counting non-empty lines)',
    ],
    "broken-figures": [
      'entities/zz-figures.yaml:6: entity "john-allen" role "Commander of 130 NATO troops": writes 130, which neither the cited para. 4 of "fixture-article" nor its date gives: cite the paragraph it comes from, or say in "date.resolved" how it was worked out (or in "note", for outside context)',
      'facts/c-broken.yaml:3: fact "toll-misread": writes 42, which neither the cited para. 3 of "fixture-article" nor its date gives: cite the paragraph it comes from, or say in "date.resolved" how it was worked out (or in "note", for outside context)',
      'facts/c-broken.yaml:25: fact "month-misread": its date gives July, which neither the cited para. 4 of "fixture-article" nor its article\'s date gives: correct the date, or say in "date.resolved" how it was worked out',
    ],
    "broken-quotes": [
      'facts/c-broken.yaml:3: fact "misquoted": quotes "talked in June", which the cited paragraphs do not say word for word',
      'facts/c-broken.yaml:15: fact "quoted-word-for-word": quotes "Panetta spoke in May 2012", which the cited paragraphs do not say word for word',
    ],
    "broken-kinds": [
      'facts/c-broken.yaml:1: fact "quantity-without-quantity": quantity fact needs a "quantity" with value, unit and counts',
      'facts/c-broken.yaml:3: fact "quantity-without-quantity": the text marks a (#quantity) but the fact has no "quantity"',
      'facts/c-broken.yaml:12: fact "quantity-without-unit": missing required field "quantity.unit"',
      'facts/c-broken.yaml:18: fact "cause-without-effect": cause-effect fact needs an "effect"',
      'facts/c-broken.yaml:26: fact "position-without-author": position fact needs "claimedBy" (who makes the claim)',
      'facts/c-broken.yaml:39: fact "question-without-answer": has a "question" but no "answer"',
      'facts/c-broken.yaml:49: fact "answer-not-marked": answer "pakistan" is not marked in the text (write [shown words](pakistan) in "text")',
      'facts/c-broken.yaml:77: fact "false-statement-marked": "falseStatement" is shown as written: write it without [..](..) marks',
      'facts/c-broken.yaml:86: fact "false-statement-true": "falseStatement" says what the text says: write a statement the source rules out',
      'facts/c-broken.yaml:95: fact "false-statement-unfinished": "falseStatement" is a whole sentence: end it with a full stop',
      'facts/c-broken.yaml:122: fact "wrong-options-on-an-event": only a cause-effect fact has "wrongEffects"',
      'facts/c-broken.yaml:133: fact "wrong-options-unfit": "wrongEffects": a wrong option is 17 words longer than the right one: a learner picks by length; keep them within 6 words',
      'facts/c-broken.yaml:134: fact "wrong-options-unfit": "wrongEffects": a wrong option says what the right one says',
    ],
    "broken-markup": [
      'facts/c-broken.yaml:3: fact "unbalanced-markup": markup: unbalanced "[" at "12](#date) the [NATO(nato) rou": a mark is written [shown words](target)',
      'facts/c-broken.yaml:13: fact "stray-bracket": markup: unbalanced "]" at "#date) the NATO] routes were r": a mark is written [shown words](target)',
      'facts/c-broken.yaml:21: fact "quantity-mark-without-quantity": the text marks a (#quantity) but the fact has no "quantity"',
      'facts/c-broken.yaml:29: fact "unknown-special-target": markup: unknown mark target "(#year)" on "[2012]": use an entity id, #date or #quantity',
      'facts/c-broken.yaml:37: fact "misspelt-name": the mark "[Leon Panneta](leon-panetta)" does not name "Leon Panetta": show its name, acronym or an alias (or words of one), or add the spelling to its aliases',
    ],
    "broken-yaml-syntax": [
      "facts/c-broken.yaml:5: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }",
    ],
    "broken-entity": [
      'entities/zz-broken.yaml:3: entity "ashfaq-kayani": none of the pack\'s articles prints its name ("Ashfaq Kayani"): spell it as an article does, or say in "note" where it comes from',
      'entities/zz-broken.yaml:4: entity "ashfaq-kayani": unknown entity "pakistan-army" in party (looked for in entities/*.yaml)',
      'entities/zz-broken.yaml:8: entity "ashfaq-kayani" role "Pakistani army chief": unknown source "dawn-2012" (looked for in sources.yaml)',
    ],
    "broken-modules": [
      'facts/c-broken.yaml:8: fact "no-module-listed": "modules" must list at least 1 item(s)',
      'facts/c-broken.yaml:9: fact "no-modules-field": missing required field "modules"',
    ],
    "broken-topics": ['pack.yaml:6: topic "cold-war" is no fact\'s tag: spell it as the facts do, or remove it'],
    "broken-schema": [
      'facts/c-broken.yaml:1: fact "Bad_Id": "id" must be a kebab-case id (lower-case letters, digits and single hyphens)',
      'facts/c-broken.yaml:1: fact "Bad_Id": missing required field "sources"',
      'facts/c-broken.yaml:2: fact "Bad_Id": "kind" is "happening"; allowed: event, quantity, person-role, definition, cause-effect, position, expert-view, comparison',
      'facts/c-broken.yaml:4: fact "Bad_Id": "date.value" must be text: put the value in quotes ("2012")',
      'facts/c-broken.yaml:6: fact "Bad_Id": unknown field "source" (check the spelling against content/FORMAT.md)',
    ],
  };

  it("has a case for every broken fixture folder", () => {
    const folders = fs.readdirSync(fixtures).filter((name) => name.startsWith("broken-"));
    expect(folders.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}: reports every problem with its line, and returns no pack`, () => {
      const result = loadBroken(name);
      expect(located(result.problems)).toEqual(expected);
      expect(result).not.toHaveProperty("pack");
    });
  }

  it("warns, without failing, about an event with no label, a question that gives its answer away, a tag spelt two ways, a false statement's telltale words or length, and words only wrong options use", () => {
    const result = loadBroken("broken-kinds");
    expect(located(result.warnings)).toEqual([
      'facts/c-broken.yaml:53: fact "event-without-label": event has no "label" (a short noun phrase for timelines and ordering items)',
      'facts/c-broken.yaml:58: fact "event-without-label": tags "supply-route" and "supply-routes" (fact "question-gives-answer-away") are one topic to a learner: use one spelling',
      'facts/c-broken.yaml:66: fact "question-gives-answer-away": the question contains its own answer "NATO"',
      'facts/c-broken.yaml:72: fact "false-statement-marked": "closed" is a tell: the wrong options (false statement, wrong effects) of this fact and of "false-statement-telltale", "false-statement-too-short", "wrong-options-all-longer" use it, and no true sentence of the pack does, so a test-wise learner rules them out unread; reword some in words that true sentences use',
      'facts/c-broken.yaml:104: fact "false-statement-telltale": "falseStatement" uses "never", "all", which the text does not and leaves out "not", which the text uses: such words give the answer away to a learner who does not know the fact; turn the claim round in other words',
      'facts/c-broken.yaml:113: fact "false-statement-too-short": "falseStatement" is 10 words shorter than the text: a learner who takes the longer sentence for the true one needs no knowledge of the fact; keep the two within 6 words of each other',
      'facts/c-broken.yaml:117: fact "wrong-options-on-an-event": "shut" is a tell: the wrong options (false statement, wrong effects) of this fact and of "wrong-options-unfit", "wrong-options-all-longer" use it, and no true sentence of the pack does, so a test-wise learner rules them out unread; reword some in words that true sentences use',
      'facts/c-broken.yaml:117: fact "wrong-options-on-an-event": "stayed" is a tell: the wrong options (false statement, wrong effects) of this fact and of "wrong-options-unfit", "wrong-options-all-longer" use it, and no true sentence of the pack does, so a test-wise learner rules them out unread; reword some in words that true sentences use',
    ]);
  });

  it("skips the paragraph check when the sources folder is absent", () => {
    const packDir = path.join(tempRoot, "no-sources", "valid-pack");
    fs.cpSync(path.join(fixtures, "valid-pack"), packDir, { recursive: true });
    fs.cpSync(path.join(fixtures, "broken-paragraph"), packDir, { recursive: true });
    expect(loadPack(packDir, { sourcesDir: path.join(tempRoot, "absent") }).ok).toBe(true);
  });

  it("reports a missing pack folder and a pack id that does not match its folder", () => {
    expect(located(loadBrokenPath(path.join(tempRoot, "nowhere")))[0]).toMatch(/^\.: pack folder not found/);
    const renamed = path.join(tempRoot, "renamed", "other-name");
    fs.cpSync(path.join(fixtures, "valid-pack"), renamed, { recursive: true });
    expect(located(loadBrokenPath(renamed))).toEqual([
      'pack.yaml:1: pack id "valid-pack" must match its folder name "other-name"',
    ]);
  });
});

function loadBrokenPath(packDir: string): ContentProblem[] {
  const result = loadPack(packDir, { sourcesDir: fixtureSources });
  return result.ok ? [] : result.problems;
}

describe("the real pack", () => {
  it("lists pak-us-relations among the packs", () => {
    expect(listPacks()).toContain("pak-us-relations");
  });

  it("pak-us-relations loads without problems or warnings", () => {
    const result = loadPack(path.join(defaultPacksDir(), "pak-us-relations"));
    // Show the authors' problems in the failure message rather than a bare `false`.
    expect(result.ok ? [] : located(result.problems)).toEqual([]);
    expect(located(result.warnings)).toEqual([]);
    if (result.ok) {
      expect(result.pack.facts.length).toBeGreaterThan(0);
      for (const packModule of result.pack.modules) {
        expect(new Set(packModule.factIds).size).toBe(packModule.factIds.length);
      }
    }
  });
});
