import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "./errors";
import { fixturePack } from "./__fixtures__/pack";
import { testPacks } from "./__fixtures__/packs";
import { checkTypedAnswer, gradeResponse } from "./grade";
import { indexPack } from "./pack-index";
import { slotAccepted } from "./slots";
import type { AnswerKeyEntry, ClientItem } from "./types";

const countries = { kind: "name" as const, forms: ["Pakistan", "Islamabad"], rivalForms: ["India", "China", "Iran", "Afghanistan"] };

describe("typed names", () => {
  it.each(["Pakistan", "pakistan", "PAKISTAN.", "Pakistn", "Pakisatn", "islamabad"])("accepts %s", (typed) => {
    expect(checkTypedAnswer(countries, typed).correct).toBe(true);
  });
  it.each(["India", "Afghanistan", "", "Pak", "Iran"])("rejects %s", (typed) => {
    expect(checkTypedAnswer(countries, typed).correct).toBe(false);
  });
  it("never takes another valid answer for a typo (India is not a typo of China)", () => {
    const china = { kind: "name" as const, forms: ["China"], rivalForms: ["India", "Chad"] };
    expect(checkTypedAnswer(china, "India").correct).toBe(false);
    expect(checkTypedAnswer(china, "Chinna").correct).toBe(true);
    expect(checkTypedAnswer(china, "Chad").correct).toBe(false);
  });
  it("accepts a name with a rank or title before it, and still refuses another person's", () => {
    const allen = { kind: "name" as const, forms: ["John Allen", "Allen", "General Allen"], rivalForms: ["James Mattis", "Mattis", "Barack Obama"] };
    for (const typed of ["General John Allen", "Gen. John Allen", "Gen Allen", "general allen"]) expect(checkTypedAnswer(allen, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(allen, "General Mattis").correct).toBe(false);
    expect(checkTypedAnswer(allen, "General").correct).toBe(false);
    const panetta = { kind: "name" as const, forms: ["Leon Panetta", "Panetta"], rivalForms: ["George Little", "Barack Obama"] };
    for (const typed of ["Secretary Leon Panetta", "Sec. Panetta"]) expect(checkTypedAnswer(panetta, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(panetta, "Secretary George Little").correct).toBe(false);
  });
  it("reads a title before a name as no part of it only where the person bears it", () => {
    // Seventh quiz audit of 7 December: "General Akhtar" and "Mullah Akhtar" (other men) passed for a retired Air Marshal.
    const akhter = { kind: "name" as const, forms: ["Masood Akhter", "Akhter", "Masood Akhtar"], rivalForms: [], titles: ["masood", "akhter", "defence", "expert", "retired", "air", "marshal"] };
    for (const typed of ["Air Marshal Akhter", "retired Air Marshall Masood Akhter", "Mr Akhter"]) expect(checkTypedAnswer(akhter, typed).correct, typed).toBe(true);
    for (const typed of ["General Akhtar", "Mullah Akhtar", "President Akhter"]) expect(checkTypedAnswer(akhter, typed).correct, typed).toBe(false);
    const panetta = { kind: "name" as const, forms: ["Leon Panetta", "Panetta"], rivalForms: [], titles: ["leon", "panetta", "us", "defense", "secretary"] };
    for (const typed of ["Sec. Panetta", "Defense Secretary Leon Panetta"]) expect(checkTypedAnswer(panetta, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(panetta, "General Panetta").correct).toBe(false);
  });
  it("reads any words of the person's own names and posts before their name as a title, in either spelling", () => {
    // Eighth and ninth quiz audits of 7 December: each of these was marked wrong.
    const panetta = { kind: "name" as const, forms: ["Leon Panetta", "Panetta"], rivalForms: ["George Little"], titles: ["leon", "panetta", "us", "defense", "secretary"] };
    for (const typed of ["Secretary of Defense Leon Panetta", "Secretary of Defence Panetta", "Defence Secretary Leon Panetta", "the US Defense Secretary, Leon Panetta"]) {
      expect(checkTypedAnswer(panetta, typed).correct, typed).toBe(true);
    }
    for (const typed of ["Secretary of State Panetta", "Secretary George Little", "Defense Secretary Robert Gates"]) expect(checkTypedAnswer(panetta, typed).correct, typed).toBe(false);
    const little = { kind: "name" as const, forms: ["George Little", "Little"], rivalForms: ["Leon Panetta"], titles: ["george", "little", "pentagon", "press", "secretary"] };
    for (const typed of ["Pentagon Press Secretary George Little", "press secretary George Little"]) expect(checkTypedAnswer(little, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(little, "Press Secretary Leon Panetta").correct).toBe(false);
    const gilani = { kind: "name" as const, forms: ["Yusuf Raza Gilani", "Gilani"], rivalForms: ["Barack Obama"], titles: ["yusuf", "raza", "gilani", "pakistani", "prime", "minister"] };
    for (const typed of ["Raza Gilani", "Prime Minister Raza Gilani"]) expect(checkTypedAnswer(gilani, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(gilani, "Raza Khan").correct).toBe(false);
  });
  it("accepts a place or body with its country after it, and no other place after it", () => {
    const nangarhar = { kind: "name" as const, forms: ["Nangarhar", "Nangarhar province"], rivalForms: ["Kabul", "Pakistan"], within: ["Afghanistan"] };
    const question = "In which Afghan province did the US air strike of 24 November 2014 take place?";
    for (const typed of ["Nangarhar, Afghanistan", "Nangarhar (Afghanistan)", "Nangarhar Province, Afghanistan"]) {
      expect(checkTypedAnswer(nangarhar, typed, question), typed).toEqual({ correct: true, understood: "Nangarhar" });
    }
    for (const typed of ["Nangarhar, Pakistan", "Kabul, Afghanistan", "Afghanistan"]) expect(checkTypedAnswer(nangarhar, typed, question).correct, typed).toBe(false);
    expect(checkTypedAnswer({ ...nangarhar, within: [] }, "Nangarhar, Afghanistan", question).correct).toBe(false);
  });
  it("accepts a name with its own country before it, an owner's \"its\", and \"dept\" for department, and no other country before it", () => {
    // Tenth quiz audit of 7 December: each of these, the sources' own wording, was marked wrong.
    const nangarhar = { kind: "name" as const, forms: ["Nangarhar", "Nangarhar province"], rivalForms: ["Kabul", "Pakistan"], within: ["Afghanistan"] };
    expect(checkTypedAnswer(nangarhar, "Afghanistan's Nangarhar province").correct).toBe(true);
    expect(checkTypedAnswer(nangarhar, "Pakistan's Nangarhar province").correct).toBe(false);
    const bri = { kind: "name" as const, forms: ["Belt and Road Initiative", "BRI"], rivalForms: ["China-Pakistan Economic Corridor"], within: ["China"] };
    expect(checkTypedAnswer(bri, "China's Belt and Road Initiative").correct).toBe(true);
    expect(checkTypedAnswer(bri, "India's Belt and Road Initiative").correct).toBe(false);
    const committee = { kind: "name" as const, forms: ["national security committee"], rivalForms: ["parliament"] };
    expect(checkTypedAnswer(committee, "its national security committee").correct).toBe(true);
    const state = { kind: "name" as const, forms: ["State Department", "Department of State"], rivalForms: ["Pentagon", "Department of Defense"], within: ["United States", "US"] };
    for (const typed of ["Dept of State", "US Dept of State", "State Dept"]) expect(checkTypedAnswer(state, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(state, "Defense Dept").correct).toBe(false);
    // A programme's country counts as a place's does: the pack's Belt and Road Initiative is China's.
    const pack = testPacks.find(([name]) => name === "pak-us-relations")?.[1];
    const index = pack && indexPack(pack);
    const record = index?.pack.facts.find((fact) => fact.marks.some((mark) => mark.ref.type === "entity" && mark.ref.id === "belt-and-road-initiative"));
    const mark = record?.marks.find((candidate) => candidate.ref.type === "entity" && candidate.ref.id === "belt-and-road-initiative");
    if (!index || !record || !mark) throw new Error("no fact of the pack marks the Belt and Road Initiative");
    const accepted = slotAccepted(index, record, { kind: "entity", entityId: "belt-and-road-initiative", form: "name", mark });
    expect(checkTypedAnswer(accepted, "China's Belt and Road Initiative").correct).toBe(true);
  });
  it("accepts a name with a gloss in brackets after it, or with where it led as the sources write it, and no rival in the gloss", () => {
    // Quiz audit of seeds 1086-1090: each was marked wrong.
    const mehsud = { kind: "name" as const, forms: ["Baitullah Mehsud", "Mehsud"], rivalForms: ["Mullah Fazlullah", "Osama bin Laden"] };
    expect(checkTypedAnswer(mehsud, "Baitullah Mehsud (TTP)").correct).toBe(true);
    expect(checkTypedAnswer(mehsud, "Mullah Fazlullah (TTP)").correct).toBe(false);
    const nangarhar = { kind: "name" as const, forms: ["Nangarhar", "Nangarhar province"], rivalForms: ["Kabul", "Pakistan"], within: ["Afghanistan"] };
    expect(checkTypedAnswer(nangarhar, "Nangarhar (Pakistan)").correct).toBe(false);
    const route = { kind: "name" as const, forms: ["NATO supply route through Pakistan", "NATO supply line", "supply route", "supply line", "key NATO supply line", "NATO supply corridor"], rivalForms: ["NATO", "Pakistan"] };
    for (const typed of ["the key NATO supply line to Afghanistan", "supply route to coalition troops in Afghanistan", "supply line for NATO", "NATO supply corridor into Afghanistan"]) {
      expect(checkTypedAnswer(route, typed).correct, typed).toBe(true);
    }
    // Only a name of two words or more is read without where it led: one word before "to" is no reading.
    const pakistan = { kind: "name" as const, forms: ["Pakistan"], rivalForms: ["Afghanistan", "India"] };
    expect(checkTypedAnswer(pakistan, "Pakistan to Afghanistan").correct).toBe(false);
    expect(checkTypedAnswer(route, "route for NATO supplies").correct).toBe(false);
  });
  it("accepts a place with a preposition before it, and no other place", () => {
    const seoul = { kind: "name" as const, forms: ["Seoul"], rivalForms: ["Islamabad", "Kabul"], within: ["South Korea"] };
    for (const typed of ["in Seoul", "In Seoul, South Korea", "at Seoul"]) expect(checkTypedAnswer(seoul, typed, "In which city did Obama and Gilani meet?").correct, typed).toBe(true);
    for (const typed of ["in Kabul", "in", "in Islamabad"]) expect(checkTypedAnswer(seoul, typed, "In which city did Obama and Gilani meet?").correct, typed).toBe(false);
    const afghanistan = { kind: "name" as const, forms: ["Afghanistan"], rivalForms: ["Pakistan", "India"] };
    expect(checkTypedAnswer(afghanistan, "into Afghanistan", "NATO helicopters crossing into which country?").correct).toBe(true);
    expect(checkTypedAnswer(afghanistan, "into Pakistan", "NATO helicopters crossing into which country?").correct).toBe(false);
  });
  it("accepts a group's name with its members after it, and still refuses another group's", () => {
    const taliban = { kind: "name" as const, forms: ["Afghan Taliban", "Taliban"], rivalForms: ["Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "Haqqani network"] };
    for (const typed of ["Taliban militants", "Afghan Taliban fighters", "taliban insurgents"]) expect(checkTypedAnswer(taliban, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(taliban, "Pakistani Taliban militants").correct).toBe(false);
    expect(checkTypedAnswer(taliban, "militants").correct).toBe(false);
  });
  it("accepts a name with what it is or what it ran after it, and a region with its extent before it, and still refuses another name", () => {
    // Quiz audit of seeds 1091-1093: each was marked wrong ("CIA-operated" is the factbox's own word).
    const alQaeda = { kind: "name" as const, forms: ["al-Qaeda", "al Qaeda"], rivalForms: ["Haqqani network", "Afghan Taliban", "Taliban"] };
    for (const typed of ["Al Qaeda organization", "al-Qaeda organisation", "Al-Qaeda terrorist network"]) expect(checkTypedAnswer(alQaeda, typed).correct, typed).toBe(true);
    for (const typed of ["Taliban network", "Haqqani group", "terrorist network"]) expect(checkTypedAnswer(alQaeda, typed).correct, typed).toBe(false);
    const cia = { kind: "name" as const, forms: ["CIA", "Central Intelligence Agency"], rivalForms: ["ISI", "Pentagon"] };
    for (const typed of ["CIA-operated", "CIA operated", "CIA-run"]) expect(checkTypedAnswer(cia, typed, "_____ drone strikes").correct, typed).toBe(true);
    expect(checkTypedAnswer(cia, "ISI-run", "_____ drone strikes").correct).toBe(false);
    const southAsia = { kind: "name" as const, forms: ["South Asia", "South Asian region"], rivalForms: ["Middle East", "India"] };
    for (const typed of ["the broader South Asian region", "wider South Asia"]) expect(checkTypedAnswer(southAsia, typed).correct, typed).toBe(true);
    for (const typed of ["the broader Middle East", "broader"]) expect(checkTypedAnswer(southAsia, typed).correct, typed).toBe(false);
  });
  it("accepts a name of three words or more with its words in another order, and no rival's words so turned", () => {
    // Quiz audit of seeds 1094-1095: each was marked wrong.
    const route = { kind: "name" as const, forms: ["NATO supply route through Pakistan", "main NATO supply line", "NATO supply route"], rivalForms: ["NATO", "Pakistan"] };
    for (const typed of ["NATO's main supply line", "NATO main supply line", "NATO's main supply line to Afghanistan"]) expect(checkTypedAnswer(route, typed).correct, typed).toBe(true);
    for (const typed of ["Pakistan's main supply line", "NATO's main supply"]) expect(checkTypedAnswer(route, typed).correct, typed).toBe(false);
    const committee = { kind: "name" as const, forms: ["National Assembly's national security committee", "committee on national security"], rivalForms: ["National Assembly"] };
    for (const typed of ["national security committee of the National Assembly", "National Assembly's committee on national security"]) expect(checkTypedAnswer(committee, typed).correct, typed).toBe(true);
    // Two words are not turned round: "Taliban Pakistani" is no reading of "Pakistani Taliban".
    const ttp = { kind: "name" as const, forms: ["Pakistani Taliban"], rivalForms: ["Afghan Taliban"] };
    expect(checkTypedAnswer(ttp, "Taliban Pakistani").correct).toBe(false);
    // A rival made of the same words is no answer either.
    const clash = { kind: "name" as const, forms: ["India Pakistan border dispute"], rivalForms: ["Pakistan India border dispute"] };
    expect(checkTypedAnswer(clash, "border dispute Pakistan India").correct).toBe(false);
  });
  it("accepts acronyms and aliases but no typos in short acronyms", () => {
    const isi = { kind: "name" as const, forms: ["Inter-Services Intelligence", "ISI", "Inter Services Intelligence"], rivalForms: ["CIA", "Central Intelligence Agency"] };
    expect(checkTypedAnswer(isi, "isi").correct).toBe(true);
    expect(checkTypedAnswer(isi, "inter-services inteligence").correct).toBe(true);
    expect(checkTypedAnswer(isi, "ISA").correct).toBe(false);
  });
  it("reads a word or two after the name that the question writes as no part of it, but never takes another name whole", () => {
    const waziristan = { kind: "name" as const, forms: ["North Waziristan"], rivalForms: ["South Waziristan"] };
    const question = "According to a Reuters factbox of October 2010, in which Pakistani region did the Haqqani faction mix with other militant groups?";
    for (const typed of ["North Waziristan region", "north waziristan Region."]) expect(checkTypedAnswer(waziristan, typed, question).correct, typed).toBe(true);
    // Read so only when typed exactly: "Pakistani Taliban" is no slip of "Pakistan" where the question names the Taliban.
    expect(checkTypedAnswer(waziristan, "North Waziristn region", question).correct).toBe(false);
    expect(checkTypedAnswer(countries, "Pakistani Taliban", "Which country did the Taliban attack?").correct).toBe(false);
    expect(checkTypedAnswer(waziristan, "North Waziristan region").correct).toBe(false);
    expect(checkTypedAnswer(waziristan, "North Waziristan tribal region", question).correct).toBe(false);
    expect(checkTypedAnswer(waziristan, "South Waziristan region", question).correct).toBe(false);
    const taliban = { kind: "name" as const, forms: ["Afghan Taliban", "Taliban"], rivalForms: ["Pakistani Taliban", "Tehrik-i-Taliban Pakistan"] };
    const movement = "The Haqqani faction was part of which wider militant movement?";
    expect(checkTypedAnswer(taliban, "Afghan Taliban movement", movement).correct).toBe(true);
    expect(checkTypedAnswer(taliban, "Taliban Pakistan", "Which Taliban group fought the state of Pakistan?").correct).toBe(false);
    // A rival sharing only the dropped word is no other reading of the answer.
    const cia = { kind: "name" as const, forms: ["CIA", "Central Intelligence Agency"], rivalForms: ["Reuters news agency", "ISI"] };
    expect(checkTypedAnswer(cia, "CIA agency", "Which American agency backed the mujahideen?").correct).toBe(true);
    const alQaeda = { kind: "name" as const, forms: ["al-Qaeda"], rivalForms: ["Haqqani group", "Haqqani network"] };
    expect(checkTypedAnswer(alQaeda, "al-Qaeda group", "Which militant group did bin Laden lead?").correct).toBe(true);
    expect(checkTypedAnswer(alQaeda, "Haqqani group", "Which militant group did bin Laden lead?").correct).toBe(false);
    // The question's words after "of the", even where the question writes "of" (tenth quiz audit of 7 December).
    const haqqanis = { kind: "name" as const, forms: ["Haqqani network", "Haqqani faction"], rivalForms: ["Afghan Taliban", "Taliban"] };
    const fixed = "According to a Reuters factbox of October 2010, on which Afghan Taliban faction was Washington's attention fixed?";
    expect(checkTypedAnswer(haqqanis, "Haqqani faction of the Afghan Taliban", fixed).correct).toBe(true);
    expect(checkTypedAnswer(haqqanis, "faction of the Afghan Taliban", fixed).correct).toBe(false);
    expect(checkTypedAnswer(haqqanis, "Haqqani faction of the Afghan Taliban", "Which militant network did the US demand that Pakistan rein in?").correct).toBe(false);
  });
  it("reads a typed cloze beside the words around its blank", () => {
    const item: ClientItem = { id: "cz-1", type: "cloze", prompt: "Fill in the blank.", before: "In 2010 militants gathered in the ", after: " region.", difficulty: "medium", answerFormat: "name", hint: "Type a name beginning with “N”." } as ClientItem;
    const key = { itemId: "cz-1", type: "cloze", factIds: ["f"], answer: { kind: "text", accepted: { kind: "name", forms: ["North Waziristan"], rivalForms: [] } }, expected: "North Waziristan", explanation: "", citations: [], difficultyScore: 0.5 } as AnswerKeyEntry;
    expect(gradeResponse(item, key, { text: "North Waziristan region" }).correct).toBe(true);
    expect(gradeResponse(item, key, { text: "North Waziristan valley" }).correct).toBe(false);
  });
  it("takes no typo that makes another word of the name: South Waziristan is another place, Hakimullah another Mehsud", () => {
    const waziristan = { kind: "name" as const, forms: ["North Waziristan"], rivalForms: [] };
    for (const typed of ["North Waziristn", "Nrth Waziristan", "north-waziristan"]) expect(checkTypedAnswer(waziristan, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(waziristan, "South Waziristan").correct).toBe(false);
    // An initial is a word too, and one letter another (quiz audit of 7 December, fourth round).
    const written = { kind: "name" as const, forms: ["North Waziristan", "N. Waziristan"], rivalForms: [] };
    expect(checkTypedAnswer(written, "N Waziristan").correct).toBe(true);
    for (const typed of ["S Waziristan", "S. Waziristan", "Waziristan"]) expect(checkTypedAnswer(written, typed).correct, typed).toBe(false);
    const mehsud = { kind: "name" as const, forms: ["Baitullah Mehsud", "Baitullah", "Mehsud"], rivalForms: [] };
    for (const typed of ["Baitulla Mehsud", "Baitullah Mahsud"]) expect(checkTypedAnswer(mehsud, typed).correct, typed).toBe(true);
    for (const typed of ["Hakimullah Mehsud", "Abdullah Mehsud"]) expect(checkTypedAnswer(mehsud, typed).correct, typed).toBe(false);
    // A word of six letters or fewer takes one typo: two make another name (seventh quiz audit of 7 December).
    const akhter = { kind: "name" as const, forms: ["Masood Akhter", "Akhter", "Masood Akhtar"], rivalForms: [] };
    expect(checkTypedAnswer(akhter, "Masood Akhtor").correct).toBe(true);
    for (const typed of ["Masood Azhar", "Mahmood Akhtar"]) expect(checkTypedAnswer(akhter, typed).correct, typed).toBe(false);
    const malala = { kind: "name" as const, forms: ["Malala Yousafzai", "Malala"], rivalForms: [] };
    expect(checkTypedAnswer(malala, "Malal Yousafzai").correct).toBe(true);
    for (const typed of ["Malika", "Mala"]) expect(checkTypedAnswer(malala, typed).correct, typed).toBe(false);
    const binLaden = { kind: "name" as const, forms: ["Osama bin Laden", "bin Laden"], rivalForms: [] };
    expect(checkTypedAnswer(binLaden, "Osama ben Laden").correct).toBe(true);
    expect(checkTypedAnswer(binLaden, "Hamza bin Laden").correct).toBe(false);
  });
  it("takes a name written with more or fewer spaces, but not one that leaves out a word of it", () => {
    const isi = { kind: "name" as const, forms: ["Inter-Services Intelligence", "ISI", "Pakistan's ISI", "Pakistani ISI"], rivalForms: ["CIA"] };
    for (const typed of ["Pakistani", "Pakistans", "Pakistan"]) expect(checkTypedAnswer(isi, typed).correct, typed).toBe(false);
    for (const typed of ["Pakistani ISI", "Pakistan ISI", "InterServices Intelligence", "Inter Services Inteligence"]) expect(checkTypedAnswer(isi, typed).correct, typed).toBe(true);
    const alQaeda = { kind: "name" as const, forms: ["al-Qaeda"], rivalForms: [] };
    for (const typed of ["alqaeda", "Al Qaeda", "alqeada"]) expect(checkTypedAnswer(alQaeda, typed).correct, typed).toBe(true);
    const binLaden = { kind: "name" as const, forms: ["Osama bin Laden", "bin Laden"], rivalForms: [] };
    for (const typed of ["Osama binladen", "osamabinladen", "Osama bin Ladin"]) expect(checkTypedAnswer(binLaden, typed).correct, typed).toBe(true);
    const waziristan = { kind: "name" as const, forms: ["North Waziristan"], rivalForms: [] };
    expect(checkTypedAnswer(waziristan, "NorthWaziristan").correct).toBe(true);
    expect(checkTypedAnswer(waziristan, "SouthWaziristan").correct).toBe(false);
  });
  it("reads dotted acronyms as their letters, and a name with its acronym in brackets when both halves are right", () => {
    const us = { kind: "name" as const, forms: ["United States", "US", "USA"], rivalForms: ["United Kingdom", "UK"] };
    for (const typed of ["U.S.A.", "U. S. A.", "the U.S."]) expect(checkTypedAnswer(us, typed).correct, typed).toBe(true);
    const ppp = { kind: "name" as const, forms: ["Pakistan People's Party", "PPP"], rivalForms: ["Pakistan Muslim League", "PML"] };
    expect(checkTypedAnswer(ppp, "Pakistan People's Party (PPP)").correct).toBe(true);
    expect(checkTypedAnswer(ppp, "Pakistan People's Party (PML)").correct).toBe(false);
    expect(checkTypedAnswer(ppp, "PPP (or PML)").correct).toBe(false);
  });
  it("accepts the titles the sources write before names: \"retired Air Marshall\", \"Secretary of Defense\", \"PM\"", () => {
    const akhter = { kind: "name" as const, forms: ["Masood Akhter", "Akhter"], rivalForms: ["Naeem Ahmed"] };
    expect(checkTypedAnswer(akhter, "retired Air Marshall Masood Akhter").correct).toBe(true);
    const panetta = { kind: "name" as const, forms: ["Leon Panetta", "Panetta"], rivalForms: ["George Little"] };
    expect(checkTypedAnswer(panetta, "Secretary of Defense Leon Panetta").correct).toBe(true);
    const gilani = { kind: "name" as const, forms: ["Yusuf Raza Gilani", "Gilani"], rivalForms: ["Barack Obama", "Obama"] };
    expect(checkTypedAnswer(gilani, "PM Gilani").correct).toBe(true);
  });
  it("accepts a country's capital only where the fact writes it: \"the tribal regions of Islamabad\" is wrong", () => {
    const index = indexPack(fixturePack);
    const record = index.factById.get("hart-aid-little-influence");
    const written = record?.marks.find((mark) => mark.ref.type === "entity" && mark.ref.id === "united-states");
    if (!record || !written) throw new Error("no fixture fact hart-aid-little-influence");
    const asWritten = slotAccepted(index, record, { kind: "entity", entityId: "united-states", form: "name", mark: written });
    expect(checkTypedAnswer(asWritten, "America").correct).toBe(true);
    expect(checkTypedAnswer(asWritten, "Washington").correct).toBe(false);
    const asCapital = slotAccepted(index, record, { kind: "entity", entityId: "united-states", form: "name", mark: { ...written, text: "Washington" } });
    expect(checkTypedAnswer(asCapital, "Washington").correct).toBe(true);
  });
});

describe("typed numbers and dates", () => {
  const strikes = { kind: "number" as const, value: 21, unitWords: ["strikes", "strike"] };
  const aid = { kind: "number" as const, value: 2e9, unitWords: ["USD"] };
  it.each(["21", "twenty-one", "21 strikes"])("accepts %s for 21", (typed) => expect(checkTypedAnswer(strikes, typed).correct).toBe(true));
  it.each(["$2 billion", "2 billion", "2bn", "2,000,000,000", "two billion", "more than $2 billion", "at least $2 billion"])("accepts %s for $2 billion", (typed) =>
    expect(checkTypedAnswer(aid, typed).correct).toBe(true));
  it.each(["2", "20", "$2 million"])("rejects %s for $2 billion", (typed) => expect(checkTypedAnswer(aid, typed).correct).toBe(false));
  it("reads a yearly rate as right only for what is counted by the year, and 'thousand million' as a billion (eleventh quiz audit of 7 December)", () => {
    const withheld = { kind: "number" as const, value: 3e9, unitWords: ["USD", "reimbursements", "counterinsurgency", "operations"] };
    expect(checkTypedAnswer(withheld, "$3 billion a year").correct).toBe(false);
    expect(checkTypedAnswer(withheld, "three thousand million dollars").correct).toBe(true);
    const annual = { kind: "number" as const, value: 2e9, unitWords: ["USD", "annual", "military", "aid"] };
    for (const typed of ["$2 billion a year", "2 billion per year", "$2bn annually"]) expect(checkTypedAnswer(annual, typed).correct, typed).toBe(true);
  });
  it("accepts a figure with the words of what it counts: \"21 CIA drone strikes\"", () => {
    const index = indexPack(fixturePack);
    const record = index.factById.get("drone-record-2010");
    if (!record) throw new Error("no fixture fact drone-record-2010");
    const accepted = slotAccepted(index, record, { kind: "quantity" });
    for (const typed of ["21 CIA drone strikes", "twenty-one drone strikes", "21"]) expect(checkTypedAnswer(accepted, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(accepted, "22 drone strikes").correct).toBe(false);
  });
  it("takes a figure with a full stop after it, and the other words for what it counts: \"21 attacks.\"", () => {
    for (const typed of ["21.", "twenty-one.", "21 strikes."]) expect(checkTypedAnswer(strikes, typed).correct, typed).toBe(true);
    for (const typed of ["$2.5 billion.", "2.5 billion U.S. dollars", "$2.5 billion/year", "$2.5 billion in military aid"]) {
      // Aid "in its peak year", as the pack counts it: a yearly figure.
      expect(checkTypedAnswer({ kind: "number", value: 2.5e9, unitWords: ["USD", "military", "aid", "peak", "year"] }, typed).correct, typed).toBe(true);
    }
    const index = indexPack(fixturePack);
    const record = index.factById.get("drone-record-2010");
    if (!record) throw new Error("no fixture fact drone-record-2010");
    const accepted = slotAccepted(index, record, { kind: "quantity" });
    for (const typed of ["21 attacks", "21 drone raids"]) expect(checkTypedAnswer(accepted, typed).correct, typed).toBe(true);
  });
  it("reads a figure without the words on when or where the learner adds, and a figure given twice", () => {
    // Sixth quiz audit of 7 December: "eight strikes in two weeks" was read as 10, "$3 billion in 2010" as 3,000,002,010.
    const eight = { kind: "number" as const, value: 8, unitWords: ["strikes", "strike"] };
    for (const typed of ["eight strikes in two weeks", "8 in 2 weeks", "8 (eight)"]) expect(checkTypedAnswer(eight, typed).correct, typed).toBe(true);
    for (const typed of ["10", "two weeks", "8 (nine)"]) expect(checkTypedAnswer(eight, typed).correct, typed).toBe(false);
    for (const typed of ["21 in September", "21 strikes in September 2010"]) expect(checkTypedAnswer(strikes, typed).correct, typed).toBe(true);
    const withheld = { kind: "number" as const, value: 3e9, unitWords: ["USD"] };
    for (const typed of ["$3 billion in 2010", "3 billion since 2010"]) expect(checkTypedAnswer(withheld, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(withheld, "$2 billion since 2010").correct).toBe(false);
  });
  it("takes no sum in another currency for dollars, reads ½, and takes a unit in the plural, not a span for a count", () => {
    // Seventh quiz audit of 7 December: "£2 billion" and "8 weeks" passed; "2½ billion" and "21 drones" did not.
    const aid = { kind: "number" as const, value: 2e9, unitWords: ["USD"] };
    for (const typed of ["£2 billion", "2 billion euros", "€2bn"]) expect(checkTypedAnswer(aid, typed).correct, typed).toBe(false);
    expect(checkTypedAnswer({ ...aid, value: 2.5e9 }, "2½ billion").correct).toBe(true);
    const index = indexPack(fixturePack);
    const record = index.factById.get("drone-record-2010");
    if (!record) throw new Error("no fixture fact drone-record-2010");
    const accepted = slotAccepted(index, record, { kind: "quantity" });
    expect(checkTypedAnswer(accepted, "21 drones").correct).toBe(true);
    const inTwoWeeks = slotAccepted(index, { ...record, quantity: { value: 8, unit: "strikes", counts: "US drone strikes in Pakistan in two weeks" } }, { kind: "quantity" });
    expect(checkTypedAnswer(inTwoWeeks, "8 drone strikes").correct).toBe(true);
    expect(checkTypedAnswer(inTwoWeeks, "8 weeks").correct).toBe(false);
  });
  it("reads a date back at the precision asked: a day typed for a year is the year", () => {
    const killed = { kind: "date" as const, date: { precision: "year" as const, value: "2009" } };
    expect(checkTypedAnswer(killed, "1 January 2009")).toEqual({ correct: true, understood: "2009" });
    expect(checkTypedAnswer(killed, "March 2010")).toEqual({ correct: false, understood: "March 2010" });
    // A span of two years hedges: "2009-10" is not October 2009 where a year is asked, but "2011-11" is November 2011.
    expect(checkTypedAnswer(killed, "2009-10").correct).toBe(false);
    expect(checkTypedAnswer({ kind: "date", date: { precision: "year", value: "2008" } }, "2008-09").correct).toBe(false);
    const signed = { kind: "date" as const, date: { precision: "month" as const, value: "2011-11" } };
    expect(checkTypedAnswer(signed, "26 November 2011")).toEqual({ correct: true, understood: "November 2011" });
    expect(checkTypedAnswer(signed, "2011-11").correct).toBe(true);
  });
  it("reads dates as people write them: with a preposition, \"the end of\", dots, a month as a number, a decade in words", () => {
    const endOf2014 = { kind: "date" as const, date: { precision: "year" as const, value: "2014" } };
    for (const typed of ["by the end of 2014", "at the end of 2014", "end-2014", "late 2014", "by 2014"]) expect(checkTypedAnswer(endOf2014, typed).correct, typed).toBe(true);
    const november2011 = { kind: "date" as const, date: { precision: "month" as const, value: "2011-11" } };
    for (const typed of ["11/2011", "late November 2011", "the end of November 2011", "26.11.2011"]) expect(checkTypedAnswer(november2011, typed).correct, typed).toBe(true);
    for (const typed of ["12/2011", "late December 2011", "13/2011"]) expect(checkTypedAnswer(november2011, typed).correct, typed).toBe(false);
    const eighties = { kind: "date" as const, date: { precision: "decade" as const, value: "1980" } };
    for (const typed of ["the eighties", "eighties", "'80s", "the 1980s", "the nineteen eighties", "nineteen-eighties"]) expect(checkTypedAnswer(eighties, typed).correct, typed).toBe(true);
    // Tenth quiz audit of 7 December: a year in words and a day with a two-digit year were marked wrong.
    const killed = { kind: "date" as const, date: { precision: "year" as const, value: "2009" } };
    for (const typed of ["two thousand and nine", "Two thousand nine", "in two thousand and nine"]) expect(checkTypedAnswer(killed, typed).correct, typed).toBe(true);
    for (const typed of ["two thousand and ten", "twenty nine", "nine"]) expect(checkTypedAnswer(killed, typed).correct, typed).toBe(false);
    const endOfTerm = { kind: "date" as const, date: { precision: "year" as const, value: "2014" } };
    expect(checkTypedAnswer(endOfTerm, "twenty fourteen").correct).toBe(true);
    expect(checkTypedAnswer(endOfTerm, "twenty forty").correct).toBe(false);
    const strike = { kind: "date" as const, date: { precision: "day" as const, value: "2011-11-26" } };
    expect(checkTypedAnswer(strike, "26/11/11").correct).toBe(true);
    expect(checkTypedAnswer(strike, "26/11/12").correct).toBe(false);
    expect(checkTypedAnswer(eighties, "the nineties").correct).toBe(false);
    expect(checkTypedAnswer(eighties, "the nineteen nineties").correct).toBe(false);
    // Eleventh quiz audit of 7 December: "year 2009" and a decade by its first and last years were marked wrong.
    for (const typed of ["1980-1989", "1980 to 1989", "1980–1989"]) expect(checkTypedAnswer(eighties, typed).correct, typed).toBe(true);
    for (const typed of ["1980-1990", "1981-1989", "1990-1999"]) expect(checkTypedAnswer(eighties, typed).correct, typed).toBe(false);
    // Quiz audit of seeds 1094-1095: the decade with its last year in two digits was marked wrong.
    for (const typed of ["1980-89", "1980–89"]) expect(checkTypedAnswer(eighties, typed).correct, typed).toBe(true);
    for (const typed of ["1990-99", "1981-89", "1980-88"]) expect(checkTypedAnswer(eighties, typed).correct, typed).toBe(false);
    const year2009 = { kind: "date" as const, date: { precision: "year" as const, value: "2009" } };
    for (const typed of ["year 2009", "the year 2009", "in the year 2009"]) expect(checkTypedAnswer(year2009, typed).correct, typed).toBe(true);
    expect(checkTypedAnswer(year2009, "year 2010").correct).toBe(false);
  });
  it("reads dates at the asked precision", () => {
    const day = { kind: "date" as const, date: { precision: "day" as const, value: "2011-05-02" } };
    expect(checkTypedAnswer(day, "2 May 2011").correct).toBe(true);
    expect(checkTypedAnswer(day, "May 2, 2011").correct).toBe(true);
    expect(checkTypedAnswer(day, "May 2011").correct).toBe(false);
    const year = { kind: "date" as const, date: { precision: "year" as const, value: "2010" } };
    expect(checkTypedAnswer(year, "2010").correct).toBe(true);
    expect(checkTypedAnswer(year, "2011").correct).toBe(false);
  });
  it("takes from the question the month and year it writes of the day it asks for", () => {
    const day = { kind: "date" as const, date: { precision: "day" as const, value: "2012-03-28" } };
    const question = "On what date in March 2012 did the parliamentary committee present its report?";
    for (const typed of ["28 March", "March 28", "the 28th", "28", "28 March 2012"]) {
      expect(checkTypedAnswer(day, typed, question), typed).toEqual({ correct: true, understood: "28 March 2012" });
    }
    for (const typed of ["29 March", "28 April", "28 March 2011", "March"]) expect(checkTypedAnswer(day, typed, question).correct, typed).toBe(false);
    // A question that writes the year alone leaves the month to the learner.
    const yearOnly = "On what day in 2012 did the committee report?";
    expect(checkTypedAnswer(day, "28 March", yearOnly).correct).toBe(true);
    expect(checkTypedAnswer(day, "the 28th", yearOnly).correct).toBe(false);
    // Nor does a question without the date give any of it.
    expect(checkTypedAnswer(day, "28 March", "When did the committee report?").correct).toBe(false);
  });
  it("takes a date written the American way, and \"9/11\" for 11 September 2001", () => {
    const september11 = { kind: "date" as const, date: { precision: "day" as const, value: "2001-09-11" } };
    for (const typed of ["9/11/2001", "11/9/2001", "9/11", "11 September 2001"]) {
      expect(checkTypedAnswer(september11, typed), typed).toEqual({ correct: true, understood: "11 September 2001" });
    }
    expect(checkTypedAnswer(september11, "9/12/2001").correct).toBe(false);
    // A wrong date is shown as it was most likely meant: day first.
    expect(checkTypedAnswer({ kind: "date", date: { precision: "day", value: "2011-05-02" } }, "9/11/2001").understood).toBe("9 November 2001");
  });
});

describe("gradeResponse", () => {
  const base = { explanation: "Because.", citations: [], difficultyScore: 0.5, factIds: ["f"] };
  const ordering: ClientItem = { id: "or-1", type: "ordering", prompt: "Order.", difficulty: "medium", events: [{ id: "a", text: "B" }, { id: "b", text: "A" }, { id: "c", text: "C" }] };
  const orderingKey: AnswerKeyEntry = { ...base, itemId: "or-1", type: "ordering", answer: { kind: "order", order: ["b", "a", "c"] }, expected: "A; B; C" };
  it("needs the exact order and counts the events that stand in the right order among themselves", () => {
    expect(gradeResponse(ordering, orderingKey, { order: ["b", "a", "c"] })).toMatchObject({ correct: true, partial: { correct: 3, total: 3 } });
    expect(gradeResponse(ordering, orderingKey, { order: ["a", "b", "c"] })).toMatchObject({ correct: false, partial: { correct: 2, total: 3 } });
    expect(gradeResponse(ordering, orderingKey, { order: ["c", "a", "b"] })).toMatchObject({ correct: false, partial: { correct: 1, total: 3 } });
  });
  it("marks the longest run in the right order and says where each other event belongs, with the dates the expected listing shows", () => {
    // B's text words its date, so the listing gives it bare.
    const datedKey = { ...orderingKey, expected: "A (2001); B; C (the 2010s)" };
    // Of two equal runs (B then C, A then C, each with C in its own place), the earlier.
    expect(gradeResponse(ordering, datedKey, { order: ["a", "b", "c"] }).parts).toEqual([
      { given: "B", correct: true, belongsAt: 2 },
      { given: "A (2001)", correct: false, belongsAt: 1 },
      { given: "C (the 2010s)", correct: true, belongsAt: 3 },
    ]);
    // A listing that does not fit the events entry by entry (here one holds "; ") is not split: the bare texts show.
    const semicolon: ClientItem = { ...ordering, events: [{ id: "a", text: "B; and D" }, { id: "b", text: "A" }, { id: "c", text: "C" }] } as ClientItem;
    const semicolonKey = { ...orderingKey, expected: "A (2001); B; and D (2005); C (2010)" };
    expect(gradeResponse(semicolon, semicolonKey, { order: ["b", "a", "c"] }).parts?.map((part) => part.given)).toEqual(["A", "B; and D", "C"]);
  });
  it("marks one event put last from first as the only one out of place, where positions would mark them all", () => {
    const five: ClientItem = { ...ordering, events: ["a", "b", "c", "d", "e"].map((id) => ({ id, text: id.toUpperCase() })) } as ClientItem;
    const fiveKey: AnswerKeyEntry = { ...orderingKey, answer: { kind: "order", order: ["a", "b", "c", "d", "e"] }, expected: "A; B; C; D; E" };
    const graded = gradeResponse(five, fiveKey, { order: ["b", "c", "d", "e", "a"] });
    expect(graded.partial).toEqual({ correct: 4, total: 5 });
    expect(graded.parts?.filter((part) => !part.correct)).toEqual([{ given: "A", correct: false, belongsAt: 1 }]);
    // Reversed, one event stands in order: the one already in its own place.
    expect(gradeResponse(five, fiveKey, { order: ["e", "d", "c", "b", "a"] }).parts?.filter((part) => part.correct)).toEqual([{ given: "C", correct: true, belongsAt: 3 }]);
  });
  it("refuses an ordering that does not list every event once", () => {
    for (const order of [["b", "a"], ["b", "a", "a"], ["b", "a", "x"], ["b", "a", "c", "c"]]) {
      expect(() => gradeResponse(ordering, orderingKey, { order })).toThrow(InvalidRequestError);
    }
  });
  const matching: ClientItem = { id: "ma-1", type: "matching", matchKind: "acronym", prompt: "Match.", difficulty: "easy", left: [{ id: "l1", text: "CIA" }, { id: "l2", text: "ISI" }, { id: "l3", text: "NATO" }], right: [{ id: "r1", text: "x" }, { id: "r2", text: "y" }, { id: "r3", text: "z" }] };
  const matchingKey: AnswerKeyEntry = { ...base, itemId: "ma-1", type: "matching", answer: { kind: "pairs", pairs: { l1: "r2", l2: "r3", l3: "r1" } }, expected: "…" };
  it("needs every pair and counts the right ones", () => {
    expect(gradeResponse(matching, matchingKey, { pairs: { l1: "r2", l2: "r3", l3: "r1" } }).correct).toBe(true);
    expect(gradeResponse(matching, matchingKey, { pairs: { l1: "r2", l2: "r1", l3: "r3" } })).toMatchObject({ correct: false, partial: { correct: 1, total: 3 } });
  });
  it("gives each pair as matched and as it should be", () => {
    expect(gradeResponse(matching, matchingKey, { pairs: { l1: "r2", l2: "r1", l3: "r3" } }).parts).toEqual([
      { label: "CIA", given: "y", expected: "y", correct: true },
      { label: "ISI", given: "x", expected: "z", correct: false },
      { label: "NATO", given: "z", expected: "x", correct: false },
    ]);
    // What the expected listing adds to the left side (an acronym's name) stays in the label.
    const namedKey = { ...matchingKey, expected: "CIA (Central Intelligence Agency) – y; ISI – z; NATO – x" };
    expect(gradeResponse(matching, namedKey, { pairs: { l1: "r2", l2: "r3", l3: "r1" } }).parts?.map((part) => ("label" in part ? part.label : null))).toEqual([
      "CIA (Central Intelligence Agency)",
      "ISI",
      "NATO",
    ]);
  });
  it("rejects a response of the wrong shape or a key of another item", () => {
    expect(() => gradeResponse(ordering, orderingKey, { optionId: "a" })).toThrow(InvalidRequestError);
    expect(() => gradeResponse(matching, orderingKey, { order: [] })).toThrow(InvalidRequestError);
  });
});
