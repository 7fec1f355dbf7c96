/**
 * The plausibility rules for distractors and swaps, self-contained
 * cause-effect clauses and claims, fair acronym matching and which dates a
 * cloze may blank, on a targeted fixture (see __fixtures__/plausibility-pack.ts).
 */
import { describe, expect, it } from "vitest";
import { fixturePack } from "./__fixtures__/pack";
import { plausibilityPack as pack } from "./__fixtures__/plausibility-pack";
import { parseMarkup } from "../content/markup";
import { isNounPhrase, isSelfContained } from "./clauses";
import { claimantDistractors, entityDistractors } from "./distractors";
import { generateAllItemsDetailed } from "./generate";
import { attributionItem, claimDate, claimVerb, thatClause } from "./items/attribution";
import { causeEffectItem } from "./items/cause-effect";
import { isDatedEvent, isStandingSituation } from "./items/events";
import type { GenerationContext } from "./items/common";
import { multipleChoiceItem } from "./items/multiple-choice";
import { trueFalseItem } from "./items/true-false";
import { indexPack, isTrivialAcronym } from "./pack-index";
import { entityProfile, namesParty, rankEntities } from "./plausibility";
import { markSlots } from "./slots";
import type { ChoiceClientItem, LoadedFact } from "./types";

const index = indexPack(pack);
const fact = (id: string): LoadedFact => {
  const found = index.factById.get(id);
  if (!found) throw new Error(`no fixture fact ${id}`);
  return found;
};
const seeds = Array.from({ length: 20 }, (_, i) => `p-${i}`);
const contexts: GenerationContext[] = seeds.map((seed) => ({ index, seed }));
const wrongOptions = (item: ChoiceClientItem, correctId: string) => item.options.filter((o) => o.id !== correctId).map((o) => o.text);
/** The "what led to this?" items a fact gets over the seeds, with their wrong options. */
const causeQuestions = (id: string): { wrong: string[] }[] =>
  contexts.flatMap((context) => {
    const item = causeEffectItem(context, fact(id));
    if (item?.client.type !== "cause-effect" || !/what (has )?led to this\?$/.test(item.client.prompt) || item.key.answer.kind !== "option") return [];
    return [{ wrong: wrongOptions(item.client, item.key.answer.optionId) }];
  });

describe("entity profiles", () => {
  it("class people as officials, militant leaders or commentators from roles, descriptions and titles in the text", () => {
    expect(entityProfile(index, "leon-panetta").category).toBe("official");
    expect(entityProfile(index, "baitullah-mehsud").category).toBe("militant");
    // No roles: "al-Qaeda leader Osama bin Laden" in a fact says enough.
    expect(entityProfile(index, "osama-bin-laden").category).toBe("militant");
    expect(entityProfile(index, "masood-akhter").category).toBe("commentator");
    expect(entityProfile(index, "nadia-writer").category).toBe("commentator");
  });
  it("class state bodies as spy agencies, military bodies or civil ones: a general commands no foreign ministry", () => {
    expect(entityProfile(index, "cia").category).toBe("intelligence");
    expect(entityProfile(index, "us-central-command").category).toBe("military");
    expect(entityProfile(index, "state-department").category).toBe("civil");
    expect(new Set(["cia", "us-central-command", "state-department"].map((id) => entityProfile(index, id).family))).toEqual(new Set(["state"]));
  });
  it("record deaths the bank states, and nothing for a country named in a clause that 'collapsed'", () => {
    expect(entityProfile(index, "baitullah-mehsud").endedBy).toBeDefined();
    expect(entityProfile(index, "osama-bin-laden").endedBy).toBeDefined();
    expect(entityProfile(index, "united-states").endedBy).toBeUndefined();
  });
  it("date a claimant by the source that reports the claim", () => {
    const evidence = entityProfile(index, "nadia-writer").evidence;
    expect(evidence.every((interval) => interval.start >= index.intervalOf.get("writer-unpredictable")!.start)).toBe(true);
  });
  it("class a route apart from programmes: a route is reopened, a corridor is not", () => {
    expect(entityProfile(index, "supply-route").category).toBe("route");
    expect(entityProfile(index, "economic-corridor").category).toBe("programme");
    const stem = "What did Pakistan allow to reopen?";
    const ranked = rankEntities(index, [index.entityById.get("economic-corridor")!], { answerId: "supply-route", fact: fact("cia-isi"), context: stem });
    expect(ranked).toEqual([]);
  });
  it("recognise a party named by an adjective", () => {
    expect(namesParty(index, "Which Pakistani official said …?", "pakistan")).toBe(true);
    expect(namesParty(index, "an American departure", "united-states")).toBe(true);
    expect(namesParty(index, "Which US Defense Secretary …?", "united-states")).toBe(true);
    expect(namesParty(index, "Which official said …?", "pakistan")).toBe(false);
  });
});

describe("ranking distractors by plausibility", () => {
  const panetta = fact("panetta-patience");
  const stem = panetta.question ?? "";
  const ranked = rankEntities(index, entityDistractors(index, panetta, "leon-panetta", stem), { answerId: "leon-panetta", fact: panetta, context: stem });
  const names = ranked.map((entry) => entry.value.name);
  /** The ids ranked as options for the ISI, the answer, under the given stem. */
  const isiCandidates = (context: string) =>
    rankEntities(index, index.pack.entities.filter((entity) => entity.id !== "isi"), { answerId: "isi", fact: fact("cia-isi"), context }).map((entry) => entry.value.id);

  it("offers a US Defense Secretary only US officials of the time", () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const entry of ranked) expect(entry.value.party).toBe("united-states");
    expect(names).not.toContain("Baitullah Mehsud");
    expect(names).not.toContain("Osama bin Laden");
    expect(names).not.toContain("Nadia Writer");
    // Another party when the stem names the answer's: ruled out by the stem alone.
    expect(names).not.toContain("Yusuf Raza Gilani");
  });

  it("never offers a militant leader or a dead man for a commentator's 2012 words", () => {
    const khalique = fact("khalique-balance");
    const context = "_____ added in March 2012 that an American departure must not let Afghanistan slide back into terrorism.";
    const candidates = rankEntities(index, entityDistractors(index, khalique, "harris-khalique", context), { answerId: "harris-khalique", fact: khalique, context });
    const texts = candidates.map((entry) => entry.value.name);
    expect(texts).not.toContain("Osama bin Laden");
    expect(texts).not.toContain("Baitullah Mehsud");
    // Commentators of the same year first; the 2024 analyst only as a fallback after them.
    expect(texts.slice(0, 3).sort()).toEqual(["Masood Akhter", "Naeem Ahmed", "Shakoor Rahim"]);
    const writer = candidates.find((entry) => entry.value.id === "nadia-writer");
    expect(writer?.rank ?? Infinity).toBeGreaterThan(candidates[0]?.rank ?? 0);
  });

  it("offers a body no body of another kind: the ISI's work is not SAARC's or the UN's", () => {
    for (const context of ["Which Pakistani body worked with the CIA in the 1980s?", "Which body worked with the CIA in the 1980s?"]) {
      expect(isiCandidates(context)).not.toContain("saarc");
      expect(isiCandidates(context)).not.toContain("un");
    }
  });

  it("offers no body of many states when the stem names the answer's country", () => {
    // A body the bank does not class: any other kind of body is a fallback for it, but no bloc's is a Pakistani one.
    const authority = { id: "power-authority", kind: "organisation" as const, name: "Water and Power Development Authority", aliases: [], roles: [], party: "pakistan" };
    const withAuthority = indexPack({ ...pack, entities: [...pack.entities, authority] });
    const candidates = (context: string) =>
      rankEntities(withAuthority, withAuthority.pack.entities.filter((entity) => entity.id !== authority.id), { answerId: authority.id, fact: fact("cia-isi"), context }).map((entry) => entry.value.id);
    expect(candidates("Which Pakistani body worked with the CIA in the 1980s?")).not.toContain("saarc");
    expect(candidates("Which body worked with the CIA in the 1980s?")).toContain("saarc");
  });

  it("offers for \"which agency\" only agencies, once the answer is one; elsewhere in a sentence the noun rules nothing out", () => {
    // The CIA is an agency by its name, the ISI by its description ("Pakistan's spy agency"); an army is none.
    const army = { id: "pakistan-army", kind: "organisation" as const, name: "Pakistan Army", aliases: [], roles: [], party: "pakistan", description: "Pakistan's land army" };
    const withArmy = indexPack({ ...pack, entities: [...pack.entities, army] });
    const candidates = (context: string) =>
      rankEntities(withArmy, withArmy.pack.entities.filter((entity) => entity.id !== "isi"), { answerId: "isi", fact: fact("cia-isi"), context }).map((entry) => entry.value.id);
    expect(candidates("Which agency worked with the CIA in the 1980s?")).toEqual(["cia"]);
    expect(candidates("In the 1980s the agency of the CIA and the _____ worked together.")).toContain("pakistan-army");
    // No answer that is a general, so the noun says nothing of the options.
    expect(candidates("Which general's agency worked with the CIA?")).toContain("pakistan-army");
  });

  it("offers for an answer the sentence gives a title only people who hold it: \"Barack Obama was the NATO commander\" is false to anyone", () => {
    const people = index.pack.entities.filter((entity) => entity.kind === "person");
    const ranks = (subject: LoadedFact, answerId: string, context: string) =>
      rankEntities(index, people.filter((entity) => entity.id !== answerId), { answerId, fact: subject, context }).map((entry) => entry.value.id);
    // The title inside the answer's own mark: a swap drops it, but the sentence is about a general.
    const text = "In [March 2012](#date) [General John Allen](john-allen) was the NATO commander in Afghanistan.";
    const allen: LoadedFact = { ...fact("allen-nato"), text, ...parseMarkup(text) };
    expect(ranks(allen, "john-allen", "In March 2012 … was the NATO commander in Afghanistan.")).toEqual(["james-mattis"]);
    // The title after the slot: no other president of the time, so no option at all.
    const obama = fact("obama-president");
    expect(ranks(obama, "barack-obama", "In March 2012 … was the US President.")).toEqual([]);
    expect(ranks(obama, "barack-obama", "In March 2012 … met officials.")).toContain("george-little");
    // The title before the slot, set off by a comma.
    expect(ranks(fact("little-press"), "george-little", "In March 2012 the Pentagon Press Secretary, …, gave no details.")).toEqual(["leon-panetta"]);
    // The title a question asks for: "Which US Defense Secretary …?" with a general among the options is answered by its title.
    expect(ranks(fact("panetta-patience"), "leon-panetta", "Which US Defense Secretary said in Kabul in June 2012 that the United States was losing patience?")).toEqual(["george-little"]);
    // The title a question asks who held: "Who was the US President …?" among generals is answered by its title.
    expect(ranks(obama, "barack-obama", "Who was the US President who met Pakistan's prime minister in Seoul in March 2012?")).toEqual([]);
    expect(ranks(obama, "barack-obama", "Who met Pakistan's prime minister in Seoul in March 2012?")).toContain("george-little");
  });

  it("offers for a place only places the bank shows beside each of the sentence's other names, and none of the pack's own countries", () => {
    // "The NATO commander in India", "… in Pakistan": false to anyone who knows where the war was.
    const command = "In [March 2012](#date) General [John Allen](john-allen) was the NATO commander in [Afghanistan](afghanistan).";
    const visit = "In [2012](#date) General [John Allen](john-allen) flew to [China](china) for talks.";
    const extra = [
      { ...fact("allen-nato"), id: "allen-command", text: command, ...parseMarkup(command), entityIds: ["john-allen", "afghanistan"] },
      { ...fact("allen-nato"), id: "allen-china", text: visit, ...parseMarkup(visit), entityIds: ["john-allen", "china"], label: "Allen's visit to China" },
    ];
    const withCommand = indexPack({ ...pack, facts: [...pack.facts, ...extra] });
    const places = withCommand.pack.entities.filter((entity) => entity.kind === "place" && entity.id !== "afghanistan");
    const subject = withCommand.factById.get("allen-command") as LoadedFact;
    const ranked = rankEntities(withCommand, places, { answerId: "afghanistan", fact: subject, context: "In March 2012 General John Allen was the NATO commander in …." });
    expect(ranked.map((entry) => entry.value.id)).toEqual(["china"]);
  });

  it("drops a country known only from an era long before the item", () => {
    const pakistan = fact("pakistan-drones-anger");
    const candidates = rankEntities(index, entityDistractors(index, pakistan, "pakistan", ""), { answerId: "pakistan", fact: pakistan, context: "" });
    expect(candidates.map((entry) => entry.value.id)).not.toContain("soviet-union");
    expect(candidates.length).toBeGreaterThan(0);
  });

  it("shows a decade's fact at the decade's start: the Soviet Union of the 1990s is out of its era in 2001", () => {
    const decline = "In the [1990s](#date) relations cooled once the [Soviet Union](soviet-union) had left [Afghanistan](afghanistan).";
    const anger = "According to [Pakistan](pakistan) in [2001](#date), civilians killed in strikes stoked public fury.";
    const extra: LoadedFact[] = [
      { ...fact("cold-war-ally"), id: "decline-1990s", text: decline, ...parseMarkup(decline), entityIds: ["soviet-union", "afghanistan"], date: { precision: "decade", value: "1990s" } },
      { ...fact("pakistan-drones-anger"), id: "anger-2001", text: anger, ...parseMarkup(anger), date: { precision: "year", value: "2001" } },
    ];
    const withDecline = indexPack({ ...pack, facts: [...pack.facts, ...extra] });
    const subject = withDecline.factById.get("anger-2001") as LoadedFact;
    const candidates = rankEntities(withDecline, entityDistractors(withDecline, subject, "pakistan", ""), { answerId: "pakistan", fact: subject, context: "" });
    expect(candidates.map((entry) => entry.value.id)).not.toContain("soviet-union");
    expect(candidates.length).toBeGreaterThan(0);
  });

  it("keeps the seed's order within a rank and is deterministic", () => {
    const again = rankEntities(index, entityDistractors(index, panetta, "leon-panetta", stem), { answerId: "leon-panetta", fact: panetta, context: stem });
    expect(again.map((entry) => entry.value.id)).toEqual(ranked.map((entry) => entry.value.id));
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.rank).toBeGreaterThanOrEqual(ranked[i - 1]!.rank);
  });
});

describe("items use the ranking", () => {
  it("multiple choice on the Defense Secretary offers US officials only", () => {
    for (const context of contexts) {
      const item = multipleChoiceItem(context, fact("panetta-patience"));
      expect(item).not.toBeNull();
      if (!item || item.key.answer.kind !== "option") continue;
      for (const text of wrongOptions(item.client as ChoiceClientItem, item.key.answer.optionId)) {
        expect(["James Mattis", "John Allen", "George Little", "Barack Obama"]).toContain(text);
      }
    }
  });

  it("asks no attribution of a position: another government, institution or official may hold it too", () => {
    for (const context of contexts) {
      for (const id of ["pakistan-drones-anger", "us-wants-offensive", "panetta-patience"]) expect(attributionItem(context, fact(id))).toBeNull();
    }
  });

  it("attribution never offers a commentator the fact lists as also making the argument", () => {
    // Fresh indexes (one is memoised per pack object): distractors are memoised per fact id, and these facts differ.
    const akhter = fact("akhter-backlash");
    const candidates = (of: LoadedFact) => claimantDistractors(indexPack({ ...pack }), of, "masood-akhter", "").map((e) => e.id);
    expect(candidates(akhter)).toContain("naeem-ahmed");
    expect(candidates({ ...akhter, alsoTrue: ["naeem-ahmed"] })).not.toContain("naeem-ahmed");
    expect(candidates({ ...akhter, notRuledOut: ["naeem-ahmed"] })).not.toContain("naeem-ahmed");
  });

  it("offers no entity the fact lists as also true or not ruled out, in a swap or as an option", () => {
    const panetta = fact("panetta-patience");
    const freshIndex = indexPack({ ...pack });
    expect(entityDistractors(freshIndex, panetta, "leon-panetta").map((e) => e.id)).toContain("john-allen");
    const listed = { ...panetta, alsoTrue: ["john-allen"] };
    expect(entityDistractors(indexPack({ ...pack }), listed, "leon-panetta").map((e) => e.id)).not.toContain("john-allen");
    const notRuledOut = { ...panetta, notRuledOut: ["john-allen"] };
    expect(entityDistractors(indexPack({ ...pack }), notRuledOut, "leon-panetta").map((e) => e.id)).not.toContain("john-allen");
  });

  it("offers no entity a definition names beside the slot's entity: 'a faction of the Afghan Taliban' makes either true in the other's place", () => {
    const fixtureFact = (id: string): LoadedFact => {
      const found = fixturePack.facts.find((candidate) => candidate.id === id);
      if (!found) throw new Error(`no fixture fact ${id}`);
      return found;
    };
    const mullen = fixtureFact("mullen-accuses-isi");
    const ttpDefinition = fixtureFact("ttp-definition");
    const text = "The [Haqqani network](haqqani-network) is a faction of the [Afghan Taliban](afghan-taliban) (as described in [2010](#date)).";
    const { plainText, marks } = parseMarkup(text);
    const factionDefinition: LoadedFact = { ...ttpDefinition, id: "haqqani-faction", text, plainText, marks, entityIds: ["haqqani-network", "afghan-taliban"] };
    expect(entityDistractors(indexPack({ ...fixturePack }), mullen, "haqqani-network").map((e) => e.id)).toContain("afghan-taliban");
    const withDefinition = { ...fixturePack, facts: [...fixturePack.facts, factionDefinition] };
    const distractors = entityDistractors(indexPack(withDefinition), mullen, "haqqani-network").map((e) => e.id);
    expect(distractors).not.toContain("afghan-taliban");
    expect(distractors).toContain("al-qaeda");
  });

  it("dates a claim from the claimant's own analysis by the analysis, not by what it judges", () => {
    expect(claimDate(index, fact("writer-raid-flashpoint"), "nadia-writer")).toEqual({ precision: "month", value: "2024-11" });
    expect(claimDate(index, fact("khalique-balance"), "harris-khalique")).toEqual(fact("khalique-balance").date);
  });

  it("asks with the fact's own reporting verb, and \"argued\" for a view", () => {
    const withText = (plainText: string) => ({ ...fact("khalique-balance"), plainText });
    expect(claimVerb(fact("khalique-balance"))).toBe("said"); // "added"
    expect(claimVerb(withText("Masood Akhter warned in March 2012 that …"))).toBe("warned");
    expect(claimVerb(withText("Minahil Changez notes that after 2001 …"))).toBe("noted");
    expect(claimVerb(withText("Naeem Ahmed cited reports in March 2012 that …"))).toBe("said");
    expect(claimVerb(withText("In Minahil Changez's view (2024), distrust …"))).toBe("argued");
    expect(claimVerb(fact("writer-raid-flashpoint"))).toBe("argued"); // "ranks … among"
  });

  it("sets a claim's fronted phrase off with a comma after \"that\", and nothing else", () => {
    // Without it, "Who wrote that in the United States, Pakistan is …" asks where something was written.
    expect(thatClause("in the United States, Pakistan is often seen as unreliable")).toBe(", in the United States, Pakistan is often seen as unreliable");
    expect(thatClause("unless mistrust is tackled, the partnership will struggle")).toBe(", unless mistrust is tackled, the partnership will struggle");
    expect(thatClause("regional dynamics, above all those involving India, make ties harder")).toBe(" regional dynamics, above all those involving India, make ties harder");
    expect(thatClause("the 2011 raid was a turning point")).toBe(" the 2011 raid was a turning point");
    expect(thatClause("insiders warned of a backlash")).toBe(" insiders warned of a backlash");
    const withClaim = { ...fact("khalique-balance"), claim: "in March 2012, the balance was shifting" };
    const prompts = contexts.flatMap((context) => attributionItem(context, withClaim)?.client.prompt ?? []);
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(prompt).toMatch(/ said that, in March 2012, the balance was shifting\?$/);
  });

  it("asks no \"who argued\" when fewer than two other voices argued anything then: its date, or the lack of one, would name the answer", () => {
    const prompts = (id: string) => contexts.flatMap((context) => attributionItem(context, fact(id))?.client.prompt ?? []);
    // The one analyst of 2024 among commentators of 2012: "Who argued that …?", undated, was only ever asked of her.
    expect(prompts("writer-raid-flashpoint")).toEqual([]);
    expect(prompts("khalique-balance").length).toBeGreaterThan(0);
    for (const prompt of prompts("khalique-balance")) expect(prompt).toMatch(/^In March 2012, who said/);
  });

  it("true/false swaps keep the answer's category and party", () => {
    const allowedForPanetta = new Set(["James Mattis", "John Allen", "George Little", "Barack Obama"]);
    for (const context of contexts) {
      const item = trueFalseItem(context, fact("panetta-patience"));
      if (!item || item.client.type !== "true-false" || item.key.answer.kind !== "boolean" || item.key.answer.value) continue;
      const statement = item.client.statement;
      if (statement.includes("Leon Panetta")) continue; // another slot was swapped
      expect([...allowedForPanetta].some((name) => statement.includes(name)), statement).toBe(true);
    }
    for (const context of contexts) {
      const item = trueFalseItem(context, fact("aid-dependence"));
      if (!item || item.client.type !== "true-false") continue;
      expect(item.client.statement).not.toContain("Soviet Union");
    }
  });

  it("swaps in a place only where the bank shows it beside each of the sentence's other names", () => {
    // India stands beside the ISI in another fact, never beside the supply route: "a lever over the war in India" is absurd.
    // China stands beside both, so it may be swapped in.
    const lever = "In [2010](#date) the [ISI](isi) held that the [NATO supply route](supply-route) gave [Pakistan](pakistan) a lever over the war in [Afghanistan](afghanistan).";
    const meddling = "In [2011](#date) the [ISI](isi) accused [India](india) of meddling in [Pakistan](pakistan).";
    const transit = "In [2010](#date) the [ISI](isi) said that goods for the [NATO supply route](supply-route) also crossed [China](china).";
    const extra = [
      { ...fact("afghan-border"), id: "isi-lever", kind: "expert-view" as const, claimedBy: ["isi"], claim: "the supply route gave Pakistan a lever", text: lever, ...parseMarkup(lever), entityIds: ["isi", "supply-route", "pakistan", "afghanistan"] },
      { ...fact("afghan-border"), id: "isi-india", text: meddling, ...parseMarkup(meddling), entityIds: ["isi", "india", "pakistan"], label: "the ISI's charge against India" },
      { ...fact("afghan-border"), id: "isi-china", text: transit, ...parseMarkup(transit), entityIds: ["isi", "supply-route", "china"], label: "the ISI's word on transit through China" },
    ];
    const withLever = indexPack({ ...pack, facts: [...pack.facts, ...extra] });
    const leverFact = withLever.factById.get("isi-lever") as LoadedFact;
    const statements = seeds.flatMap((seed) => {
      const item = trueFalseItem({ index: withLever, seed }, leverFact);
      return item?.client.type === "true-false" ? [item.client.statement] : [];
    });
    expect(statements).toContain("In 2010 the ISI held that the NATO supply route gave Pakistan a lever over the war in China.");
    for (const statement of statements) expect(statement).not.toContain("war in India");
  });

  it("never swaps out one of the pack's own countries: the false statement would be false to anyone, the true one a guess", () => {
    // "The United States and India reached a nuclear deal …, which worried Pakistan": India is swapped, and only India.
    let falseItems = 0;
    for (const context of contexts) {
      const item = trueFalseItem(context, fact("us-india-deal-fear"));
      if (item?.client.type !== "true-false" || item.key.answer.kind !== "boolean" || item.key.answer.value) continue;
      falseItems++;
      expect(item.client.statement).toMatch(/^The United States and (?!India)[A-Z][a-z]+ reached a nuclear deal in 2008, which worried Pakistan\.$/);
    }
    expect(falseItems).toBeGreaterThan(0);
    // "… strained ties between Pakistan and India" is all the raid's fact could be made into: it gets no true/false item.
    for (const context of contexts) expect(trueFalseItem(context, fact("raid-strained-ties"))).toBeNull();
  });

  it("asks the author's false statement where the only swap is a country of the pack, and for a position, with the fact as the correction", () => {
    const statements: Record<string, string> = {
      "raid-strained-ties": "The aftermath of the 2011 raid in Abbottabad brought Pakistan and the United States closer together.",
      // Undated: both statements are then asked with the fact's date, or the date would mark the true one.
      "pakistan-drones-anger": "According to Pakistan, drone strikes calmed public anger by killing militants.",
    };
    const withStatements = indexPack({ ...pack, facts: pack.facts.map((of) => (statements[of.id] ? { ...of, falseStatement: statements[of.id] } : of)) });
    for (const [id, falseStatement] of Object.entries(statements)) {
      const authored = withStatements.factById.get(id) as LoadedFact;
      const items = seeds.flatMap((seed) => trueFalseItem({ index: withStatements, seed }, authored) ?? []);
      expect(items).toHaveLength(seeds.length);
      for (const item of items) {
        if (item.client.type !== "true-false" || item.key.answer.kind !== "boolean") throw new Error("not a true/false item");
        expect(item.isLastResort).toBe(false);
        expect(item.client.statement).toBe(item.key.answer.value ? authored.plainText : falseStatement);
        expect(item.key.explanation).toBe(`${item.key.answer.value ? "True" : "False"}. ${authored.plainText}`);
      }
      expect(new Set(items.map((item) => item.key.answer.kind === "boolean" && item.key.answer.value))).toEqual(new Set([true, false]));
      expect(new Set(items.map((item) => (item.client.type === "true-false" ? item.client.prompt : "")))).toEqual(
        new Set([id === "pakistan-drones-anger" ? "True or false (2010)?" : "True or false?"]),
      );
    }
    // A swap the bank proves wrong is still asked before the author's statement.
    const dealFear = { ...fact("us-india-deal-fear"), falseStatement: "The nuclear deal of 2008 between the United States and India reassured Pakistan." };
    const dealIndex = indexPack({ ...pack, facts: pack.facts.map((of) => (of.id === dealFear.id ? dealFear : of)) });
    for (const seed of seeds) expect(trueFalseItem({ index: dealIndex, seed }, dealFear)?.client).toEqual(trueFalseItem({ index, seed }, fact(dealFear.id))?.client);
  });

  it("drops an item when only absurd distractors remain", () => {
    // The only other militant leader died before 2011: no plausible three exist for bin Laden.
    for (const context of contexts) {
      const item = trueFalseItem(context, fact("bin-laden-killed"));
      if (item?.client.type === "true-false") expect(item.client.statement).not.toMatch(/Baitullah Mehsud|Panetta|Khalique/);
    }
  });
});

describe("self-contained clauses", () => {
  const programme = fact("programme-eroded-trust");
  it("flags unresolved references and accepts clauses that name their parties", () => {
    expect(isSelfContained(index, programme, "the programme became a bone of contention and trust between the two wore away")).toBe(false);
    expect(isSelfContained(index, programme, "relations between the two countries began to thaw")).toBe(false);
    expect(isSelfContained(index, programme, "it grew more afraid")).toBe(false);
    expect(isSelfContained(index, programme, "mistrust between Pakistan and the United States grew")).toBe(true);
    expect(isSelfContained(index, programme, "both sides grew frustrated over US aid to Pakistan")).toBe(true);
    // In a claim a personal pronoun means the claimant.
    expect(isSelfContained(index, programme, "its stake in Afghanistan obliged it to act", { claim: true })).toBe(true);
    expect(isSelfContained(index, programme, "the two countries distrusted each other", { claim: true })).toBe(false);
  });
  it("tells noun phrases from clauses", () => {
    expect(isNounPhrase("the Abbottabad raid and its aftermath")).toBe(true);
    expect(isNounPhrase("American drone strikes, plus perceived meddling in Pakistan's affairs")).toBe(true);
    expect(isNounPhrase("a NATO border strike killed 24 Pakistani soldiers")).toBe(false);
    expect(isNounPhrase("China's influence in Asia kept rising")).toBe(false);
    expect(isNounPhrase("friction arose between Pakistan and the United States")).toBe(false);
  });
  it("asks a cause-effect item only the way round whose stem and answer stand alone", () => {
    for (const context of contexts) {
      const item = causeEffectItem(context, programme);
      // The effect leans on "the programme" and "the two": neither a stem nor an answer can use it.
      expect(item).toBeNull();
    }
  });
  it("asks about a noun-phrase cause directly, and never offers a noun phrase among clauses", () => {
    for (const context of contexts) {
      const item = causeEffectItem(context, fact("raid-strained-ties"));
      expect(item).not.toBeNull();
      expect(item?.client.prompt).toBe("According to the sources, what did the Abbottabad raid and its aftermath in 2011 lead to?");
    }
    for (const context of contexts) {
      for (const id of ["strike-closed-route", "sanctions-1990s", "aid-friction", "china-counterweight", "raid-outrage"]) {
        const item = causeEffectItem(context, fact(id));
        if (!item || item.client.type !== "cause-effect") continue;
        for (const option of item.client.options) {
          expect(option.text).not.toMatch(/^The programme|^The Abbottabad raid and its aftermath$/);
        }
      }
    }
  });
  it("frames a noun-phrase cause with a standing date by that date, not after the phrase, which it would seem to date, and asks what it had led to by then", () => {
    const cause = "American drone strikes, plus perceived meddling in Pakistan's affairs";
    const wrongEffects = ["most Americans turned against the drone war", "Pakistan's courts ruled the drone strikes lawful", "Pakistan refused American relief after its floods"];
    const variant = indexPack({ ...pack, facts: pack.facts.map((each) => (each.id === "standing-resentment" ? { ...each, cause, wrongEffects } : each)) });
    const prompts = new Set(seeds.map((seed) => causeEffectItem({ index: variant, seed }, variant.factById.get("standing-resentment") as LoadedFact)?.client.prompt));
    expect([...prompts]).toEqual([`As of 2024, according to the sources, what had ${cause}, led to?`]);
  });
  it("offers no souring of relations as a wrong answer when the answer is one", () => {
    for (const context of contexts) {
      const item = causeEffectItem(context, fact("raid-strained-ties"));
      if (item?.client.type !== "cause-effect") continue;
      // Whatever strained diplomatic ties could as well have caused friction.
      for (const option of item.client.options) expect(option.text).not.toMatch(/^Friction arose/);
    }
  });
  it("never gives a standing souring as the stem: what led to it is open to any earlier grievance", () => {
    for (const context of contexts) {
      const item = causeEffectItem(context, fact("standing-resentment"));
      expect(item?.client.prompt ?? "").not.toMatch(/what (has )?led to this\?$/);
    }
  });
  it("counts a period the sentence opens (\"After 2001, …\") as lasting until its source: no clause of those years is a wrong option", () => {
    const items = causeQuestions("aid-resumed-2003");
    expect(items.length).toBeGreaterThan(0);
    for (const { wrong } of items) for (const text of wrong) expect(text).not.toMatch(/^Pakistan kept dealing/);
  });
  it("knows a standing situation, which may have held long before its date, from a happening", () => {
    expect(isStandingSituation(fact("standing-resentment"))).toBe(true);
    expect(isStandingSituation({ ...fact("clash-2003"), date: { ...fact("clash-2003").date, resolved: "A standing view, dated to the article." } })).toBe(true);
    expect(isStandingSituation(fact("clash-2003"))).toBe(false);
  });

  it("asks what led to a souring only when it cannot ask what the cause led to: its wrong causes could only be later events, given away by their dates", () => {
    const prompts = contexts.map((context) => causeEffectItem(context, fact("clash-2003"))?.client.prompt ?? "");
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(prompt).toMatch(/^In 2003, Pakistani and American troops clashed on the Afghan border\. .*what did this lead to\?$/);
  });
  it("never asks what a cause led to when the effect is a bare change of course, and offers as wrong causes of it only what came after it", () => {
    const items = contexts.map((context) => causeEffectItem(context, fact("summit-2005-new-course")));
    for (const item of items) expect(item?.client.prompt ?? "").not.toMatch(/lead to\?$/);
    const asked = causeQuestions("summit-2005-new-course");
    expect(asked.length).toBeGreaterThan(0);
    // The clash of 2003 and the aid of 2003 came before 2005: either may have changed the course.
    for (const { wrong } of asked) for (const text of wrong) expect(text).not.toMatch(/clashed on the Afghan border|hunt for al-Qaeda/);
  });
  it("puts no date before a clause that names its own year", () => {
    const item = causeEffectItem(contexts[0]!, fact("us-india-deal-fear"));
    expect(item?.client.prompt).toMatch(/^(The United States and India reached a civilian nuclear deal in 2008\. |Pakistan grew more afraid)/);
  });

  it("offers no cause dated after the effect, and no clause of the same period", () => {
    for (const context of contexts) {
      const item = causeEffectItem(context, fact("raid-strained-ties"));
      if (item?.client.type !== "cause-effect") continue;
      // The 2011 raid also provoked fury: a clause of the same year might be true of it too.
      for (const option of item.client.options) expect(option.text).not.toMatch(/^Broad fury/);
    }
    for (const context of contexts) {
      const item = causeEffectItem(context, fact("sanctions-1990s"));
      if (!item || item.client.type !== "cause-effect" || !/what (has )?led to this\?$/.test(item.client.prompt)) continue;
      for (const option of item.client.options) expect(option.text).not.toMatch(/China's influence|NATO border strike|conditions attached/);
    }
  });
});

describe("acronym matching", () => {
  it("knows an obvious acronym from one worth asking", () => {
    expect(isTrivialAcronym({ kind: "place", placeType: "country", name: "United States", acronym: "US" })).toBe(true);
    expect(isTrivialAcronym({ kind: "organisation", name: "United Nations", acronym: "UN" })).toBe(true);
    expect(isTrivialAcronym({ kind: "place", placeType: "country", name: "Soviet Union", acronym: "USSR" })).toBe(false);
    expect(isTrivialAcronym({ kind: "organisation", name: "Inter-Services Intelligence", acronym: "ISI" })).toBe(false);
  });
  it("uses no obvious pair when enough others exist, and never two", () => {
    for (const seed of seeds) {
      for (const item of generateAllItemsDetailed(pack, { seed, types: ["matching"] })) {
        if (item.client.type !== "matching" || item.client.matchKind !== "acronym") continue;
        const lefts = item.client.left.map((o) => o.text);
        // ISI, CIA, TTP and SAARC are enough: neither US nor UN is needed.
        expect(lefts).not.toContain("US");
        expect(lefts).not.toContain("UN");
      }
    }
  });
  it("asks what an acronym names, not the name it stands for, wherever the pack describes it", () => {
    // "ISI – Inter-Services Intelligence" is matched by its initials alone; "ISI – Pakistan's spy agency" is not.
    const described = pack.entities.filter((entity) => entity.acronym && entity.description);
    expect(described.length).toBeGreaterThan(0);
    const namesOfDescribed = new Set(described.map((entity) => entity.name.toLowerCase()));
    const descriptions = new Set(described.map((entity) => entity.description?.toLowerCase()));
    let shownDescriptions = 0;
    for (const seed of seeds) {
      for (const item of generateAllItemsDetailed(pack, { seed, types: ["matching"] })) {
        if (item.client.type !== "matching" || item.client.matchKind !== "acronym") continue;
        const rights = item.client.right.map((option) => option.text.toLowerCase());
        expect(rights.filter((text) => namesOfDescribed.has(text))).toEqual([]);
        shownDescriptions += rights.filter((text) => descriptions.has(text)).length;
      }
    }
    expect(shownDescriptions).toBeGreaterThan(0);
  });
  it("shows no acronym that no fact writes, in a matching pair, an option or a statement", () => {
    // The fixture's entities give "LeT" and "UN", which none of its facts writes.
    const shown = seeds.flatMap((seed) =>
      generateAllItemsDetailed(fixturePack, { seed }).flatMap(({ client }) => [
        ...("statement" in client ? [client.statement] : []),
        ...("options" in client ? (client.options ?? []).map((o) => o.text) : []),
        ...(client.type === "matching" ? client.left.map((o) => o.text) : []),
      ]),
    );
    expect(shown).toContain("TTP");
    expect(shown.filter((text) => /\b(LeT|UN)\b/.test(text))).toEqual([]);
  });
});

describe("dates at which a state only held", () => {
  it("never blanks the date of a role or a name: Obama was President in other months than March 2012 too", () => {
    for (const id of ["obama-president", "gilani-pm", "isi-acronym"]) expect(markSlots(index, fact(id)).map((slot) => slot.kind)).not.toContain("date");
    expect(markSlots(index, fact("clash-2003")).map((slot) => slot.kind)).toContain("date");
  });
  it("keeps an event dated only by its report off timelines, ordering and matching: the report's year is not the event's", () => {
    const killed = fact("mehsud-killed");
    expect(isDatedEvent(killed)).toBe(true);
    const plainText = killed.plainText.replace(/ in 2009\.$/, ", as reported in 2009.");
    const start = plainText.indexOf("2009");
    const marks = killed.marks.map((mark) => (mark.ref.type === "date" ? { ...mark, start, end: start + 4 } : mark));
    expect(isDatedEvent({ ...killed, plainText, marks })).toBe(false);
  });
});
