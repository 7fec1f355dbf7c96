import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { shownTexts } from "./__fixtures__/checks";
import { fixturePack } from "./__fixtures__/pack";
import { testPacks } from "./__fixtures__/packs";
import { dateInterval, formatDate, yearOfDay } from "./dates";
import { dateDistractors } from "./distractors";
import { InvalidRequestError } from "./errors";
import { generateAllItemsDetailed, generateOne } from "./generate";
import type { GeneratedItem } from "./items/common";
import { orderingItem } from "./items/ordering";
import { trueFalseTwins } from "./items/true-false";
import { trueStatementPrompt } from "./items/true-statement";
import { indexPack, isCommonCountry, isEverywhere, isInByline, tellingWords } from "./pack-index";
import { entityProfile } from "./plausibility";
import { isEverywhereSlot, isGuessedBlank, markSlots, questionSlot } from "./slots";
import { generateQuiz, givesAway } from "./quiz";
import { contentWords, normaliseAnswer, paddedNormal } from "./text";
import type { ClientItem, LoadedFact, LoadedPack, Quiz } from "./types";

const factIdsOf = (quiz: Quiz) => quiz.items.flatMap((item) => quiz.key[item.id]?.factIds ?? []);

const norm = (text: string) => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;

/** What follows a count in normal text when it is part of an amount, not the count: "2 billion", "2 5 billion" ($2.5 billion). */
const scaled = /^(\d+ )?(thousand|million|billion|trillion)\b/;

function shownText(item: ClientItem): string {
  return norm(shownTexts(item).join(" "));
}

/** What an item states, options aside: its prompt and its statement or sentence. */
function statedText(item: ClientItem): string {
  const parts = [item.prompt, ...(item.type === "true-false" ? [item.statement] : item.type === "cloze" ? [item.before, item.after] : [])];
  return norm(parts.join(" "));
}

describe.each(testPacks)("quizzes from %s", (name, pack: LoadedPack) => {
  const index = indexPack(pack);
  const seeds = Array.from({ length: 25 }, (_, i) => `quiz-${i}`);

  /** A quiz of 20 over each module and over all of them under every seed, built once for the tests that read them all. */
  let everyScope: { modules: "all" | string[]; seed: string; quiz: Quiz }[] | undefined;
  const quizzesOfEveryScope = () =>
    (everyScope ??= seeds.flatMap((seed) => (["all", ...pack.modules.map((m) => [m.id])] as ("all" | string[])[]).map((modules) => ({ modules, seed, quiz: generateQuiz(pack, { modules, count: 20, seed }) }))));

  // Every item on every fact under ten seeds, for the two tests that look at the whole bank.
  const isTrueStatementItem = (item: GeneratedItem) => item.client.type === "multiple-choice" && item.client.prompt === trueStatementPrompt;
  const itemsOverSeeds = seeds.slice(0, 10).flatMap((seed) => generateAllItemsDetailed(pack, { seed }));
  /** The false statements among them, swapped or authored, each with its fact. */
  const falseStatementsOverSeeds = () =>
    itemsOverSeeds.flatMap((item) => {
      if (item.client.type !== "true-false" || item.key.answer.kind !== "boolean" || item.key.answer.value) return [];
      const fact = index.factById.get(item.key.factIds[0] ?? "");
      return fact ? [{ statement: item.client.statement, fact }] : [];
    });
  /** True when the fact is dated as its every source is: "In March 2012" in a DW article of 29 March 2012. */
  const isSourceDated = (fact: LoadedFact) =>
    fact.sources.every((ref) => {
      const source = pack.sources.find((s) => s.id === ref.source);
      return source !== undefined && formatDate(source.date).includes(formatDate(fact.date));
    });

  /** True when a source of the fact names the entity as its publisher or author: "DW" in a DW article. */
  const isPublisherOf = (fact: LoadedFact, entityId: string) =>
    fact.sources.some((ref) => {
      const source = index.sourceById.get(ref.source);
      return source !== undefined && isInByline(index, source, entityId);
    });

  it("takes a last-resort item only for a fact with nothing else to ask, and only when no other fact fits", () => {
    // Without the false statements that stand in for guesses, the real pack has facts with nothing else
    // to ask ("In late 2014 the United States and Pakistan cooperated closely …").
    const bare: LoadedPack = { ...pack, facts: pack.facts.map((fact) => ({ ...fact, falseStatement: undefined })) };
    const quizSeeds = seeds.slice(0, 5);
    const items = quizSeeds.flatMap((seed) => generateAllItemsDetailed(bare, { seed }));
    const lastResortOnly = bare.facts.filter((fact) => {
      const onFact = items.filter((item) => item.key.factIds.includes(fact.id));
      return onFact.length > 0 && onFact.every((item) => item.isLastResort);
    });
    if (name === "pak-us-relations") expect(lastResortOnly.length).toBeGreaterThan(0);
    for (const fact of lastResortOnly.slice(0, 3)) {
      expect(generateQuiz(bare, { factIds: [fact.id], count: 1, seed: "alone" }).items).toHaveLength(1);
    }
    const lastResortIds = new Set(items.filter((item) => item.isLastResort).map((item) => item.client.id));
    // A quiz the bank can fill without them takes none. (The fixture's 30 facts fill a quiz of 12 to 20
    // items, by seed, once no two items may give each other away or ask for one answer, so its quiz is shorter:
    // 13 until items that echo a cause's right effect gave it away, as "a NATO air strike killed 24 …" beside 24.)
    const fillable = name === "pak-us-relations" ? 20 : 12;
    for (const seed of quizSeeds) {
      const quiz = generateQuiz(bare, { modules: "all", count: fillable, seed });
      expect(quiz.items).toHaveLength(fillable);
      expect(quiz.items.filter((item) => lastResortIds.has(item.id))).toEqual([]);
    }
  });

  it("asks every fact with something better than a last resort: a fact asked only by a guess teaches nothing when it falls due", () => {
    const better = new Set(itemsOverSeeds.filter((item) => !item.isLastResort).flatMap((item) => item.key.factIds));
    expect(pack.facts.filter((fact) => !better.has(fact.id)).map((fact) => fact.id)).toEqual([]);
  });

  it("takes a question that one of the pack's own countries answers only as a last resort, typed or chosen: a learner names it, or picks it whenever it is offered, knowing nothing; chosen, it asks 'which of these statements is true?' instead where it can", () => {
    const countryAnswered = itemsOverSeeds.filter((item) => {
      const fact = index.factById.get(item.key.factIds[0] ?? "");
      const slot = fact ? questionSlot(index, fact) : null;
      return (item.client.type === "short-answer" || item.client.type === "multiple-choice") && slot !== null && isEverywhereSlot(index, slot);
    });
    const [statements, questions] = [countryAnswered.filter(isTrueStatementItem), countryAnswered.filter((item) => !isTrueStatementItem(item))];
    if (name === "pak-us-relations") {
      expect(new Set(questions.map((item) => item.client.type))).toContain("short-answer");
      expect(new Set(statements.map((item) => item.key.factIds[0])).size).toBeGreaterThanOrEqual(4);
    }
    for (const item of questions) expect(item.isLastResort).toBe(true);
    for (const item of statements) expect(item.isLastResort).toBe(false);
  });

  it("types or blanks the course's third country only as a last resort: 'an end to attacks in Pakistan and A_____' is filled knowing nothing", () => {
    const commonCountries = pack.entities.filter((entity) => isCommonCountry(index, entity.id) && !isEverywhere(index, entity.id));
    if (name === "pak-us-relations") expect(commonCountries.map((entity) => entity.id)).toEqual(["afghanistan"]);
    const names = new Set(commonCountries.flatMap((entity) => index.formsOf.get(entity.id) ?? []).map(normaliseAnswer));
    const blanks = itemsOverSeeds.filter((item) => (item.client.type === "cloze" || item.client.type === "short-answer") && names.has(normaliseAnswer(item.key.expected)));
    if (name === "pak-us-relations") expect(blanks.length).toBeGreaterThan(0);
    for (const item of blanks) expect(item.isLastResort, item.key.explanation).toBe(true);
  });

  it("corrects a false statement in the words it was written in: \"the source gives three militants, not two\", one source or several", () => {
    let corrected = 0;
    for (const item of itemsOverSeeds) {
      const correction = /^False: (the sources? gives?) (.+?), not (.+?)\. /.exec(item.key.explanation);
      if (item.client.type !== "true-false" || !correction) continue;
      corrected++;
      const [, gives, right = "", wrong = ""] = correction;
      const sources = new Set(index.factById.get(item.key.factIds[0] ?? "")?.sources.map((ref) => ref.source));
      expect(gives, item.key.explanation).toBe(sources.size > 1 ? "the sources give" : "the source gives");
      if (/^[a-z]+$/.test(wrong) && /^\d/.test(right)) expect.fail(`a spelled figure corrected in digits: ${item.key.explanation}`);
    }
    if (name === "pak-us-relations") expect(corrected).toBeGreaterThan(0);
  });

  it("swaps a place only for one that fits the sentence: never one of the pack's own countries, never one the bank never shows beside its people and bodies", () => {
    const entityNamed = (name: string) => pack.entities.find((entity) => entity.name === name.replace(/^the /, ""));
    const placeSwaps = itemsOverSeeds.flatMap((item) => {
      const [, right, wrong] = /^False: the sources? gives? (.+?), not (.+?)\. /.exec(item.key.explanation) ?? [];
      const [rightEntity, wrongEntity] = [entityNamed(right ?? ""), entityNamed(wrong ?? "")];
      return item.client.type === "true-false" && rightEntity?.kind === "place" && wrongEntity && !isEverywhere(index, rightEntity.id) ? [{ item, wrongEntity }] : [];
    });
    // The real pack swaps no place: its last, Afghanistan in the combat troops' withdrawal, read "due to
    // withdraw from India" (item audit of 6 December, second round) and is no longer marked.
    if (name !== "pak-us-relations") expect(placeSwaps.length).toBeGreaterThan(0);
    for (const { wrongEntity } of placeSwaps) expect(isEverywhere(index, wrongEntity.id)).toBe(false);
    const statements = itemsOverSeeds.map(({ client }) => (client.type === "true-false" ? client.statement : ""));
    expect(statements.filter((statement) => /\b(NATO commander|international coalition|combat troops|NATO supply line) (in(to)?|from) India\b/.test(statement))).toEqual([]);
  });

  it("does not give cause-and-effect answers away by length: the right option is the shortest or the longest in at most 60% of items and at least 25% (chance: half)", () => {
    const causeEffect = itemsOverSeeds.flatMap((item) => (item.client.type === "cause-effect" && item.key.answer.kind === "option" ? [{ client: item.client, rightId: item.key.answer.optionId }] : []));
    if (name === "pak-us-relations") expect(causeEffect.length).toBeGreaterThan(0);
    const extremes = causeEffect.filter(({ client, rightId }) => {
      const rightLength = client.options.find((option) => option.id === rightId)?.text.length ?? 0;
      const others = client.options.filter((option) => option.id !== rightId).map((option) => option.text.length);
      return others.every((length) => length > rightLength) || others.every((length) => length < rightLength);
    });
    expect(extremes.length).toBeLessThanOrEqual(0.6 * causeEffect.length);
    // Nor by its place in the middle: the authored wrong effects once straddled it in every item (quiz audit of 7 December).
    if (name === "pak-us-relations") expect(extremes.length).toBeGreaterThanOrEqual(0.25 * causeEffect.length);
  });

  it("never shows a typed name's answer in another item of its quiz: a learner would copy it, not recall it", () => {
    let typed = 0;
    for (const modules of [...pack.modules.map((m) => [m.id]), "all" as const]) {
      for (const seed of seeds.slice(0, 6)) {
        const quiz = generateQuiz(pack, { modules, count: 20, seed });
        const visible = (item: ClientItem) => [...shownTexts(item), ...(item.type === "cloze" ? (item.options ?? []).map((option) => option.text) : [])];
        const shown = quiz.items.map((item) => ` ${visible(item).map((text) => norm(text)).join(" ")} `);
        quiz.items.forEach((item, i) => {
          const answer = quiz.key[item.id]?.answer;
          if (answer?.kind !== "text" || answer.accepted.kind !== "name" || answer.optionId !== undefined) return;
          typed++;
          for (const form of answer.accepted.forms) {
            const name = norm(form);
            if (name.trim().length < 3) continue;
            // Nor a word formed from a one-word name: "Soviet expansion" answers "which power? (S)", "Soviets".
            const word = name.trim();
            const formed = !word.includes(" ") && word.length >= 5 ? new RegExp(` ${word.slice(0, -1)}[a-z]{0,4} `) : null;
            shown.forEach((text, j) => {
              if (j === i) return;
              expect(text.includes(name), `${item.prompt} "${form}" shown by ${quiz.items[j]?.prompt}`).toBe(false);
              if (formed) expect(formed.test(text), `${item.prompt} "${form}" formed in ${quiz.items[j]?.prompt}`).toBe(false);
            });
          }
        });
      }
    }
    expect(typed).toBeGreaterThan(0);
  });

  it("asks after a standing clause in the present perfect: \"As of 2024, China's influence in Asia has kept rising. … what has this led to?\"", () => {
    let standing = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "cause-effect" || !/^As of [^,]+, (?!according)/.test(item.client.prompt)) continue;
      standing++;
      expect(item.client.prompt).toMatch(/what (has this led to|has led to this)\?$/);
    }
    if (name === "pak-us-relations") expect(standing).toBeGreaterThan(0);
  });

  it("can ask about every fact (a fact no item asks about could never be practised, reviewed or mastered)", () => {
    const asked = new Set(itemsOverSeeds.flatMap((item) => item.key.factIds));
    expect(pack.facts.filter((fact) => !asked.has(fact.id)).map((fact) => fact.id)).toEqual([]);
  });

  it("dates each matched role once: a title that carries its year gets no date after it", () => {
    const roleItems = itemsOverSeeds.flatMap((item) => (item.client.type === "matching" && item.client.matchKind === "person-role" ? [item.client] : []));
    expect(roleItems.length).toBeGreaterThan(0);
    for (const item of roleItems) for (const right of item.right) expect(right.text).not.toMatch(/\b(\d{4})\b.*\(\1\)$/);
  });

  it("adds no date to a true/false statement that names its decade (\"In the 1990s …\")", () => {
    const dated = itemsOverSeeds.flatMap((item) => (item.client.type === "true-false" && /\b(1[89]|20)\d0s\b/.test(item.client.statement) ? [item.client] : []));
    if (name === "pak-us-relations") expect(dated.length).toBeGreaterThan(0);
    for (const item of dated) expect(item.prompt).toBe("True or false?");
  });

  it("never swaps a count for one in a false statement, where the plural after it would not agree", () => {
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "true-false") continue;
      expect(item.client.statement).not.toMatch(/\b(one|1) ([A-Za-z-]+ ){0,2}(militants|guards|soldiers|strikes|people)\b/);
    }
  });

  it("never offers the day or month before or after an event's date as a wrong date", () => {
    const dayFacts = pack.facts.filter((fact) => fact.date.precision === "day");
    expect(dayFacts.length).toBeGreaterThan(0);
    for (const fact of dayFacts) {
      const day = dateInterval(fact.date).start;
      for (const candidate of dateDistractors(index, fact)) expect(Math.abs(dateInterval(candidate).start - day)).toBeGreaterThan(1);
    }
    const monthFacts = pack.facts.filter((fact) => fact.date.precision === "month");
    expect(monthFacts.length).toBeGreaterThan(0);
    const monthNumber = (value = "") => Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7));
    for (const fact of monthFacts) {
      for (const candidate of dateDistractors(index, fact)) expect(Math.abs(monthNumber(candidate.value) - monthNumber(fact.date.value))).toBeGreaterThan(1);
    }
  });

  it("offers no date before the report for a plan it gives: 'due to leave by 2010', in a report of March 2012", () => {
    let plans = 0;
    for (const fact of pack.facts) {
      const written = Math.min(...fact.sources.map((ref) => dateInterval(index.sourceById.get(ref.source)?.date ?? fact.date).end));
      if (dateInterval(fact.date).start <= written) continue;
      plans++;
      for (const candidate of dateDistractors(index, fact)) expect(dateInterval(candidate).end, `${fact.id}: ${candidate.value}`).toBeGreaterThan(written);
    }
    if (name === "pak-us-relations") expect(plans).toBeGreaterThan(0);
  });

  it("offers no date after the report for what it tells as done: the October 2010 factbox rules out 2011 for Baitullah Mehsud's death", () => {
    let events = 0;
    for (const fact of pack.facts) {
      const written = Math.min(...fact.sources.map((ref) => dateInterval(index.sourceById.get(ref.source)?.date ?? fact.date).end));
      if (dateInterval(fact.date).start > written) continue;
      const candidates = dateDistractors(index, fact);
      if (candidates.length > 0) events++;
      for (const candidate of candidates) expect(dateInterval(candidate).start, `${fact.id}: ${candidate.value}`).toBeLessThanOrEqual(written);
    }
    if (name === "pak-us-relations") expect(events).toBeGreaterThan(0);
  });

  it("offers no date after another report speaks of the thing an event made: the 2010 factbox's deal 'Washington already had with India' rules out 2012 for its signing", () => {
    let made = 0;
    for (const fact of pack.facts) {
      if (fact.kind !== "event" || !fact.label) continue;
      const label = fact.label.toLowerCase().replace(/^the /, "");
      for (const entity of pack.entities.filter((candidate) => fact.entityIds.includes(candidate.id) && [candidate.name, ...candidate.aliases].some((form) => form.toLowerCase() === label))) {
        const others = pack.facts.filter((other) => other !== fact && other.entityIds.includes(entity.id));
        const spoken = Math.min(...others.flatMap((other) => other.sources.map((ref) => dateInterval(index.sourceById.get(ref.source)?.date ?? other.date).end)));
        if (spoken === Infinity) continue;
        made++;
        for (const candidate of dateDistractors(index, fact)) expect(dateInterval(candidate).start, `${fact.id}: ${candidate.value}`).toBeLessThanOrEqual(spoken);
      }
    }
    if (name === "pak-us-relations") expect(made).toBeGreaterThan(0);
  });

  it("offers no date after the end of something a fact of its time names: no 'the 2000s' for the Soviet occupation of Afghanistan", () => {
    let bounded = 0;
    for (const fact of pack.facts) {
      const ends = pack.entities.filter((entity) => entity.existedUntil !== undefined && fact.entityIds.includes(entity.id)).map((entity) => dateInterval({ precision: "year", value: entity.existedUntil ?? "" }).end);
      const lastDay = Math.min(...ends.filter((end) => dateInterval(fact.date).end <= end));
      if (lastDay === Infinity) continue;
      const candidates = dateDistractors(index, fact);
      if (candidates.length > 0) bounded++;
      for (const candidate of candidates) expect(dateInterval(candidate).start, `${fact.id}: ${candidate.value}`).toBeLessThanOrEqual(lastDay);
    }
    if (name === "pak-us-relations") expect(bounded).toBeGreaterThanOrEqual(2);
  });

  it("asks a date in a question whose only year is its report's as multiple choice", () => {
    // "According to reports of 2012, by when were foreign combat troops due to leave Afghanistan?" (December 2014)
    const datelined = pack.facts.filter((fact) => {
      const question = fact.question ?? "";
      const answerYear = fact.date.value?.slice(0, 4) ?? "";
      return questionSlot(index, fact)?.kind === "date" && /\b(19|20)\d\d\b/.test(question) && !question.includes(answerYear);
    });
    if (name === "pak-us-relations") expect(datelined.length).toBeGreaterThanOrEqual(2);
    for (const fact of datelined) {
      const asked = itemsOverSeeds.filter((item) => item.client.type === "multiple-choice" && item.key.factIds[0] === fact.id);
      expect(asked.length, fact.id).toBeGreaterThan(0);
    }
  });

  it("never offers options for the holder of a position: another party offered as wrong may hold it too", () => {
    let typed = 0;
    for (const item of itemsOverSeeds) {
      const fact = index.factById.get(item.key.factIds[0] ?? "");
      if (item.client.type !== "cloze" || fact?.kind !== "position") continue;
      const holderForms = (fact.claimedBy ?? []).flatMap((id) => index.formsOf.get(id) ?? []);
      if (!holderForms.includes(item.key.expected)) continue;
      expect(item.client.options).toBeUndefined();
      typed++;
    }
    if (name === "pak-us-relations") expect(typed).toBeGreaterThan(0);
  });

  it("offers at most one wrong cause or effect per episode (a year and a topic the facts share)", () => {
    const clauseFacts = new Map<string, LoadedPack["facts"][number]>();
    for (const fact of pack.facts) for (const clause of [fact.cause, fact.effect]) if (clause) clauseFacts.set(norm(clause), fact);
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "cause-effect" || item.key.answer.kind !== "option") continue;
      const correctId = item.key.answer.optionId;
      const episodes = item.client.options
        .filter((option) => option.id !== correctId)
        .flatMap((option) => {
          const fact = clauseFacts.get(norm(option.text));
          if (!fact) return [];
          const year = yearOfDay(dateInterval(fact.date).start);
          return fact.tags.map((tag) => `${year}|${tag}`);
        });
      expect(new Set(episodes).size, item.client.prompt).toBe(episodes.length);
    }
  });

  it("never offers a souring or a bare change of course as a wrong effect: almost any cause in a relationship could have led to it", () => {
    const effectQuestions = itemsOverSeeds.filter((item) => item.client.type === "cause-effect" && /what did .*lead to\?$/.test(item.client.prompt));
    if (name === "pak-us-relations") expect(effectQuestions.length).toBeGreaterThan(0);
    for (const item of effectQuestions) {
      if (item.client.type !== "cause-effect" || item.key.answer.kind !== "option") continue;
      const correctId = item.key.answer.optionId;
      for (const option of item.client.options.filter((candidate) => candidate.id !== correctId)) {
        expect(option.text, item.client.prompt).not.toMatch(/declin|mistrust|distrust|wore away|friction|strain|collaps|ruptur|tense|frustrat|fury|anger|betray|resent|afraid|questioned|changed/i);
      }
    }
  });

  it("never offers a wrong cause or effect on the fact's own topic, or on what the bank shows at its time", () => {
    const clauseFacts = new Map<string, LoadedPack["facts"][number]>();
    for (const fact of pack.facts) for (const clause of [fact.cause, fact.effect]) if (clause) clauseFacts.set(norm(clause), fact);
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "cause-effect" || item.key.answer.kind !== "option") continue;
      const own = pack.facts.find((fact) => fact.id === item.key.factIds[0]);
      const correctId = item.key.answer.optionId;
      for (const option of item.client.options.filter((candidate) => candidate.id !== correctId)) {
        const tags = clauseFacts.get(norm(option.text))?.tags ?? [];
        expect(tags.filter((tag) => own?.tags.includes(tag)), `${item.client.prompt} / ${option.text}`).toEqual([]);
      }
    }
    if (name !== "pak-us-relations") return;
    // Pakistan closed a supply route after the NATO incursions of 2010 too, not only after the strike of 2011.
    const incursions = itemsOverSeeds.filter((item) => item.key.factIds.includes("reuters-2010-incursions-anger-pakistani-officials") && item.client.type === "cause-effect");
    for (const item of incursions) if (item.client.type === "cause-effect") expect(item.client.options.map((option) => option.text).join(" / ")).not.toMatch(/supply line/);
  });

  it("is the same byte for byte for the same request, and differs between seeds", () => {

    const request = { modules: "all" as const, count: 12, seed: "same" };
    expect(JSON.stringify(generateQuiz(pack, request))).toBe(JSON.stringify(generateQuiz(pack, { ...request })));
    const other = generateQuiz(pack, { ...request, seed: "other" });
    expect(other.items.map((i) => i.id)).not.toEqual(generateQuiz(pack, request).items.map((i) => i.id));
  });

  it("puts two items of one type together only where its mix leaves no other order: four true-or-false questions in a row read as a drill", () => {
    for (const seed of seeds) {
      for (const modules of [[pack.modules[0]?.id ?? ""], "all" as const]) {
        const types = generateQuiz(pack, { modules, count: 10, seed }).items.map((item) => item.type);
        const counts = new Map<string, number>();
        for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
        const most = Math.max(...counts.values());
        const runs = types.filter((type, i) => i > 0 && types[i - 1] === type).length;
        expect(runs, types.join(" ")).toBe(Math.max(0, most - (types.length - most) - 1));
      }
    }
  });

  // The fixture has 30 facts in 27 events; 11 items leave room for the give-away rules.
  const count = pack.facts.length > 100 ? 20 : 11;

  it("never offers two items that share two wrong options: the options that differ would be the answers, one in each", () => {
    let optionPairs = 0;
    for (const { quiz } of quizzesOfEveryScope()) {
      const wrongOptions = quiz.items.flatMap((item) => {
        if (item.type === "true-false" || item.type === "cause-effect" || !("options" in item) || !item.options) return [];
        const answer = quiz.key[item.id]?.answer;
        const rightId = answer?.kind === "option" || answer?.kind === "text" ? answer.optionId : undefined;
        return [{ id: item.id, texts: item.options.filter((option) => option.id !== rightId).map((option) => option.text.toLowerCase()) }];
      });
      for (const [i, item] of wrongOptions.entries()) {
        for (const other of wrongOptions.slice(i + 1)) {
          optionPairs++;
          const shared = item.texts.filter((text) => other.texts.includes(text));
          expect(shared.length, `${item.id} and ${other.id}: ${shared.join(" / ")}`).toBeLessThan(2);
        }
      }
    }
    expect(optionPairs).toBeGreaterThan(0);
  });

  it("never tests a fact, or one event, twice, and keeps the key beside the items", () => {
    for (const seed of seeds) {
      const quiz = generateQuiz(pack, { modules: "all", count, seed });
      expect(quiz.items.length).toBe(count);
      expect(Object.keys(quiz.key).sort()).toEqual(quiz.items.map((i) => i.id).sort());
      const facts = factIdsOf(quiz);
      expect(new Set(facts).size).toBe(facts.length);
      const groups = facts.map((id) => index.groupOf.get(id));
      expect(new Set(groups).size).toBe(groups.length);
    }
  });

  it("covers the requested modules evenly", () => {
    const quiz = generateQuiz(pack, { modules: "all", count: pack.modules.length * 2, seed: "even" });
    const perModule = new Map<string, number>();
    for (const id of factIdsOf(quiz)) {
      for (const moduleId of index.factById.get(id)?.modules ?? []) perModule.set(moduleId, (perModule.get(moduleId) ?? 0) + 1);
    }
    for (const moduleDef of pack.modules) expect(perModule.get(moduleDef.id) ?? 0, moduleDef.id).toBeGreaterThan(0);
  });

  // The fixture's 30 facts run out of other types; the real pack's 239 do not.
  it.runIf(name === "pak-us-relations")("holds no type beyond its share while facts with other types remain", () => {
    // A share is the count over the eight types, plus one.
    for (const [seed, count] of [["share-1", 10], ["share-2", 15], ["share-3", 20], ["share-4", 20]] as const) {
      const quiz = generateQuiz(pack, { modules: "all", count, seed });
      const share = Math.ceil(count / 8) + 1;
      const perType = new Map<string, number>();
      for (const item of quiz.items) perType.set(item.type, (perType.get(item.type) ?? 0) + 1);
      expect(Math.max(...perType.values()), JSON.stringify([...perType])).toBeLessThanOrEqual(share);
    }
  });

  it("keeps to the allowed types and the difficulty mix when it can", () => {
    const quiz = generateQuiz(pack, { modules: "all", count: 8, seed: "types", types: ["true-false", "cloze"] });
    for (const item of quiz.items) expect(["true-false", "cloze"]).toContain(item.type);
    const share = (mix: { easy?: number; hard?: number }, bucket: "easy" | "hard") =>
      seeds.slice(0, 8).reduce((sum, seed) => sum + generateQuiz(pack, { modules: "all", count: 6, seed, difficultyMix: mix }).items.filter((i) => i.difficulty === bucket).length, 0);
    expect(share({ easy: 1 }, "easy")).toBeGreaterThan(share({ hard: 1 }, "easy"));
    expect(share({ hard: 1 }, "hard")).toBeGreaterThan(share({ easy: 1 }, "hard"));
  });

  it("reviews only the named facts", () => {
    const wanted = pack.facts.slice(0, 6).map((f) => f.id);
    const quiz = generateQuiz(pack, { factIds: wanted, count: 6, seed: "review" });
    expect(quiz.items.length).toBeGreaterThan(0);
    for (const id of factIdsOf(quiz)) expect(wanted).toContain(id);
  });

  describe("after what the learner was asked lately", () => {
    const askedIn = (quiz: Quiz) => quiz.items.map((item) => ({ factIds: quiz.key[item.id]?.factIds ?? [], type: item.type }));
    const factsOf = (quiz: Quiz) => new Set(factIdsOf(quiz));
    const itemsOn = (quiz: Quiz) => new Set(quiz.items.flatMap((item) => (quiz.key[item.id]?.factIds ?? []).map((factId) => `${factId}|${item.type}`)));
    const sharedCount = (a: Set<string>, b: Set<string>) => [...a].filter((entry) => b.has(entry)).length;
    const firstQuizzes = pack.modules.flatMap((m) => seeds.slice(0, 10).map((seed) => ({ modules: [m.id], seed, first: generateQuiz(pack, { modules: [m.id], count: 5, seed: `${seed}-first` }) })));

    it("asks the facts a quiz asked lately after the others, and those again in another type where it can: after a lesson's check of five, a practice quiz of five on its module asked nearly one of the check's questions again, word for word, on average", () => {
      const shared = { plain: { facts: 0, items: 0 }, after: { facts: 0, items: 0 } };
      for (const { modules, seed, first } of firstQuizzes) {
        const plain = generateQuiz(pack, { modules, count: 5, seed });
        const after = generateQuiz(pack, { modules, count: 5, seed, askedLately: askedIn(first) });
        expect(generateQuiz(pack, { modules, count: 5, seed, askedLately: askedIn(first) })).toEqual(after);
        expect(after.items.length).toBeGreaterThanOrEqual(plain.items.length);
        for (const [quiz, tally] of [[plain, shared.plain], [after, shared.after]] as const) {
          tally.facts += sharedCount(factsOf(quiz), factsOf(first));
          tally.items += sharedCount(itemsOn(quiz), itemsOn(first));
        }
      }
      expect(shared.plain.items).toBeGreaterThan(0);
      // The fixture's modules are small: a second quiz of five repeats facts whatever it does.
      const bound = name === "fixture" ? 1 : 0.5;
      expect(shared.after.facts).toBeLessThan(shared.plain.facts * bound);
      expect(shared.after.items).toBeLessThan(shared.plain.items * bound);
    });

    it("reviews every due fact it would without them, and fewer of them in the type they were just asked in", () => {
      let plainRepeats = 0;
      let afterRepeats = 0;
      for (const { seed, first } of firstQuizzes) {
        const factIds = [...factsOf(first)];
        const plain = generateQuiz(pack, { factIds, count: factIds.length, seed });
        const after = generateQuiz(pack, { factIds, count: factIds.length, seed, askedLately: askedIn(first) });
        expect(factsOf(after).size).toBeGreaterThanOrEqual(factsOf(plain).size);
        plainRepeats += sharedCount(itemsOn(plain), itemsOn(first));
        afterRepeats += sharedCount(itemsOn(after), itemsOn(first));
      }
      expect(afterRepeats).toBeLessThan(plainRepeats * 0.75);
    });
  });

  it("never pairs items that give each other away", () => {
    for (const seed of seeds) {
      const quiz = generateQuiz(pack, { modules: "all", count, seed });
      for (const item of quiz.items) {
        const key = quiz.key[item.id];
        if (!key || key.answer.kind !== "text" || key.answer.accepted.kind === "name") continue;
        // A number or date asked for must not be printed in another item of the quiz ("2" may be, as "$2 billion" or "$2.5 billion").
        const asked = norm(key.expected);
        for (const other of quiz.items) {
          if (other.id === item.id) continue;
          const rests = shownText(other).split(asked).slice(1);
          const shown = /^ \d+ $/.test(asked) ? rests.some((rest) => !scaled.test(rest)) : rests.length > 0;
          expect(shown, `${key.expected} shown in ${other.id}`).toBe(false);
        }
      }
    }
  });

  it.runIf(name === "pak-us-relations")("reads a count inside an amount as no count: the two border guards beside '$2.5 billion' in an explanation", () => {
    // Normal text writes "$2.5 billion" as "2 5 billion": the border guards' "2" turned away the $2 billion question.
    const factIds = ["reuters-2010-border-guards-killed", "reuters-2010-us-military-aid-2-billion"];
    const quiz = generateQuiz(pack, { factIds, count: 5, types: ["multiple-choice"], seed: "gradebook-seed" });
    const facts = quiz.items.flatMap((item) => quiz.key[item.id]?.factIds ?? []);
    expect(facts).toContain("reuters-2010-border-guards-killed");
    expect(facts).toContain("reuters-2010-us-military-aid-2-billion");
  });

  it("never shows a cause-and-effect item's right clause again in another item of the quiz", () => {
    for (const seed of seeds) {
      for (const modules of ["all", ...pack.modules.map((m) => [m.id])] as const) {
        const quiz = generateQuiz(pack, { modules, count, seed });
        for (const item of quiz.items) {
          const key = quiz.key[item.id];
          if (item.type !== "cause-effect" || !key) continue;
          const words = tellingWords(index, key.expected);
          for (const other of quiz.items) {
            if (other.id === item.id) continue;
            const shown = contentWords(shownTexts(other).join(" "));
            const shared = [...words].filter((word) => shown.has(word));
            expect(shared.length >= 2 && shared.length >= words.size / 2, `"${key.expected}" said again in ${other.id} (${seed})`).toBe(false);
          }
        }
      }
    }
  });

  it.runIf(name === "pak-us-relations")("counts a wrong effect that turns a cause's right effect round as giving it away", () => {
    // The pack's 2014 rupture offered "Washington grew surer of Pakistan's commitment to counterterrorism" until
    // 6 December; a copy that offers it again keeps the rule tested whatever the pack's wrong effects now say.
    const turnedRound = "Washington grew surer of Pakistan's commitment to counterterrorism";
    const copy: LoadedPack = {
      ...pack,
      facts: pack.facts.map((fact) => (fact.id === "resume-2014-raid-caused-serious-breach" ? { ...fact, wrongEffects: [turnedRound, ...(fact.wrongEffects ?? []).slice(1)] } : fact)),
    };
    const copyIndex = indexPack(copy);
    const factOf = (id: string) => copyIndex.factById.get(id) as LoadedFact;
    let seen = 0;
    for (const seed of seeds) {
      const context = { index: copyIndex, seed };
      // "The United States seriously questioned Pakistan's commitment to counterterrorism."
      const doubts = generateOne(context, factOf("bin-laden-discovery-raised-us-doubts"), "cause-effect");
      const rupture = generateOne(context, factOf("resume-2014-raid-caused-serious-breach"), "cause-effect");
      const unrelated = generateOne(context, factOf("reuters-2010-drone-strikes-record-21"), "cloze");
      if (!doubts || !rupture || !unrelated) throw new Error("an item is missing");
      expect(givesAway(doubts, unrelated)).toBe(false);
      if (rupture.client.type !== "cause-effect" || !rupture.client.options.some((option) => option.text === turnedRound)) continue;
      seen++;
      expect(givesAway(doubts, rupture)).toBe(true);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it.runIf(name === "pak-us-relations")("never asks an author's false statement, or its true twin, beside an item that says its fact again", () => {
    const factOf = (id: string) => index.factById.get(id) as LoadedPack["facts"][number];
    const distanced = factOf("us-distanced-itself-after-afghan-war");
    const betrayal = factOf("us-distancing-left-sense-of-betrayal");
    for (const seed of seeds.slice(0, 5)) {
      const context = { index, seed };
      const twins = trueFalseTwins(context, distanced);
      // "The United States kept its distance from Pakistan once the Afghan jihad was over. What did this lead to?"
      const restated = generateOne(context, betrayal, "cause-effect");
      const unrelated = generateOne(context, factOf("reuters-2010-drone-strikes-record-21"), "cloze");
      if (!twins || !restated || !unrelated) throw new Error("an item is missing");
      for (const statement of [twins.seeded, twins.twin()]) {
        expect(givesAway(statement, restated) || givesAway(restated, statement)).toBe(true);
        expect(givesAway(statement, unrelated) || givesAway(unrelated, statement)).toBe(false);
      }
      const quiz = generateQuiz(pack, { modules: ["cold-war-and-sanctions"], count: 20, seed });
      const asked = quiz.items.map((item) => `${item.type}:${quiz.key[item.id]?.factIds.join("+")}`);
      expect(asked.includes(`true-false:${distanced.id}`) && asked.includes(`cause-effect:${betrayal.id}`), asked.join(" ")).toBe(false);
    }
  });

  it("blanks who made a claim only when the claim has nothing else to blank, and a source's one voice (\"_____ writes (2024)\") only as a last resort", () => {
    let claimantBlanks = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "cloze") continue;
      const fact = index.factById.get(item.key.factIds[0] ?? "");
      const claimant = (fact?.claimedBy ?? []).find((id) => (index.formsOf.get(id) ?? []).some((form) => norm(form) === norm(item.key.expected)));
      if (!fact || !claimant) continue;
      claimantBlanks++;
      const voiceOfSource = fact.sources.every((ref) =>
        pack.facts.every((other) => other.kind === "position" || !other.sources.some((s) => s.source === ref.source) || (other.claimedBy ?? []).every((id) => id === claimant)),
      );
      // The date of a claim, when it is its source's own, is no other slot either, nor the publisher (see the next tests).
      const otherSlots = markSlots(index, fact).filter(
        (slot) =>
          !isGuessedBlank(index, slot) &&
          !(slot.kind === "entity" && ((fact.claimedBy ?? []).includes(slot.entityId) || isPublisherOf(fact, slot.entityId))) &&
          !(slot.kind === "date" && isSourceDated(fact)),
      );
      expect(otherSlots, `${fact.id}: ${item.client.before}_____`).toEqual([]);
      if (voiceOfSource) expect(item.isLastResort, `${fact.id}: ${item.client.before}_____`).toBe(true);
    }
    if (name === "pak-us-relations") expect(claimantBlanks).toBeGreaterThan(0);
  });

  it("blanks the publisher of the fact's own source (\"_____ reported in March 2012 that experts …\") only as a last resort: its citation names it", () => {
    let publisherBlanks = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "cloze" || item.client.answerFormat !== "name") continue;
      const fact = index.factById.get(item.key.factIds[0] ?? "");
      const publisher = fact && [...fact.entityIds, ...(fact.claimedBy ?? [])].find((id) => isPublisherOf(fact, id) && (index.formsOf.get(id) ?? []).some((form) => norm(form) === norm(item.key.expected)));
      if (!publisher) continue;
      publisherBlanks++;
      expect(item.isLastResort, `${fact?.id}: ${item.client.before}_____`).toBe(true);
    }
    if (name === "pak-us-relations") expect(publisherBlanks).toBeGreaterThan(0);
  });

  it("blanks the date of a claim, when it is its source's date (\"Minahil Changez writes (_____)\", \"In _____ Masood Akhter argued\"), only as a last resort, and never where the source prints no date", () => {
    let sourceDateBlanks = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "cloze" || item.client.answerFormat !== "date") continue;
      const fact = index.factById.get(item.key.factIds[0] ?? "");
      if (!fact?.claimedBy?.length || !isSourceDated(fact)) continue;
      sourceDateBlanks++;
      expect(item.isLastResort, `${fact.id}: ${item.client.before}_____`).toBe(true);
      // Nor ever when the source prints no date: "A Reuters factbox of _____ judged …" asked for our reading of it.
      const unprinted = fact.sources.filter((ref) => index.sourceById.get(ref.source)?.dateNote !== undefined);
      expect(unprinted, `${fact.id}: ${item.client.before}_____`).toEqual([]);
    }
    if (name === "pak-us-relations") expect(sourceDateBlanks).toBeGreaterThan(0);
  });

  it("asks who made a claim only with its date, among two or three other voices of that time: undated, \"Who wrote that …?\" named the one analyst of 2024", () => {
    let attributions = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "attribution") continue;
      attributions++;
      expect(item.client.prompt).not.toMatch(/^Who /);
      expect(item.isLastResort, item.client.prompt).toBe(false);
    }
    if (name === "pak-us-relations") expect(attributions).toBeGreaterThan(0);
  });

  it("never asks two choice items with the same right option in one quiz", () => {
    let choiceQuizzes = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      const rightOptions = quiz.items.flatMap((item) => {
        const answer = quiz.key[item.id]?.answer;
        const optionId = answer?.kind === "option" || answer?.kind === "text" ? answer.optionId : undefined;
        const options = "options" in item ? item.options : undefined;
        return options && optionId ? [norm(options.find((option) => option.id === optionId)?.text ?? "")] : [];
      });
      if (rightOptions.length > 1) choiceQuizzes++;
      expect(new Set(rightOptions).size, `${String(modules)} ${seed}: ${rightOptions.join(" | ")}`).toBe(rightOptions.length);
    }
    expect(choiceQuizzes).toBeGreaterThan(0);
  });

  it("gives a seed the same quiz whatever the engine generated before it: what it remembers depends on the pack alone", () => {
    // A fresh copy has a fresh index. Every item over every module once named the pack's facts in their file
    // order under the scope id a quiz over all modules uses, and that quiz changed.
    const fresh = (): LoadedPack => ({ ...pack });
    const before = seeds.slice(0, 10).map((seed) => generateQuiz(fresh(), { modules: "all", count: 20, seed }));
    const warmed = fresh();
    for (const seed of seeds) generateAllItemsDetailed(warmed, { seed });
    seeds.slice(0, 10).forEach((seed, i) => expect(generateQuiz(warmed, { modules: "all", count: 20, seed }), seed).toEqual(before[i]));
  });

  it("puts an ordering item in every mixed quiz whose modules' events can be ordered: drawn among the matching kinds, it came into one in five", () => {
    // 604, 663, 688 and quiz-17 drew a second ordering while a type's share could still grow to let a fact in.
    const orderable = [...seeds, "604", "663", "688"].filter((seed) => generateAllItemsDetailed(pack, { seed, types: ["ordering"] }).length > 0);
    expect(orderable.length).toBeGreaterThan(0);
    for (const seed of orderable) {
      const quiz = generateQuiz(pack, { modules: "all", count: 20, seed });
      // One: a later ordering is drawn only for a quiz running short, and this one has plenty to ask.
      expect(quiz.items.filter((item) => item.type === "ordering"), seed).toHaveLength(1);
    }
  });

  it("never matches a source's author to a role: the citation under every item from the source names its author beside its title", () => {
    const authors = new Set(pack.sources.flatMap((source) => (source.author ? [norm(source.author)] : [])));
    let people = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "matching" || !item.client.prompt.startsWith("Match each person")) continue;
      for (const pair of item.client.left) {
        people++;
        expect(authors.has(norm(pair.text)), pair.text).toBe(false);
      }
    }
    expect(people).toBeGreaterThan(0);
  });

  it("never pairs up one acronym, person or event in two matching items of a quiz, and asks more than one of a kind when a learner asks only for matching", () => {
    let matchings = 0;
    for (const seed of seeds) {
      const quiz = generateQuiz(pack, { modules: "all", count: 10, seed, types: ["matching"] });
      matchings += quiz.items.length;
      const subjects = quiz.items.flatMap((item) => (item.type === "matching" ? item.left.map((pair) => norm(pair.text)) : []));
      // "DW" came up in the module's acronym matching and in the one over all modules, in 48 quizzes of 60.
      expect(subjects.filter((subject, i) => subjects.indexOf(subject) !== i), seed).toEqual([]);
    }
    // One of each kind per scope gave 3.6 a quiz once the repeats went; 4.48 later, and 3.76 once a
    // person-role item no longer meets another that names one of its people with the post (the year of
    // "the Obama-Gilani meeting", whose feedback names "US President Barack Obama and Pakistan's Prime
    // Minister, Yusuf Raza Gilani").
    if (name === "pak-us-relations") expect(matchings / seeds.length).toBeGreaterThanOrEqual(3.7);
  });

  it("asks as many orderings as the events allow when a learner asks only for orderings, no event in two of them", () => {
    let orderings = 0;
    for (const seed of seeds) {
      const quiz = generateQuiz(pack, { modules: "all", count: 5, seed, types: ["ordering"] });
      orderings += quiz.items.length;
      const eventGroups = quiz.items.flatMap((item) => (quiz.key[item.id]?.factIds ?? []).map((id) => index.groupOf.get(id) ?? id));
      expect(new Set(eventGroups).size, seed).toBe(eventGroups.length);
    }
    // Before, a quiz built one ordering per scope: one question from the pack's 19 orderable events, whatever was asked for.
    if (name === "pak-us-relations") expect(orderings / seeds.length).toBeGreaterThanOrEqual(3);
  });

  it("never offers one clause in two cause-and-effect items of a quiz that does not run short: a learner would rule out the one just marked wrong", () => {
    // Without the authors' own wrong effects every item borrows other facts' clauses, as a new pack's do.
    const borrowing: LoadedPack = { ...pack, facts: pack.facts.map((fact) => ({ ...fact, wrongEffects: undefined })) };
    const clausesOf = (quiz: Quiz) => quiz.items.flatMap((item) => (item.type === "cause-effect" ? item.options.map((option) => option.text) : []));
    const repeats = (clauses: string[]) => clauses.length - new Set(clauses).size;
    // The bank does offer the same clause in several items: the rule has something to keep apart.
    const clauseFacts = new Map<string, Set<string>>();
    for (const { client, key } of seeds.slice(0, 10).flatMap((seed) => generateAllItemsDetailed(borrowing, { seed }))) {
      if (client.type !== "cause-effect") continue;
      for (const option of client.options) clauseFacts.set(option.text, (clauseFacts.get(option.text) ?? new Set()).add(key.factIds.join("+")));
    }
    if (name === "pak-us-relations") expect([...clauseFacts.values()].some((facts) => facts.size > 1)).toBe(true);
    let shortWithRepeats = 0;
    for (const seed of seeds) {
      for (const modules of [...pack.modules.map((m) => [m.id]), "all" as const]) {
        const quiz = generateQuiz(borrowing, { modules, count: 20, seed });
        if (quiz.items.length === 20) expect(repeats(clausesOf(quiz)), `${String(modules)} ${seed}: ${clausesOf(quiz).join(" | ")}`).toBe(0);
        else if (repeats(clausesOf(quiz)) > 0) shortWithRepeats++;
      }
    }
    // A module too small for 20 items takes what it has in its last pass, repeats included.
    if (name === "pak-us-relations") expect(shortWithRepeats).toBeGreaterThan(0);
  });

  it("asks one fact per source paragraph while the bank has others: facts of one paragraph restate each other", () => {
    for (const seed of seeds) {
      const quiz = generateQuiz(pack, { modules: "all", count, seed });
      const cited = quiz.items.flatMap((item) => {
        const factIds = quiz.key[item.id]?.factIds ?? [];
        const fact = factIds.length === 1 ? index.factById.get(factIds[0] ?? "") : undefined;
        return fact ? fact.sources.map((ref) => `${ref.source} para. ${ref.para}`) : [];
      });
      expect(cited.filter((paragraph, i) => cited.indexOf(paragraph) !== i), seed).toEqual([]);
    }
  });

  it("gives no typed name, number or date away in another item's feedback or its sources' bylines and titles, not even in a small module's last pass: practice shows them before the next item (\"After Osama Bin Laden, …\" answered \"after which man was killed? (O)\")", () => {
    let [typed, figures] = [0, 0];
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const key = quiz.key[item.id];
        if (!key || key.answer.kind !== "text") continue;
        const isFigure = key.answer.accepted.kind !== "name";
        if (!isFigure && "options" in item && item.options) continue;
        if (isFigure) figures++;
        else typed++;
        const asked = norm(key.expected);
        for (const other of quiz.items) {
          if (other.id === item.id) continue;
          // As in the check on shown text: "2" may stand in "$2 billion" or "$2.5 billion".
          const otherKey = quiz.key[other.id];
          const bylines = (otherKey?.citations ?? []).flatMap(({ publisher, author, title }) => [publisher ?? "", author ?? "", title]);
          const rests = norm([otherKey?.explanation ?? "", ...bylines].join(" ")).split(asked).slice(1);
          const shown = /^ \d+ $/.test(asked) ? rests.some((rest) => !scaled.test(rest)) : rests.length > 0;
          expect(shown, `${key.expected} in the feedback of ${other.id} (${String(modules)}, ${seed})`).toBe(false);
        }
      }
    }
    expect(typed).toBeGreaterThan(seeds.length);
    expect(figures).toBeGreaterThan(seeds.length);
  });

  it("counts a person-post pair as practice of the fact that says the post (the 2014 Nobel Peace Prize, not Malala's campaigning)", () => {
    let checked = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type !== "matching" || item.client.matchKind !== "person-role" || item.key.answer.kind !== "pairs") continue;
      const { pairs } = item.key.answer;
      for (const left of item.client.left) {
        const post = item.client.right.find((right) => right.id === pairs[left.id])?.text ?? "";
        if (left.text !== "Malala Yousafzai" || !post.includes("Nobel")) continue;
        checked++;
        expect(item.key.factIds).toContain("resume-2014-malala-nobel-peace-prize");
      }
    }
    if (name === "pak-us-relations") expect(checked).toBeGreaterThan(0);
  });

  it("shows no person a matching item pairs with a post beside that post's words, in another item or its feedback (\"Pakistan's Prime Minister, Yusuf Raza Gilani\")", () => {
    let pairs = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const key = quiz.key[item.id];
        if (item.type !== "matching" || item.matchKind !== "person-role" || key?.answer.kind !== "pairs") continue;
        for (const left of item.left) {
          const person = pack.entities.find((entity) => entity.name === left.text);
          const post = item.right.find((right) => right.id === (key.answer as { pairs: Record<string, string> }).pairs[left.id])?.text.replace(/ \([^)]*\)$/, "") ?? "";
          if (!person) continue;
          pairs++;
          const postWords = contentWords(post);
          const names = (index.formsOf.get(person.id) ?? []).map(norm);
          for (const other of quiz.items) {
            if (other.id === item.id) continue;
            for (const text of [JSON.stringify(other), quiz.key[other.id]?.explanation ?? ""]) {
              const shared = [...postWords].filter((word) => contentWords(text).has(word)).length;
              const named = names.some((name) => norm(text).includes(name));
              expect(named && (shared >= 2 || shared * 2 >= postWords.size), `${left.text} – ${post} in ${other.id} (${String(modules)}, ${seed})`).toBe(false);
            }
          }
        }
      }
    }
    if (name === "pak-us-relations") expect(pairs).toBeGreaterThan(seeds.length);
  });

  /**
   * Checks every quiz for items whose right name `answerOf` gives (null to skip the item), with the words
   * it asks about: no other item's explanation may hold the name with 30% or more of those words.
   * Returns how many items it checked.
   */
  const expectNoFeedbackNamesBeside = (answerOf: (item: ClientItem, quiz: Quiz) => { right: string; words: ReadonlySet<string> } | null) => {
    const names = new Set([...index.formsOf.values()].flat().map(norm));
    let checked = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const asked = answerOf(item, quiz);
        if (!asked || !names.has(norm(asked.right)) || asked.words.size === 0) continue;
        checked++;
        for (const other of quiz.items) {
          const feedback = quiz.key[other.id]?.explanation ?? "";
          if (other.id === item.id || !norm(feedback).includes(norm(asked.right))) continue;
          const feedbackWords = contentWords(feedback);
          const shared = [...asked.words].filter((word) => feedbackWords.has(word)).length;
          expect(shared / asked.words.size, `${item.type === "true-false" ? item.statement : item.prompt} | ${feedback} (${String(modules)}, ${seed})`).toBeLessThan(0.3);
        }
      }
    }
    return checked;
  };

  it("lets no other item's feedback settle a true/false statement on a swapped name, by the right name with the statement's words", () => {
    // "The Pentagon and NATO inquiries …" answered "the Central Intelligence Agency and NATO each carried out its own investigation".
    const statements = expectNoFeedbackNamesBeside((item, quiz) => {
      if (item.type !== "true-false") return null;
      const right = /^False: the sources? gives? (?:the )?(.+?), not /.exec(quiz.key[item.id]?.explanation ?? "")?.[1];
      return right === undefined ? null : { right, words: contentWords(`${item.prompt} ${item.statement}`) };
    });
    if (name === "pak-us-relations") expect(statements).toBeGreaterThan(seeds.length);
  });

  it("lets no other item's feedback name a chosen answer beside the question's words: \"According to Shakoor Rahim, the parties protested against reopening the NATO supply route\" answered \"who judged that letting NATO supplies through again would be hard?\"", () => {
    const questions = expectNoFeedbackNamesBeside((item, quiz) =>
      "options" in item && item.options !== undefined ? { right: quiz.key[item.id]?.expected ?? "", words: contentWords(item.prompt) } : null,
    );
    if (name === "pak-us-relations") expect(questions).toBeGreaterThan(seeds.length);
  });

  it("lets no other item tell the post of a person a false statement puts in another post (\"Mattis commanded US Central Command\" beside \"Mattis was the NATO commander: true or false?\"), nor show that person (\"commentator Harris Khalique\")", () => {
    const entityByName = new Map([...index.formsOf].flatMap(([id, forms]) => forms.map((form) => [norm(form), id] as const)));
    const postsOf = (entityId: string) => pack.facts.filter((fact) => fact.kind === "person-role" && fact.entityIds.includes(entityId));
    let statements = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const key = quiz.key[item.id];
        const fact = index.factById.get(key?.factIds[0] ?? "");
        if (item.type !== "true-false" || fact?.kind !== "person-role") continue;
        const swappedIn = /^False: the sources? gives? .+?, not (?:the )?(.+?)\. /.exec(key?.explanation ?? "")?.[1];
        const person = entityByName.get(norm(swappedIn ?? ""));
        if (person === undefined || index.entityById.get(person)?.kind !== "person") continue;
        statements++;
        const entity = index.entityById.get(person);
        const names = [entity?.name ?? "", ...(entity?.aliases ?? [])].map(norm).filter((name) => name.trim().includes(" "));
        for (const other of quiz.items) {
          if (other === item) continue;
          const showsPerson = shownTexts(other).some((text) => names.some((name) => norm(text).includes(name)));
          expect(showsPerson, `${item.statement} | ${other.prompt} (${String(modules)}, ${seed})`).toBe(false);
        }
        for (const post of postsOf(person)) {
          for (const other of quiz.items) {
            const otherKey = quiz.key[other.id];
            const tells = otherKey?.factIds.includes(post.id) === true || (otherKey?.explanation ?? "").includes(post.plainText);
            expect(tells, `${item.statement} | ${post.plainText} (${String(modules)}, ${seed})`).toBe(false);
          }
        }
      }
    }
    if (name === "pak-us-relations") expect(statements).toBeGreaterThan(0);
  });

  it("lets no other item's feedback say again the fact an author's false statement, or its true twin, turns on", () => {
    let statements = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const fact = index.factById.get(quiz.key[item.id]?.factIds[0] ?? "");
        if (item.type !== "true-false" || fact?.falseStatement === undefined || ![fact.plainText, fact.falseStatement].includes(item.statement)) continue;
        statements++;
        const claim = [...tellingWords(index, fact.plainText)];
        for (const other of quiz.items) {
          if (other.id === item.id) continue;
          const feedback = quiz.key[other.id]?.explanation ?? "";
          const feedbackWords = contentWords(feedback);
          const shared = claim.filter((word) => feedbackWords.has(word)).length;
          expect(shared >= 2 && shared >= claim.length / 2, `${item.statement} | ${feedback} (${String(modules)}, ${seed})`).toBe(false);
        }
      }
    }
    if (name === "pak-us-relations") expect(statements).toBeGreaterThan(seeds.length);
  });

  it("lets no other item show, or explain, what an author's false statement claims instead (\"… kept its distance from Pakistan once the Afghan jihad was over\" beside \"the United States kept its distance from Pakistan during the Afghan jihad: true or false?\")", () => {
    let statements = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const fact = index.factById.get(quiz.key[item.id]?.factIds[0] ?? "");
        if (item.type !== "true-false" || fact?.falseStatement === undefined || item.statement !== fact.falseStatement) continue;
        const factWords = contentWords(fact.plainText);
        const claimedInstead = [...tellingWords(index, fact.falseStatement)].filter((word) => !factWords.has(word));
        if (claimedInstead.length === 0) continue;
        statements++;
        for (const other of quiz.items) {
          if (other.id === item.id) continue;
          for (const text of [shownTexts(other).join(" "), quiz.key[other.id]?.explanation ?? ""]) {
            const words = contentWords(text);
            const shared = claimedInstead.filter((word) => words.has(word)).length;
            expect(shared >= 2 && shared >= claimedInstead.length / 2, `${item.statement} | ${text} (${String(modules)}, ${seed})`).toBe(false);
          }
        }
      }
    }
    if (name === "pak-us-relations") expect(statements).toBeGreaterThan(seeds.length);
  });

  it("never asks a fact that an acronym's description in a matching item of its quiz says again (\"the project … by which Pakistan has tried to draw closer to Beijing\" beside \"Pakistan has tried to draw closer to China by way of CPEC: true or false?\")", () => {
    const stems = (words: Iterable<string>) => new Set([...words].map((word) => word.replace(/s$/, "")));
    let descriptions = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        if (item.type !== "matching" || item.matchKind !== "acronym") continue;
        for (const { text } of item.right) {
          const entity = pack.entities.find((candidate) => candidate.description !== undefined && norm(candidate.description) === norm(text));
          if (!entity?.description) continue;
          descriptions++;
          const names = stems(contentWords(`${entity.name} ${entity.acronym ?? ""}`));
          const described = [...stems(tellingWords(index, entity.description))].filter((stem) => !names.has(stem));
          for (const other of quiz.items) {
            if (other.id === item.id) continue;
            for (const factId of quiz.key[other.id]?.factIds ?? []) {
              const fact = index.factById.get(factId);
              if (!fact?.entityIds.includes(entity.id)) continue;
              const said = stems(contentWords(fact.plainText));
              expect(described.filter((stem) => said.has(stem)).length, `${text} | ${fact.plainText} (${String(modules)}, ${seed})`).toBeLessThan(2);
            }
          }
        }
      }
    }
    if (name === "pak-us-relations") expect(descriptions).toBeGreaterThan(seeds.length);
  });

  it("never asks for the same answer twice in one quiz, not even in a small module's last pass", () => {
    // After practice feedback showed "Naeem Ahmed" for one blank, "Which professor …? (N)" was answered from it;
    // "the _____ raid (B)" answered "the raid which killed _____ (O)": one man, written two ways.
    const entityOfName = new Map<string, string>();
    for (const [id, forms] of index.formsOf) for (const form of forms) entityOfName.set(norm(form), id);
    const answerOf = (expected: string) => entityOfName.get(norm(expected)) ?? norm(expected);
    let short = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      if (quiz.items.length < 20) short++;
      const answers = quiz.items.filter((item) => !["true-false", "ordering", "matching"].includes(item.type)).map((item) => answerOf(quiz.key[item.id]?.expected ?? ""));
      expect(new Set(answers).size, `${String(modules)} ${seed}: ${answers.join(" | ")}`).toBe(answers.length);
    }
    // Small modules do reach their last pass, where the rule used to give way.
    if (name === "pak-us-relations") expect(short).toBeGreaterThan(0);
  });

  it("never asks in a one-module quiz for a year or a typed name its module's title shows", () => {
    // "2011: Abbottabad and the NATO border strike" heads every item of its quiz.
    let asked = 0;
    for (const moduleDef of pack.modules) {
      const title = norm(moduleDef.title);
      for (const seed of seeds.slice(0, 10)) {
        const quiz = generateQuiz(pack, { modules: [moduleDef.id], count: 20, seed });
        for (const item of quiz.items) {
          const key = quiz.key[item.id];
          if (key?.answer.kind !== "text" || key.answer.optionId !== undefined) continue;
          asked++;
          const forms = key.answer.accepted.kind === "name" ? key.answer.accepted.forms : [key.expected];
          for (const form of forms) expect(title.includes(norm(form)), `${moduleDef.title}: ${form} (${seed})`).toBe(false);
        }
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it("never swaps the writer or publisher of a fact's own source into a false statement", () => {
    // "A Deutsche Welle factbox of October 2010" tests which outlet a learner read, not what happened.
    let checked = 0;
    for (const { statement, fact } of falseStatementsOverSeeds()) {
      for (const ref of fact.sources) {
        const source = pack.sources.find((s) => s.id === ref.source);
        const byline = norm(`${source?.author ?? ""} ${source?.publisher ?? ""}`);
        for (const mark of fact.marks) {
          if (mark.ref.type !== "entity" || !byline.includes(norm(mark.text))) continue;
          checked++;
          expect(norm(statement), `${fact.id}: ${statement}`).toContain(norm(mark.text));
        }
      }
    }
    if (name === "pak-us-relations") expect(checked).toBeGreaterThan(0);
  });

  it("rates a fact's true and false statements alike: the difficulty the learner's page receives with a true/false item says nothing of its answer", () => {
    // Rated apart, every "medium" true/false item was false (quiz audit of 7 December: 37 of 37).
    const context = { index, seed: "difficulty" };
    let pairs = 0;
    for (const fact of pack.facts) {
      const twins = trueFalseTwins(context, fact);
      if (!twins) continue;
      pairs++;
      expect(twins.twin().client.difficulty, fact.id).toBe(twins.seeded.client.difficulty);
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it("never swaps out a name that the card of another name in the sentence is described by, in its description or a role (\"the Tehrik-i-Taliban Pakistan leader Osama bin Laden\")", () => {
    // The lesson's cards settle such a statement: bin Laden is "al-Qaeda's leader", the Haqqani network "a faction of the Afghan Taliban",
    // George Little's role the "Pentagon Press Secretary".
    let checked = 0;
    for (const { statement, fact } of falseStatementsOverSeeds()) {
      if (fact.falseStatement === statement) continue;
      const entityMarks = fact.marks.flatMap((mark) => (mark.ref.type === "entity" ? [{ text: mark.text, id: mark.ref.id }] : []));
      for (const described of entityMarks) {
        const entity = index.entityById.get(described.id);
        const card = norm([entity?.description ?? "", ...(entity?.roles ?? []).map((role) => role.title)].join(" "));
        for (const mark of entityMarks) {
          const names = [mark.text, ...(index.formsOf.get(mark.id) ?? [])].filter((form) => form.length > 1);
          if (mark.id === described.id || !names.some((form) => card.includes(norm(form)))) continue;
          checked++;
          expect(norm(statement), `${fact.id}: ${statement}`).toContain(norm(mark.text));
        }
      }
    }
    if (name === "pak-us-relations") expect(checked).toBeGreaterThan(0);
  });

  it("puts no name after a title its bearer is never given (\"US President James Mattis\", \"Colonel Leon Panetta\")", () => {
    const titled = /\b(general|colonel|admiral|president|minister|secretary|professor|correspondent|spokesman|ambassador)\s*$/i;
    const entityNamed = (name: string) => pack.entities.find((entity) => entity.name === name);
    const check = (title: string, name: string, where: string) => {
      const entity = entityNamed(name);
      if (entity) expect(entityProfile(index, entity.id).kindWords.has(title.toLowerCase()), `${name} as ${title}: ${where}`).toBe(true);
    };
    // Blanks after a title ("In late 2014 Colonel _____"): typed when too few others bear it.
    let titledBlanks = 0;
    for (const item of itemsOverSeeds) {
      if (item.client.type === "cloze") {
        const title = titled.exec(item.client.before)?.[1];
        if (title) titledBlanks++;
        if (title && item.client.options) for (const option of item.client.options) check(title, option.text, item.client.before);
      }
      if (item.client.type === "true-false" && item.key.answer.kind === "boolean" && !item.key.answer.value) {
        const swappedIn = /not (?:the )?(.+?)\. /.exec(item.key.explanation)?.[1] ?? "";
        const at = item.client.statement.indexOf(swappedIn);
        const title = swappedIn && at > 0 ? titled.exec(item.client.statement.slice(0, at))?.[1] : undefined;
        if (title) check(title, swappedIn, item.client.statement);
      }
    }
    if (name === "pak-us-relations") expect(titledBlanks).toBeGreaterThan(0);
  });

  it("keeps true and false near even in quizzes that run out of facts, where statements are taken without their twins", () => {
    // Modules too small for twenty items reach the last pass, where a true statement fits less often than a false one.
    const answers = { true: 0, false: 0 };
    for (const seed of seeds) {
      for (const unit of pack.modules) {
        const quiz = generateQuiz(pack, { modules: [unit.id], count: 20, seed });
        for (const item of quiz.items) {
          const answer = quiz.key[item.id]?.answer;
          if (answer?.kind === "boolean") answers[answer.value ? "true" : "false"]++;
        }
      }
    }
    const total = answers.true + answers.false;
    expect(total).toBeGreaterThan(20);
    // The real pack: 54% "false" (236 of 438); 58% (280 of 481) when the last pass took any lone statement.
    expect(answers.false / total).toBeLessThan(0.56);
  });

  it("takes a true/false item only when its twin with the other answer fits too: its answer never depends on what else the quiz asks", () => {
    // Ten items from the whole bank never reach the last pass, which may take a statement whose twin does not fit.
    const context = { index, seed: "" };
    let checked = 0;
    for (const seed of seeds) {
      const quiz = generateQuiz(pack, { modules: "all", count: 10, seed, types: ["true-false", "cloze", "short-answer", "multiple-choice"] });
      const chosen = quiz.items.map((item) => {
        const key = quiz.key[item.id];
        const fact = index.factById.get(key?.factIds[0] ?? "");
        if (!key || !fact) throw new Error(`no key or fact for ${item.id}`);
        // A true/false item is its fact's seeded statement, or the twin where the quiz evens out its answers.
        const twins = key.type === "true-false" ? trueFalseTwins({ ...context, seed }, fact) : null;
        const generated = twins ? [twins.seeded, twins.twin()].find((one) => isDeepStrictEqual(one.key.answer, key.answer)) : generateOne({ ...context, seed }, fact, key.type);
        expect(generated?.client).toEqual(item);
        return generated as NonNullable<typeof generated>;
      });
      for (const item of chosen) {
        if (item.key.type !== "true-false") continue;
        const fact = index.factById.get(item.key.factIds[0] ?? "");
        const twins = fact && trueFalseTwins({ ...context, seed }, fact);
        const twin = twins && [twins.seeded, twins.twin()].find((one) => !isDeepStrictEqual(one.key.answer, item.key.answer));
        if (!twin) throw new Error(`no twin for ${item.client.id}`);
        expect(twin.key.answer).not.toEqual(item.key.answer);
        for (const other of chosen) {
          if (other === item) continue;
          expect(givesAway(twin, other) || givesAway(other, twin), `${twin.client.id} beside ${other.client.id} (${seed})`).toBe(false);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  /**
   * Expects no other item of any quiz (every module and all, every seed) to state the name `asked` finds
   * for an item beside one of the fact's other names; returns how many items it checked.
   */
  const expectNotStatedBeside = (asked: (item: ClientItem, key: Quiz["key"][string]) => { answerId: string; besideIds: string[] } | null) => {
    const formsOf = (id: string) => (index.formsOf.get(id) ?? []).map(norm);
    let checked = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      for (const item of quiz.items) {
        const key = quiz.key[item.id];
        const pair = key && asked(item, key);
        const about = (pair?.besideIds ?? []).filter((id) => !isEverywhere(index, id)).flatMap(formsOf);
        if (!pair || about.length === 0) continue;
        checked++;
        for (const other of quiz.items) {
          if (other === item) continue;
          const text = statedText(other);
          const beside = formsOf(pair.answerId).some((form) => text.includes(form)) && about.some((form) => text.includes(form));
          expect(beside, `${item.prompt} ${item.type === "true-false" ? item.statement : ""} beside ${text} (${String(modules)} ${seed})`).toBe(false);
        }
      }
    }
    return checked;
  };
  const entityNamed = (name: string) => pack.entities.find((entity) => entity.name === name.replace(/^the /, ""));

  it("never states a false statement's swapped-out name beside the fact's other names in another item of its quiz", () => {
    // "George Little of the Pentagon said …" settled "the Central Intelligence Agency Press Secretary, George Little, …: true or false?"
    const swaps = expectNotStatedBeside((_item, key) => {
      const [, right] = /^False: the sources? gives? (.+?), not /.exec(key.explanation) ?? [];
      const rightEntity = entityNamed(right ?? "");
      const fact = index.factById.get(key.factIds[0] ?? "");
      return rightEntity && fact ? { answerId: rightEntity.id, besideIds: fact.entityIds.filter((id) => id !== rightEntity.id) } : null;
    });
    if (name === "pak-us-relations") expect(swaps).toBeGreaterThan(0);
  });

  it("never states an attribution's answer beside what its claim is about in another item of its quiz", () => {
    // "Minahil Changez holds that the raid in Abbottabad showed …" answered "Who argued that the Abbottabad raid laid bare …?"
    const checked = expectNotStatedBeside((item, key) => {
      const claimant = entityNamed(key.expected);
      const fact = index.factById.get(key.factIds[0] ?? "");
      if (item.type !== "attribution" || !claimant || !fact) return null;
      return { answerId: claimant.id, besideIds: fact.entityIds.filter((id) => !fact.claimedBy?.includes(id)) };
    });
    if (name === "pak-us-relations") expect(checked).toBeGreaterThan(0);
  });

  it("evens out a quiz's true/false answers: never more than two of one beyond the other", () => {
    // By the coin alone, a 20-question quiz on the regional picture answered "false" 12 times in 15.
    let evened = 0;
    for (const { modules, seed, quiz } of quizzesOfEveryScope()) {
      const answers = Object.values(quiz.key).flatMap(({ answer }) => (answer.kind === "boolean" ? [answer.value] : []));
      const trueCount = answers.filter(Boolean).length;
      const ahead = Math.abs(2 * trueCount - answers.length);
      expect(ahead, `${String(modules)} ${seed}: ${trueCount} true of ${answers.length}`).toBeLessThanOrEqual(2);
      if (answers.length >= 6) evened++;
    }
    if (name === "pak-us-relations") expect(evened).toBeGreaterThan(seeds.length);
  });

  it("rejects impossible requests with InvalidRequestError", () => {
    expect(() => generateQuiz(pack, { modules: ["no-such-module"], count: 5, seed: "x" })).toThrow(InvalidRequestError);
    expect(() => generateQuiz(pack, { modules: "all", count: 0, seed: "x" })).toThrow(InvalidRequestError);
    expect(() => generateQuiz(pack, { modules: "all", count: 5, seed: "" })).toThrow(InvalidRequestError);
    expect(() => generateQuiz(pack, { factIds: ["no-such-fact"], count: 5, seed: "x" })).toThrow(InvalidRequestError);
  });
});

describe("ambiguity traps (fixture)", () => {
  const pack = fixturePack;
  const allItems = Array.from({ length: 30 }, (_, i) => generateAllItemsDetailed(pack, { seed: `trap-${i}` })).flat();

  it("a figure that changed between years: dated stems, never the other year's figure", () => {
    const aidItems = allItems.filter((item) => item.key.factIds.some((id) => id === "aid-2010" || id === "aid-2014"));
    expect(aidItems.length).toBeGreaterThan(0);
    for (const item of aidItems) {
      const text = JSON.stringify(item.client);
      const isQuantityQuestion = item.client.type === "multiple-choice" || item.client.type === "short-answer";
      if (isQuantityQuestion) expect(item.client.prompt).toMatch(/\b(2010|2014)\b/);
      if (item.key.factIds.includes("aid-2010")) expect(text).not.toContain("$1.5 billion");
      if (item.key.factIds.includes("aid-2014") && item.client.type !== "true-false") expect(text).not.toContain("$2 billion");
    }
    // "More than $2 billion" is a bound: no other value can be proved wrong, so no choice item offers one.
    for (const item of allItems.filter((i) => i.key.factIds.includes("aid-over-2-billion"))) {
      const options = "options" in item.client ? (item.client.options ?? []) : [];
      expect(options.filter((option) => option.text.startsWith("$"))).toEqual([]);
    }
  });

  it("a cloze does not blank the countries the pack is about while the fact has anything else to blank: a learner would write them in any blank", () => {
    const clozes = allItems.filter((item) => item.client.type === "cloze");
    expect(clozes.length).toBeGreaterThan(0);
    const answers = new Set(clozes.map((item) => item.key.expected));
    expect(answers.has("Pakistan") || answers.has("United States")).toBe(false);
    // Other names are still blanked.
    expect(clozes.some((item) => /^[A-Z]/.test(item.key.expected) && !/\d/.test(item.key.expected))).toBe(true);
  });

  it("a government's or institution's position gets no true/false item: with another party swapped in, a false version may be true elsewhere", () => {
    const positionIds = new Set(pack.facts.filter((fact) => fact.kind === "position").map((fact) => fact.id));
    const fromPositions = allItems.filter((item) => positionIds.has(item.key.factIds[0] ?? ""));
    expect(fromPositions.length).toBeGreaterThan(0);
    expect(fromPositions.filter((item) => item.client.type === "true-false")).toEqual([]);
  });

  it("a how-many question's explanation adds the figure in digits only where the text spells it out", () => {
    const quantityChoices = (factId: string) =>
      allItems.filter((item) => item.key.factIds[0] === factId && item.client.type === "multiple-choice" && /how many/i.test(item.client.prompt));
    const spelledOut = quantityChoices("nangarhar-strike-three");
    const inDigits = quantityChoices("border-strike-toll");
    expect(spelledOut.length).toBeGreaterThan(0);
    expect(inDigits.length).toBeGreaterThan(0);
    for (const item of spelledOut) expect(item.key.explanation).toMatch(/killed three militants\. In figures: 3 militants\.( Compare another source's account: [^]*)?$/);
    for (const item of inDigits) expect(item.key.explanation).not.toContain("In figures");
  });

  it("two people who held the same role at different times: matched by role at the time, never both", () => {
    const roleItems = allItems.filter((item) => item.client.type === "matching" && item.client.matchKind === "person-role");
    expect(roleItems.length).toBeGreaterThan(0);
    for (const item of roleItems) {
      if (item.client.type !== "matching") continue;
      const names = item.client.left.map((o) => o.text);
      expect(names.includes("Leon Panetta") && names.includes("Robert Gates")).toBe(false);
      for (const right of item.client.right) expect(right.text).toMatch(/\((\d{1,2} )?([A-Z][a-z]+ )?\d{4}\)$/);
    }
    // And "who was Defense Secretary in 2010?" never offers the other secretary, who held it in 2012.
    for (const item of allItems.filter((i) => i.key.factIds[0] === "gates-defense-secretary" && i.client.type === "multiple-choice")) {
      expect(JSON.stringify(item.client)).toContain("Robert Gates");
    }
  });

  it("an event recorded by two sources: never both in one quiz, and neither gives the other away", () => {
    const twins = new Set(["abbottabad-raid", "abbottabad-compound-raided", "border-strike", "border-strike-toll", "nangarhar-strike-three", "nangarhar-strike-five"]);
    for (let i = 0; i < 60; i++) {
      const quiz = generateQuiz(pack, { modules: "all", count: 12, seed: `twins-${i}` });
      const used = factIdsOf(quiz).filter((id) => twins.has(id));
      expect(used.filter((id) => id.startsWith("abbottabad-")).length).toBeLessThanOrEqual(1);
      expect(used.filter((id) => id.startsWith("border-strike")).length).toBeLessThanOrEqual(1);
      expect(used.filter((id) => id.startsWith("nangarhar-")).length).toBeLessThanOrEqual(1);
    }
    // The toll question's distractors avoid nothing it should not, and the conflicting count is never offered.
    for (const item of allItems.filter((i) => i.key.factIds[0] === "nangarhar-strike-three" && i.client.type === "multiple-choice")) {
      if (item.client.type === "multiple-choice") expect(item.client.options.map((o) => o.text)).not.toContain("5");
    }
    // The raid's city question never offers a city that another account of the raid names.
    for (const item of allItems.filter((i) => i.key.factIds[0] === "abbottabad-raid" && i.client.type === "multiple-choice")) {
      if (item.client.type === "multiple-choice") expect(item.client.options.filter((o) => o.text === "Abbottabad").length).toBe(1);
    }
  });
});

describe("date options for an event dated by two facts", () => {
  it("offers other days of the month when the coarser fact gives only the month", () => {
    const index = indexPack(fixturePack);
    const raid = index.factById.get("abbottabad-raid") as LoadedPack["facts"][number];
    const compound = index.factById.get("abbottabad-compound-raided") as LoadedPack["facts"][number];
    expect(index.groupOf.get(raid.id)).toBe(index.groupOf.get(compound.id));
    // "May 2011" contains 2 May 2011: it rules out no other day of May.
    expect(dateDistractors(index, raid).filter((date) => date.value?.startsWith("2011-05-")).length).toBeGreaterThan(0);
    // The month is still no wrong answer for the fact dated to it.
    expect(dateDistractors(index, compound).map((date) => date.value)).not.toContain("2011-05");
  });
});

/** Another item of a quiz, as the give-away checks read it: the words it shows. */
const itemShowing = (text: string) => ({ visibleNormal: paddedNormal(text), visibleWords: contentWords(text) }) as GeneratedItem;

describe("an event's date in another item", () => {
  const index = indexPack(fixturePack);
  const ordering = orderingItem({ index, seed: "event-dates" }, fixturePack.facts, "fixture-events");

  it("gives an ordering away beside a name of that event, not beside another event's names", () => {
    if (!ordering) throw new Error("the fixture supports an ordering item");
    const dates = ordering.answersBeside.map((event) => event.answer);
    const event = ordering.answersBeside.find((candidate) => candidate.names.length > 0 && dates.filter((date) => date === candidate.answer).length === 1);
    if (!event) throw new Error("the ordering has an event with a date of its own and a name");
    expect(givesAway(ordering, itemShowing(`In ${event.answer} a treaty nobody here names was signed`))).toBe(false);
    expect(givesAway(ordering, itemShowing(`In ${event.answer} ${event.names[0]} was in the news`))).toBe(true);
    expect(givesAway(ordering, itemShowing(`${event.names[0]} was in the news`))).toBe(false);
  });
});

describe("a typed name in another item", () => {
  const deal = {
    answerTexts: [],
    answersBeside: [],
    answerNames: ["civil nuclear cooperation agreement", "nuclear deal"],
    contextWords: contentWords("which 2008 agreement between Washington and New Delhi deepened Pakistan's fear"),
    soleAnswer: { isChosen: false },
  } as unknown as GeneratedItem;

  it("is given away by its words apart, not by some of them (quiz audit of 7 December)", () => {
    expect(givesAway(deal, itemShowing("Pakistan asked for civil nuclear cooperation like the agreement Washington had with India"))).toBe(true);
    expect(givesAway(deal, itemShowing("Pakistan asked for civil nuclear cooperation"))).toBe(false);
    expect(givesAway(deal, itemShowing("Islamabad's nuclear programme worried Washington"))).toBe(false);
  });
});

describe("a cause's right effect echoed in another item", () => {
  const ownWords = (text: string) => new Set([...contentWords(text)].filter((word) => !["pakistan", "united", "states"].includes(word)));
  const sidedWithUs = {
    answerTexts: [],
    answersBeside: [],
    answerNames: [],
    contextWords: new Set<string>(),
    optionWords: {
      right: ownWords("Pakistan was rewarded with American military and economic aid"),
      wrong: ["Pakistan was kept out of America's military alliances in Asia", "Pakistan was rewarded with a free-trade agreement with the United States", "Pakistan was rewarded with full membership of NATO"].map(ownWords),
    },
  } as unknown as GeneratedItem;

  it("is given away by two more of its words than of any wrong effect's (eighth quiz audit of 7 December: 53 of 407 such items in 360 quizzes)", () => {
    expect(givesAway(sidedWithUs, itemShowing("Since the Cold War, Pakistan has leaned heavily on economic and military aid from the United States"))).toBe(true);
    // One word of it, or as many of a wrong effect's, tells nothing.
    expect(givesAway(sidedWithUs, itemShowing("Pakistan's military said it would decide on the offensive"))).toBe(false);
    expect(givesAway(sidedWithUs, itemShowing("American military alliances in Asia left Pakistan out"))).toBe(false);
  });
});

describe("a person matched with a post in another item", () => {
  const matching = {
    answerTexts: [],
    answersBeside: [],
    answerNames: [],
    contextWords: new Set<string>(),
    pairedPosts: [
      { names: ["yusuf raza gilani", "gilani"], titleWords: contentWords("Pakistani Prime Minister") },
      { names: ["masood akhter", "akhter"], titleWords: contentWords("defence expert and retired Air Marshal") },
    ],
  } as unknown as GeneratedItem;

  it("is given away by the name beside the post's words, not by either alone (quiz audit of 7 December)", () => {
    expect(givesAway(matching, itemShowing("US President Barack Obama and Pakistan's Prime Minister, Yusuf Raza Gilani, talked in Seoul"))).toBe(true);
    expect(givesAway(matching, itemShowing("Defence expert Masood Akhter told DW that reopening would cost the government"))).toBe(true);
    expect(givesAway(matching, itemShowing("Gilani talked with Obama in Seoul"))).toBe(false);
    expect(givesAway(matching, itemShowing("Pakistan's Prime Minister talked with Obama in Seoul"))).toBe(false);
  });
});

describe("a figure in another item", () => {
  const count = { answerTexts: ["2"], answersBeside: [], answerNames: [], contextWords: new Set<string>() } as unknown as GeneratedItem;

  it("gives a count away where the same count is shown, not where the digits carry a scale", () => {
    // "$2 billion" in aid tells nothing of the two border guards killed; it kept one quiz from asking both.
    expect(givesAway(count, itemShowing("Pakistan received $2 billion a year in military aid"))).toBe(false);
    expect(givesAway(count, itemShowing("An incursion killed 2 Pakistani border guards"))).toBe(true);
    expect(givesAway(count, itemShowing("It cost $2 billion, and 2 guards died"))).toBe(true);
  });

  it("gives a count away where it is written in words, not where the word carries a scale or is 'one'", () => {
    // "killing two border guards in one incursion" stood in the stem before "How many guards were killed?"
    expect(givesAway(count, itemShowing("NATO helicopters crossed over, killing two border guards in one incursion"))).toBe(true);
    expect(givesAway(count, itemShowing("Pakistan received two billion dollars a year"))).toBe(false);
    const twentyFour = { ...count, answerTexts: ["24"] } as GeneratedItem;
    expect(givesAway(twentyFour, itemShowing("A strike killed twenty-four soldiers"))).toBe(true);
    const one = { ...count, answerTexts: ["1"] } as GeneratedItem;
    expect(givesAway(one, itemShowing("one of the worst levels in years"))).toBe(false);
  });
});
