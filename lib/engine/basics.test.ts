import { describe, expect, it } from "vitest";
import { candidateDates, dateInterval, datePhrase, datesAState, factDatePhrase, factDateText, formatDate, namesADate, intervalsOverlap, readTypedDate, typedDateMatches, writesItsDate } from "./dates";
import { candidateQuantityValues, formatQuantity, formatQuantityValue, parseTypedNumber, spelledNumber } from "./numbers";
import { createRng, hashString } from "./random";
import { fixturePack } from "./__fixtures__/pack";
import { echoesName, pickSimilar, shuffleOptions } from "./items/common";
import { replaceMark } from "./items/true-false";
import { optionsWithArticles } from "./articles";
import { indexPack } from "./pack-index";
import { contentWords, editDistance, hasNormalisedPhrase, indefiniteArticle, normaliseAnswer, paddedNormal, telltaleWord, typoAllowance } from "./text";
import type { LoadedFact, Mark } from "./types";

describe("createRng", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = createRng("x");
    const b = createRng("x");
    const c = createRng("y");
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect([c.next(), c.next(), c.next()]).not.toEqual(seqA);
  });
  it("shuffles into a permutation", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRng("s").shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });
  it("hashes strings stably", () => {
    expect(hashString("abc")).toBe(hashString("abc"));
    expect(hashString("abc")).not.toBe(hashString("abd"));
  });
});

describe("text", () => {
  it("normalises case, punctuation, accents and a leading article", () => {
    expect(normaliseAnswer("  The Inter-Services  Intelligence! ")).toBe("inter services intelligence");
    expect(normaliseAnswer("Pakistan's")).toBe("pakistan");
    expect(normaliseAnswer("Zürich")).toBe("zurich");
  });
  it("counts edits with transpositions", () => {
    expect(editDistance("pakistna", "pakistan")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(typoAllowance("isi")).toBe(0);
    expect(typoAllowance("india")).toBe(1);
  });
  it("picks a or an by sound", () => {
    expect(indefiniteArticle("air strike")).toBe("an");
    expect(indefiniteArticle("NATO strike")).toBe("a");
    expect(indefiniteArticle("ISI officer")).toBe("an");
    expect(indefiniteArticle("US base")).toBe("a");
    expect(indefiniteArticle("8 June 2012")).toBe("an");
    expect(indefiniteArticle("11-year war")).toBe("an");
    expect(indefiniteArticle("18,000")).toBe("an");
    expect(indefiniteArticle("110")).toBe("a");
    expect(indefiniteArticle("2012")).toBe("a");
  });
  it("finds a phrase's telltale word among the content words of every text that holds the phrase", () => {
    const texts = [
      "In the 1980s the ISI and the CIA worked closely together.",
      "The U.S. drone strikes hit North Waziristan in 2010.",
      "Who led the Tehrik-i-Taliban Pakistan (TTP)?",
      "A NATO air strike on 26 November 2011 killed 24 Pakistani soldiers.",
      "Pakistan's military, not its government, set the policy.",
    ];
    const phrases = ["north waziristan", "us", "isi", "the cia", "26 november 2011", "24", "a", "of the", "ttp", "pakistan military", "taliban pakistan", "in 2010"];
    for (const text of texts) {
      const padded = paddedNormal(text);
      for (const phrase of phrases.map(normaliseAnswer)) {
        const word = telltaleWord(phrase);
        if (hasNormalisedPhrase(padded, phrase) && word !== null) expect(contentWords(text).has(word), `${phrase} in ${text}`).toBe(true);
      }
    }
    expect(telltaleWord("north waziristan")).toBe("north");
    expect(telltaleWord("in 2010")).toBe("2010");
    expect(telltaleWord("of the")).toBeNull();
  });

  it("finds a name of several words written in another form, each word the start of one in the text", () => {
    const sentence = "Pakistan's dealings with Middle Eastern powers have brought friction with the United States.";
    expect(echoesName(sentence, ["Middle East", "Mideast"])).toBe(true);
    expect(echoesName("Afghanistan Taliban fighters crossed.", ["Afghan Taliban"])).toBe(true);
    // In order and side by side only, and never a one-word name: "Pakistani" beside a blank for "Pakistan" is the sources' own way.
    expect(echoesName("The East of the Middle powers.", ["Middle East"])).toBe(false);
    expect(echoesName("Pakistani soldiers were killed.", ["Pakistan"])).toBe(false);
  });
});

describe("numbers", () => {
  it.each([
    ["21", 21],
    ["twenty-one", 21],
    ["Twenty one", 21],
    ["$2 billion", 2e9],
    ["2 billion", 2e9],
    ["2bn", 2e9],
    ["$2billion", 2e9],
    ["2billion", 2e9],
    ["$2 bln", 2e9],
    ["1.5mln", 1.5e6],
    ["2,000,000,000", 2e9],
    ["$2,5 billion", 2.5e9],
    ["2,25 million", 2.25e6],
    ["two billion dollars", 2e9],
    ["1.5m", 1.5e6],
    ["24 soldiers", 24],
    ["three hundred and five", 305],
    ["two and a half billion", 2.5e9],
    ["half a billion", 0.5e9],
    ["one and a half million dollars", 1.5e6],
    ["two dozen soldiers", 24],
    ["a dozen", 12],
  ])("reads %s", (typed, value) => {
    expect(parseTypedNumber(typed, ["soldiers"])).toBe(value);
  });
  it("rejects text without a number or with two numbers", () => {
    expect(parseTypedNumber("many")).toBeNull();
    expect(parseTypedNumber("21 22")).toBeNull();
    expect(parseTypedNumber("dozens")).toBeNull();
  });
  it("formats values as the text writes them", () => {
    expect(formatQuantityValue({ value: 2e9, unit: "USD", scale: "billion" })).toBe("$2 billion");
    expect(formatQuantityValue({ value: 1.5e9, unit: "USD", scale: "billion" })).toBe("$1.5 billion");
    expect(formatQuantity({ value: 1, unit: "strikes" })).toBe("1 strike");
    expect(formatQuantity({ value: 12000, unit: "troops" })).toBe("12,000 troops");
  });
  it("spells counts from 2 to 99 as a sentence would, and reads them back", () => {
    expect([2, 10, 24, 30, 99].map(spelledNumber)).toEqual(["two", "ten", "twenty-four", "thirty", "ninety-nine"]);
    for (const value of [2, 13, 24, 57]) expect(parseTypedNumber(spelledNumber(value) ?? "")).toBe(value);
    expect([0, 1, 100, 2.5].map(spelledNumber)).toEqual([null, null, null, null]);
  });
  it("offers wrong values at the same scale", () => {
    const values = candidateQuantityValues({ value: 2e9, unit: "USD", scale: "billion" });
    expect(values).not.toContain(2e9);
    for (const value of values) expect(value).toBeGreaterThanOrEqual(1e9);
    expect(candidateQuantityValues({ value: 3, unit: "militants" }).every((v) => Number.isInteger(v) && v > 0)).toBe(true);
  });
  it("offers a whole figure at its scale only whole wrong figures, which would otherwise set it apart ($2 billion among $1.6 billion and $2.5 billion)", () => {
    const billions = candidateQuantityValues({ value: 2e9, unit: "USD", scale: "billion" }).map((value) => value / 1e9);
    expect(billions.slice(0, 3)).toEqual([3, 1, 4]);
    expect(billions.every(Number.isInteger)).toBe(true);
    // A figure with a fraction at its scale still moves by factors: "$2.5 billion" beside "$2 billion" and "$3.1 billion".
    expect(candidateQuantityValues({ value: 2.5e9, unit: "USD", scale: "billion" }).slice(0, 2)).toEqual([2e9, 3.1e9]);
  });
});

describe("pickSimilar", () => {
  it("spreads an ordered answer's place among its options: each count of lower options about equally often", () => {
    const candidates = [16, 18, 20, 22, 26, 28, 30, 32].map((value) => ({ text: String(value), rank: 0, below: value < 24 }));
    const lowerCounts = [0, 0, 0, 0];
    for (let seed = 0; seed < 400; seed++) {
      const picked = pickSimilar(createRng(`spread-${seed}`), "24", candidates, 3) ?? [];
      expect(picked).toHaveLength(3);
      lowerCounts[picked.filter((text) => Number(text) < 24).length]! += 1;
    }
    // Three picked at random from four below and four above: the answer is the lowest or the highest only 1 time in 14 each.
    for (const count of lowerCounts) expect(count).toBeGreaterThan(60);
  });

  it("takes as many lower options as there are when fewer are needed above than there are", () => {
    const candidates = [{ text: "1", rank: 0, below: true }, ...[4, 5, 6, 7].map((value) => ({ text: String(value), rank: 0, below: false }))];
    const lowerCounts = new Set<number>();
    for (let seed = 0; seed < 50; seed++) lowerCounts.add((pickSimilar(createRng(`few-${seed}`), "2", candidates, 3) ?? []).filter((text) => Number(text) < 2).length);
    expect([...lowerCounts].sort()).toEqual([0, 1]);
  });
});

describe("shuffleOptions", () => {
  it("lists options with a place on a scale in order, drawing from the seed as a shuffle does, so later draws stay as they were", () => {
    const candidates = [16, 30, 20, 40].map((value) => ({ text: String(value), rank: 0, below: value < 24, scale: value }));
    for (let seed = 0; seed < 20; seed++) {
      const [plain, ordered] = [createRng(`order-${seed}`), createRng(`order-${seed}`)];
      shuffleOptions(plain, "24", ["16", "30", "20"]);
      const sorted = shuffleOptions(ordered, "24", ["16", "30", "20"], { candidates });
      expect(sorted?.options.map((option) => option.text)).toEqual(["16", "20", "24", "30"]);
      expect(sorted?.correctId).toBe("c");
      expect(ordered.next()).toBe(plain.next());
    }
  });
});

describe("dates", () => {
  /** A fact dated by a range, marked in its sentence as `markText`. */
  const ranged = (plainText: string, markText: string, from: string, to: string) => {
    const start = plainText.indexOf(markText);
    return { date: { precision: "range" as const, from, to }, plainText, marks: [{ start, end: start + markText.length, text: markText, ref: { type: "date" as const } }] };
  };
  it("formats every precision", () => {
    expect(formatDate({ precision: "day", value: "2011-05-02" })).toBe("2 May 2011");
    expect(formatDate({ precision: "month", value: "2011-05" })).toBe("May 2011");
    expect(formatDate({ precision: "decade", value: "1990s" })).toBe("the 1990s");
    expect(formatDate({ precision: "range", from: "2014-11", to: "2014-12" })).toBe("November to December 2014");
    expect(formatDate({ precision: "range", from: "2012-03-26", to: "2012-03-28" })).toBe("26 to 28 March 2012");
    expect(formatDate({ precision: "range", from: "2011-11", to: "2012-03" })).toBe("November 2011 to March 2012");
    expect(formatDate({ precision: "range", from: "2011", to: "2012-06" })).toBe("2011 to June 2012");
    expect(formatDate({ precision: "range", from: "2012-05-20", to: "2012-06" })).toBe("20 May 2012 to June 2012");
    expect(datePhrase({ precision: "day", value: "2011-05-02" })).toBe("on 2 May 2011");
    expect(datePhrase({ precision: "range", from: "2014-11", to: "2014-12" })).toBe("between November and December 2014");
  });
  it("knows when a sentence dates itself, by a year or by its era with any preposition", () => {
    const coldWar = { date: { precision: "range" as const, from: "1947", to: "1991" }, plainText: "During the Cold War, Pakistan was an ally.", marks: [{ start: 0, end: 19, text: "During the Cold War", ref: { type: "date" as const } }] };
    expect(writesItsDate("As partners in the Cold War, the two grew apart.", coldWar)).toBe(true);
    expect(writesItsDate("In 1990 sanctions followed.", coldWar)).toBe(true);
    expect(writesItsDate("Pakistan was an ally.", coldWar)).toBe(false);
  });
  it("words a rough date as the fact's sentence does, not as the months we read it to span", () => {
    const late2014 = ranged("In late 2014 the two cooperated.", "late 2014", "2014-11", "2014-12");
    expect(factDateText(late2014)).toBe("late 2014");
    expect(factDatePhrase(late2014)).toBe("in late 2014");
    const jihad = ranged("The US backed Pakistan in the Afghan jihad (1979-1989).", "1979-1989", "1979-12", "1989-02");
    expect(factDateText(jihad)).toBe("1979 to 1989");
    expect(factDatePhrase(jihad)).toBe("from 1979 to 1989");
    expect(factDatePhrase(ranged("Strikes ran from late May to June 2012.", "late May to June 2012", "2012-05", "2012-06"))).toBe("from late May to June 2012");
    expect(factDatePhrase(ranged("Talks stalled at the end of 2014.", "the end of 2014", "2014-11", "2014-12"))).toBe("at the end of 2014");
    expect(factDateText(ranged("Talks ran from November 2011 to March 2012.", "November 2011 to March 2012", "2011-11", "2012-03"))).toBe("November 2011 to March 2012");
  });
  it("words a window a date falls in as a window, not as a period that lasted from one bound to the other", () => {
    const suspended = ranged("Aid was suspended (some time between 2011 and June 2012).", "between 2011 and June 2012", "2011", "2012-06");
    expect(factDateText(suspended)).toBe("between 2011 and June 2012");
    expect(factDatePhrase(suspended)).toBe("between 2011 and June 2012");
    const probes = ranged("Between November 2011 and March 2012 each ran an inquiry.", "November 2011 and March 2012", "2011-11", "2012-03");
    expect(factDateText(probes)).toBe("between November 2011 and March 2012");
    const meeting = ranged("In the last week of March 2012 the two met.", "March 2012", "2012-03-26", "2012-03-28");
    expect(factDateText(meeting)).toBe("the last week of March 2012");
    expect(factDatePhrase(meeting)).toBe("in the last week of March 2012");
  });
  it("words a fact's date as its sentence does when the sentence dates a period from it", () => {
    const dated = (plainText: string, markText: string) => {
      const start = plainText.indexOf(markText);
      return { date: { precision: "year" as const, value: "2001" }, plainText, marks: [{ start, end: start + markText.length, text: markText, ref: { type: "date" as const } }] };
    };
    expect(factDatePhrase(dated("After 2001, the United States wanted insurgent networks wiped out.", "2001"))).toBe("after 2001");
    expect(factDatePhrase(dated("Pakistan argued after 2001 that its stake required engagement.", "2001"))).toBe("after 2001");
    expect(factDatePhrase(dated("In 2001 the attacks changed everything.", "2001"))).toBe("in 2001");
    expect(factDatePhrase(dated("Aid has bred resentment (as of 2001).", "2001"))).toBe("as of 2001");
  });
  it("words a range the source leaves unbounded as its sentence does, never with bounds the author added", () => {
    const ranged = (plainText: string, markText: string) => {
      const start = plainText.indexOf(markText);
      const date = { precision: "range" as const, from: "1947", to: "1991" };
      return { date, plainText, marks: [{ start, end: start + markText.length, text: markText, ref: { type: "date" as const } }] };
    };
    // "Between 1947 and 1991, Pakistan sided with the United States" would be false: the alliance began in 1954.
    const coldWar = ranged("Pakistan sided with the United States in the Cold War.", "Cold War");
    expect(factDatePhrase(coldWar)).toBe("during the Cold War");
    expect(factDateText(coldWar)).toBe("during the Cold War");
    expect(factDatePhrase(ranged("Relations went into decline (from 1989).", "from 1989"))).toBe("from 1989");
    expect(factDateText(ranged("Since the Cold War, Pakistan has leaned on aid.", "Since the Cold War"))).toBe("since the Cold War");
    // A range the sentence writes as dates keeps them.
    expect(factDatePhrase(ranged("From 1947 to 1991 the two were allies.", "1947 to 1991"))).toBe("between 1947 and 1991");
    expect(factDateText(ranged("From 1947 to 1991 the two were allies.", "1947 to 1991"))).toBe("1947 to 1991");
  });
  it("knows a date at which a state held from the date of a happening: only the happening's can be asked for", () => {
    const dated = (plainText: string, markText: string, kind: LoadedFact["kind"] = "event", resolved?: string) => {
      const start = plainText.indexOf(markText);
      const date = { precision: "year" as const, value: "2014", ...(resolved ? { resolved } : {}) };
      return { kind, date, plainText, marks: [{ start, end: start + markText.length, text: markText, ref: { type: "date" as const } }] };
    };
    // A role, a name, a count "by" a date, a situation "as of" it, a policy as it stood: any other moment of it fits too.
    expect(datesAState(dated("In 2014 Barack Obama was President of the United States.", "2014", "person-role"))).toBe(true);
    expect(datesAState(dated("ISI stands for Inter-Services Intelligence (as named in 2014).", "2014", "definition"))).toBe(true);
    expect(datesAState(dated("By 2014 the TTP had killed thousands of Pakistanis.", "2014"))).toBe(true);
    expect(datesAState(dated("By late 2014 the government had signalled a change.", "2014"))).toBe(true);
    expect(datesAState(dated("Aid has bred resentment (as of 2014).", "2014"))).toBe(true);
    expect(datesAState(dated("Pakistan repeated its demand for an apology, as reported in 2014.", "2014"))).toBe(true);
    expect(datesAState(dated("After 2014, the United States wanted insurgent networks wiped out.", "2014", "position"))).toBe(true);
    expect(datesAState(dated("In 2014 the United States wanted an offensive.", "2014", "position", "Washington's wish at the date of the factbox."))).toBe(true);
    expect(datesAState(dated("In 2014 the TTP was a danger to Pakistan.", "2014", "comparison", "A standing judgement, dated to the article."))).toBe(true);
    expect(datesAState(dated("In 2014 Pakistan could not afford to press its leverage.", "2014", "cause-effect", "The factbox's judgement at its date."))).toBe(true);
    // A happening, or a view given at its date, is dated by when it happened.
    expect(datesAState(dated("In 2014 a US air strike hit Nangarhar.", "2014"))).toBe(false);
    expect(datesAState(dated("In 2014 the author judged the army too powerful.", "2014", "expert-view", "The author's judgement at the date of the piece."))).toBe(false);
  });
  it("knows a text that names its year or decade", () => {
    expect(namesADate("In the 1990s the United States placed sanctions on Pakistan.")).toBe(true);
    expect(namesADate("The raid of 2011 strained ties.")).toBe(true);
    expect(namesADate("The raid strained ties, killing 24 soldiers.")).toBe(false);
  });
  it("treats a month and a day in it as overlapping", () => {
    expect(intervalsOverlap(dateInterval({ precision: "month", value: "2011-11" }), dateInterval({ precision: "day", value: "2011-11-26" }))).toBe(true);
    expect(intervalsOverlap(dateInterval({ precision: "day", value: "2011-11-25" }), dateInterval({ precision: "day", value: "2011-11-26" }))).toBe(false);
  });
  it("keeps candidate days in the same month", () => {
    for (const date of candidateDates({ precision: "day", value: "2011-11-26" })) expect(date.value?.startsWith("2011-11-")).toBe(true);
  });
  it.each([
    ["2 May 2011", { year: 2011, month: 5, day: 2 }],
    ["May 2nd, 2011", { year: 2011, month: 5, day: 2 }],
    ["2011-05-02", { year: 2011, month: 5, day: 2 }],
    ["02/05/2011", { year: 2011, month: 5, day: 2 }],
    ["11/26/2011", { year: 2011, month: 11, day: 26 }],
    ["9/11", { year: 2001, month: 9, day: 11 }],
    ["the end of 2014", { year: 2014, month: 12 }],
    ["may 2011", { year: 2011, month: 5, day: undefined }],
    ["1990s", { decade: 1990 }],
    ["the 90s", { decade: 1990 }],
    ["Saturday 26 November 2011", { year: 2011, month: 11, day: 26 }],
    ["Sat, Nov 26th 2011", { year: 2011, month: 11, day: 26 }],
  ])("reads %s", (typed, expected) => {
    expect(readTypedDate(typed)[0]).toEqual(expected);
  });
  it("reads digits that make a date either way round both ways, day first; others one way", () => {
    expect(readTypedDate("9/11/2001")).toEqual([{ day: 9, month: 11, year: 2001 }, { day: 11, month: 9, year: 2001 }]);
    expect(readTypedDate("26/11/2011")).toEqual([{ day: 26, month: 11, year: 2011 }]);
    expect(readTypedDate("5/5/2011")).toEqual([{ day: 5, month: 5, year: 2011 }]);
    // A two-digit year is this century up to 2049, as on a form (tenth quiz audit of 7 December: "26/11/11" was marked wrong).
    expect(readTypedDate("9/11/01")).toEqual([{ day: 9, month: 11, year: 2001 }, { day: 11, month: 9, year: 2001 }]);
    expect(readTypedDate("1/1/99")).toEqual([{ day: 1, month: 1, year: 1999 }]);
  });
  it("reads no weekday that is not the date's, or that has no day", () => {
    expect(readTypedDate("Friday 26 November 2011")).toEqual([]);
    expect(readTypedDate("Saturday November 2011")).toEqual([]);
  });
  it("matches typed dates at the expected precision", () => {
    expect(typedDateMatches({ year: 2011 }, { precision: "day", value: "2011-05-02" })).toBe(false);
    expect(typedDateMatches({ year: 2011, month: 5, day: 2 }, { precision: "month", value: "2011-05" })).toBe(true);
    expect(typedDateMatches({ decade: 1990 }, { precision: "decade", value: "1990s" })).toBe(true);
  });
});

describe("replaceMark", () => {
  const index = indexPack(fixturePack);
  const unitedStates = index.entityById.get("united-states");
  /** A one-sentence fact naming Pakistan once, as the loader would mark it. */
  const factSaying = (plainText: string): { fact: LoadedFact; mark: Mark } => {
    const start = plainText.indexOf("Pakistan");
    const mark: Mark = { start, end: start + "Pakistan".length, text: "Pakistan", ref: { type: "entity", id: "pakistan" } };
    return { fact: { ...(fixturePack.facts[0] as LoadedFact), plainText, marks: [mark] }, mark };
  };

  it("puts \"the\" after the conjunction \"that\" and before a name that takes it", () => {
    const { fact, mark } = factSaying("DW noted that Pakistan often faced accusations.");
    expect(replaceMark(index, fact, mark, "United States", unitedStates)).toBe("DW noted that the United States often faced accusations.");
  });

  it("puts \"the\" after a preposition that ends a noun phrase", () => {
    const { fact, mark } = factSaying("He sought an answer to the problem of Pakistan through SAARC.");
    expect(replaceMark(index, fact, mark, "United States", unitedStates)).toBe("He sought an answer to the problem of the United States through SAARC.");
  });

  it("keeps \"the\" of a title after the name, dropping only the name's own", () => {
    const pakistan = index.entityById.get("pakistan");
    const namingUs = (plainText: string): { fact: LoadedFact; mark: Mark } => {
      const start = plainText.indexOf("United States");
      const mark: Mark = { start, end: start + "United States".length, text: "United States", ref: { type: "entity", id: "united-states" } };
      return { fact: { ...(fixturePack.facts[0] as LoadedFact), plainText, marks: [mark] }, mark };
    };
    const title = namingUs("In 2012 the United States Press Secretary, Ali, spoke.");
    expect(replaceMark(index, title.fact, title.mark, "Pakistan", pakistan)).toBe("In 2012 the Pakistan Press Secretary, Ali, spoke.");
    const own = namingUs("In 2012 the United States said so.");
    expect(replaceMark(index, own.fact, own.mark, "Pakistan", pakistan)).toBe("In 2012 Pakistan said so.");
  });

  it("gives a plural name the bare apostrophe", () => {
    const { fact, mark } = factSaying("In the author's view, Pakistan's interest lies in stability.");
    expect(replaceMark(index, fact, mark, "United States", unitedStates)).toBe("In the author's view, the United States' interest lies in stability.");
  });
});

describe("optionsWithArticles", () => {
  const index = indexPack(fixturePack);
  const options = (...texts: string[]) => texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }));
  const texts = (result: { options: { text: string }[] }) => result.options.map((option) => option.text);

  it("moves the answer's own \"the\" into the options, so that it fits them all", () => {
    // "alliance with the _____" would rule out "the India"; "alliance with _____" keeps each option's own.
    const result = optionsWithArticles(index, "its alliance with the ", "united-states", options("United States", "Afghanistan", "India"));
    expect(result.before).toBe("its alliance with ");
    expect(texts(result)).toEqual(["the United States", "Afghanistan", "India"]);
  });
  it("gives an option the \"the\" it takes where the blank has none", () => {
    const result = optionsWithArticles(index, "whatever emerged in ", "afghanistan", options("Afghanistan", "United States"));
    expect(result.before).toBe("whatever emerged in ");
    expect(texts(result)).toEqual(["Afghanistan", "the United States"]);
  });
  it("capitalises the options when the blank opens the sentence", () => {
    const result = optionsWithArticles(index, "The ", "united-states", options("United States", "Pakistan"));
    expect(result.before).toBe("");
    expect(texts(result)).toEqual(["The United States", "Pakistan"]);
  });
  it("leaves a \"the\" that belongs to the words after the blank, and a determiner's noun phrase", () => {
    // "the _____-Afghan border": the "the" is the border's.
    expect(texts(optionsWithArticles(index, "along the ", "pakistan", options("Pakistan", "United States")))).toEqual(["Pakistan", "United States"]);
    expect(texts(optionsWithArticles(index, "Pakistan and its ", "afghanistan", options("Afghanistan", "United States")))).toEqual(["Afghanistan", "United States"]);
  });
});
