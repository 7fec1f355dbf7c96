/**
 * Grading: a pure function of the client item, its key entry and the
 * learner's response. Typed names accept any recorded form, case and
 * punctuation differences, a rank or title before a name and small typos,
 * but never another entity's name.
 */
import { askedDateParts, formatTypedDate, readTypedDate, typedDateMatches, type TypedDate } from "./dates";
import { InvalidRequestError } from "./errors";
import { formatQuantityValue, readTypedQuantity, sameNumber } from "./numbers";
import { editDistance, hasNormalisedPhrase, normaliseAnswer, paddedNormal, typoAllowance } from "./text";
import type { AcceptedAnswer, AnswerKeyEntry, ClientItem, FactDate, GradeResult, ItemResponse } from "./types";

type NameAnswer = Extract<AcceptedAnswer, { kind: "name" }>;

/** The result of checking typed text against an accepted answer. */
export interface TextCheck {
  correct: boolean;
  /** The typed text as understood: the matched form, the number or the date. */
  understood: string;
}

/**
 * Checks a typed answer. Names: exact after normalisation, or within the typo
 * allowance of an accepted form and strictly nearer to it than to any rival
 * (so "India" never passes as a typo of "China"); a word or two after the name
 * that the question itself writes is no part of it ("North Waziristan region"
 * for "in which region …?"). Numbers: digits or words, with scale words.
 * Dates: at the expected precision, less what the question already writes ("28 March" for "On what
 * date in March 2012 …?").
 *
 * @example
 * checkTypedAnswer({ kind: "name", forms: ["Pakistan"], rivalForms: ["India"] }, "pakistn") // { correct: true, understood: "Pakistan" }
 */
export function checkTypedAnswer(accepted: AcceptedAnswer, typed: string, question = ""): TextCheck {
  switch (accepted.kind) {
    case "name":
      return checkName(accepted, typed, new Set(normaliseAnswer(question).split(" ")));
    case "number": {
      const value = readTypedQuantity(typed, accepted.unitWords);
      if (value === null) return { correct: false, understood: typed.trim() };
      return { correct: sameNumber(value, accepted.value), understood: formatQuantityValue({ value, unit: "", scale: undefined }) };
    }
    case "date": {
      // "2009-10" for a year is the span 2009–10, a hedge, not October 2009 (ninth quiz audit of 7 December: it passed for 2009).
      const span = yearSpan.exec(typed);
      if (span && (accepted.date.precision === "year" || accepted.date.precision === "decade") && Number(span[2]) === (Number(span[1]) + 1) % 100) {
        return { correct: false, understood: typed.trim() };
      }
      // "1980-89" is the decade, as "1980-1989" is (quiz audit of seeds 1094-1095: it was marked wrong).
      const start = Number(span?.[1]);
      if (span && accepted.date.precision === "decade" && start % 10 === 0 && Number(span[2]) === (start + 9) % 100) {
        return { correct: Number((accepted.date.value ?? "").slice(0, 4)) === start, understood: `${start}s` };
      }
      const readings = readTypedDate(typed, askedDateParts(question, accepted.date));
      const [likeliest] = readings;
      if (!likeliest) return { correct: false, understood: typed.trim() };
      // "9/11/2001" is right for 11 September 2001: the learner wrote it the American way.
      const matching = readings.find((date) => typedDateMatches(date, accepted.date));
      // Right at the asked precision, and read back at it: "1 January 2009" for the year Baitullah Mehsud
      // was killed is 2009, not a day the sources confirm (sixth quiz audit of 7 December).
      return { correct: matching !== undefined, understood: formatTypedDate(matching ? atPrecision(matching, accepted.date.precision) : likeliest) };
    }
  }
}

/** A year and the next one's last two digits: "2008-09". */
const yearSpan = /^\s*(\d{4})\s*[-–]\s*(\d{2})\s*$/;

/** A typed date without what is finer than the expected precision. */
function atPrecision(typed: TypedDate, precision: FactDate["precision"]): TypedDate {
  if (precision === "year") return { year: typed.year };
  if (precision === "month") return { year: typed.year, month: typed.month };
  return typed;
}

/** A rank or title a learner may write before a name: "General John Allen", "President Obama", "retired Air Marshall Masood Akhter". */
const titlePrefix =
  /^(?:(?:retired|retd)\s+)?(general|gen|lieutenant general|lt gen|colonel|col|admiral|air marshall?|president|prime minister|pm|(?:us\s+)?defen[cs]e secretary|secretary of defen[cs]e|secretary|sec|professor|prof|dr|mr|mrs|ms|mullah|maulana)\s+(?=\S)/;

/** The words a short title stands for, to be found among a person's `titles`. */
const titleWords: Record<string, string[]> = { gen: ["general"], lt: ["lieutenant"], col: ["colonel"], pm: ["prime", "minister"], sec: ["secretary"], prof: ["professor"], retd: ["retired"], marshall: ["marshal"] };

/** A title word as the other side of the Atlantic spells it: the pack writes "Defense Secretary" for Panetta and "defence expert" for Akhter. */
const otherSpelling: Record<string, string> = { defence: "defense", defense: "defence" };

/** Words that join a name's or a title's parts without being one: "Secretary of Defense", "faction of the Afghan Taliban". */
const joiningWords = new Set(["of", "the"]);

/**
 * The readings of the answer without a title before it. Where the key lists the person's `titles`
 * (the words of their names and posts), the leading words that are all among them, or join them:
 * "Secretary of Defence Panetta", "Pentagon Press Secretary George Little", "Raza Gilani" (eighth
 * and ninth quiz audits of 7 December: each was marked wrong). "General Akhtar" is not Masood
 * Akhter, a retired Air Marshal, but "Gen Akhtar Abdur Rahman" of the 1980s ISI (seventh audit: it
 * passed). Without `titles`, or for "Mr", any title `titlePrefix` knows.
 */
function withoutTitle(answer: string, titles: readonly string[] | undefined): string[] {
  const match = titlePrefix.exec(answer);
  const isCourtesy = /^(mr|mrs|ms)$/.test(match?.[1] ?? "");
  if (titles === undefined || isCourtesy) return match ? [answer.slice(match[0].length)] : [];
  const isOwn = (word: string) => (titleWords[word] ?? [word]).every((part) => titles.includes(part) || titles.includes(otherSpelling[part] ?? ""));
  const words = answer.split(" ");
  const readings: string[] = [];
  for (let drop = 1; drop < words.length; drop++) {
    const word = words[drop - 1] as string;
    if (!joiningWords.has(word) && !isOwn(word)) break;
    readings.push(words.slice(drop).join(" "));
  }
  return readings;
}

/**
 * Words a learner may write after a name that are no part of it: a group's members ("Taliban
 * militants", "Haqqani fighters"), what it is or what it ran ("al-Qaeda organisation", "al-Qaeda
 * terrorist network", "CIA-operated", the factbox's own "CIA-operated pilotless drone aircraft",
 * "CIA-run"; quiz audit of seeds 1091-1093: each was marked wrong).
 */
const descriptorSuffix = /\s+(?:militants|fighters|insurgents|(?:(?:terrorist|militant)\s+)?(?:organi[sz]ation|network|group|outfit)|operated|run)$/;

/** A word a learner may write before a region for its extent: "the broader South Asian region", as the analysis writes it. */
const leadingExtent = /^(?:broader|wider|whole)\s+(?=\S)/;

/**
 * The answer without its own country after or before it: "Nangarhar, Afghanistan", "Abbottabad,
 * Pakistan" (fourth and fifth quiz audits of 7 December), "Afghanistan's Nangarhar province", "China's
 * Belt and Road Initiative", "Pakistan's North Waziristan" (tenth: the sources' own wording). Each was
 * marked wrong. Another country there is no part of the answer's name, and stays.
 */
function withoutOwnCountry(answer: string, within: readonly string[]): string[] {
  return within.flatMap((country) => {
    const name = normaliseAnswer(country);
    if (answer.endsWith(` ${name}`)) return [answer.slice(0, -name.length - 1)];
    if (answer.startsWith(`${name} `)) return [answer.slice(name.length + 1)];
    return [];
  });
}

/**
 * The answer without the last one or two words where the question writes them, with "of the" before
 * them: "North Waziristan region" for "in which region …?", "Afghan Taliban movement" for "which wider militant movement?"
 * (quiz audit of 7 December: each was marked wrong). Not where a rival's name holds every word typed:
 * "Taliban Pakistan" for "which Taliban group fought Pakistan?" names the Tehrik-i-Taliban Pakistan.
 * A rival that shares only the dropped word says nothing: "Reuters news agency" does not make "CIA
 * agency" another answer (fourth audit: "CIA agency", "al-Qaeda group" and "Belt and Road programme"
 * were marked wrong). At least one word stays.
 */
function withoutAskedWords(answer: string, asked: ReadonlySet<string>, rivals: readonly string[]): string[] {
  const words = answer.split(" ");
  const readings: string[] = [];
  // Up to two of the question's words, or a phrase of them after "of the": "Haqqani faction of the Afghan
  // Taliban" for "which Afghan Taliban faction …?" (tenth quiz audit of 7 December: it was marked wrong).
  let askedDropped = 0;
  for (let drop = 1; drop <= 4 && drop < words.length; drop++) {
    const word = words[words.length - drop] ?? "";
    if (joiningWords.has(word)) {
      if (askedDropped === 0) break;
    } else if (asked.has(word)) askedDropped++;
    else break;
    if (askedDropped > 2) break;
    if (!joiningWords.has(words[words.length - drop - 1] ?? "")) readings.push(words.slice(0, words.length - drop).join(" "));
  }
  // Rivals are read only when a word could be dropped: most answers end in none of the question's words.
  if (readings.length > 0 && rivals.some((rival) => holdsEveryWord(normaliseAnswer(rival).split(" "), words))) return [];
  return readings;
}

function holdsEveryWord(name: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => name.includes(word));
}

/**
 * True when the typos fall across the name rather than on one of its words: "south waziristan" is
 * only two letters from "north waziristan", but they make another word, and another place. Each
 * word may differ by its own allowance (at least one letter). An answer with another number of
 * words ("alqaeda", "osama binladen") must still split into the name's words, each within its
 * allowance: "pakistani" is three letters from "pakistan isi", all of them in the "isi" it leaves out.
 */
function typosSpread(typed: string, form: string): boolean {
  const typedWords = typed.split(" ");
  const formWords = form.split(" ");
  // An initial takes no typo: "S Waziristan" is another place than "N Waziristan". A word of six letters
  // or fewer takes one: "Masood Azhar" (another militant leader) is two from "Masood Akhtar", "Malika"
  // two from "Malala" (seventh quiz audit of 7 December: both passed). Spellings that differ more are aliases.
  const allowanceOf = (word: string) => (word.length === 1 ? 0 : word.length <= 6 ? 1 : typoAllowance(word));
  if (typedWords.length === formWords.length) return formWords.every((word, i) => editDistance(typedWords[i] ?? "", word) <= allowanceOf(word));
  // ends[k] holds the places in the unspaced answer where its first k words of the name can end.
  const letters = typedWords.join("");
  let ends = new Set([0]);
  for (const word of formWords) {
    const allowance = allowanceOf(word);
    const next = new Set<number>();
    for (const start of ends) {
      for (let length = Math.max(1, word.length - allowance); length <= word.length + allowance && start + length <= letters.length; length++) {
        if (editDistance(letters.slice(start, start + length), word) <= allowance) next.add(start + length);
      }
    }
    ends = next;
  }
  return ends.has(letters.length);
}

/**
 * A preposition a learner may write before a place: "in Seoul", "into Afghanistan", "at Karachi
 * University" (sixth quiz audit of 7 December: the first two were marked wrong, the last passed as a typo).
 */
const leadingPreposition = /^(?:in|into|inside|within|at|from|to|near|on)\s+(?=\S)/;

/** An owner a learner may write before a name as the sources do: "its national security committee" (tenth quiz audit of 7 December). */
const leadingOwner = /^(?:its|their)\s+(?=\S)/;

/**
 * The typed answer without its glosses in brackets, which are no part of the name: another of its names
 * ("Pakistan People's Party (PPP)") or a word about it ("Baitullah Mehsud (TTP)", "Haqqani network
 * (HQN)"; quiz audit of seeds 1086-1090: both were marked wrong). Not a gloss that names a rival and is no
 * right answer itself: "India (or China)", "Nangarhar (Pakistan)".
 */
function withoutGlosses(accepted: NameAnswer, typed: string, asked: ReadonlySet<string>): string {
  const glosses = [...typed.matchAll(/\(([^()]*)\)/g)].map((match) => match[1] ?? "");
  if (glosses.length === 0) return typed;
  const namesRival = (gloss: string) => accepted.rivalForms.some((rival) => hasNormalisedPhrase(paddedNormal(gloss), normaliseAnswer(rival)));
  const isGloss = (gloss: string) => !namesRival(gloss) || checkName(accepted, gloss, asked).correct;
  return glosses.every(isGloss) ? typed.replace(/\s*\([^()]*\)/g, " ") : typed;
}

/**
 * The answer without where it led or whom it served, as the sources write it: "the key NATO supply line
 * to Afghanistan", "supply route to coalition troops in Afghanistan", "supply line for NATO" (quiz audit
 * of seeds 1086-1090: each was marked wrong). Only a name of two words or more is read so, and only
 * typed exactly: "Pakistan to Afghanistan" is no reading of "Pakistan".
 */
function withoutDestination(answer: string): string[] {
  const cut = /^(\S+(?: \S+)+?) (?:to|into|through|for|across|via) \S/.exec(answer);
  return cut?.[1] ? [cut[1]] : [];
}

/** Words that change no name's sense when it is turned round: "committee on national security", "national security committee of the National Assembly". */
const turningWords = new Set(["of", "the", "on"]);

/** A name's words in one order, without the turning words: names of the same words have the same bag. */
function wordBag(normal: string): string {
  return normal.split(" ").filter((word) => !turningWords.has(word)).sort().join(" ");
}

/**
 * The form a reading holds every word of, in another order, for a name of three words or more that no
 * rival's words make too: "NATO's main supply line" for "main NATO supply line", "national security
 * committee of the National Assembly" for "National Assembly's national security committee" (quiz audit
 * of seeds 1094-1095: each was marked wrong). Only a reading that begins as the answer does, with the
 * hint's letter: another name the fact lists as also true is right only under that letter, turned or not.
 */
function inAnotherOrder(readings: readonly string[], forms: readonly string[], rivals: readonly string[]): string | undefined {
  const initial = normaliseAnswer(forms[0] ?? "").charAt(0);
  for (const reading of readings) {
    const bag = wordBag(reading);
    if (bag.split(" ").length < 3 || reading.charAt(0) !== initial) continue;
    const same = (name: string) => wordBag(normaliseAnswer(name)) === bag;
    const form = forms.find(same);
    if (form !== undefined && !rivals.some(same)) return form;
  }
  return undefined;
}

function checkName(accepted: NameAnswer, typed: string, asked: ReadonlySet<string>): TextCheck {
  const { forms, rivalForms: rivals, within = [], titles } = accepted;
  const answer = normaliseAnswer(withoutGlosses(accepted, typed, asked)).replace(leadingPreposition, "").replace(leadingOwner, "").replace(leadingExtent, "").replace(/\bdept\b/g, "department");
  if (answer === "") return { correct: false, understood: "" };
  // Words of the question after the name, or its country before or after it, are no part of it, but only a
  // name typed exactly is read so: "Pakistani Taliban" for "which country …, the Taliban …?" is not a slip of "Pakistan".
  const readings = [answer, ...withoutOwnCountry(answer, within)];
  const shortened = [...readings.slice(1), ...withoutDestination(answer), ...readings.flatMap((reading) => withoutAskedWords(reading, asked, rivals))];
  const exact = shortened.length === 0 ? undefined : forms.find((form) => shortened.includes(normaliseAnswer(form)));
  if (exact !== undefined) return { correct: true, understood: exact };
  const reordered = inAnotherOrder([answer, ...shortened], forms, rivals);
  if (reordered !== undefined) return { correct: true, understood: reordered };
  // The name as typed, without a title before it and without a descriptor after it (see `descriptorSuffix`): neither is part of the answer.
  const typos = [...new Set([answer, ...withoutTitle(answer, titles), answer.replace(descriptorSuffix, "")])];
  const distanceTo = (normal: string) => Math.min(...typos.map((reading) => editDistance(reading, normal)));
  let best: { form: string; distance: number; allowance: number; spread: boolean } | null = null;
  for (const form of forms) {
    const normal = normaliseAnswer(form);
    const distance = distanceTo(normal);
    if (!best || distance < best.distance) {
      best = { form, distance, allowance: typoAllowance(normal), spread: typos.some((reading) => editDistance(reading, normal) === distance && typosSpread(reading, normal)) };
    }
  }
  if (!best) return { correct: false, understood: typed.trim() };
  if (best.distance === 0) return { correct: true, understood: best.form };
  let nearestRival = Infinity;
  for (const rival of rivals) nearestRival = Math.min(nearestRival, distanceTo(normaliseAnswer(rival)));
  const correct = best.distance <= best.allowance && best.spread && best.distance < nearestRival;
  return { correct, understood: correct ? best.form : typed.trim() };
}

/**
 * Grades one response. Throws InvalidRequestError when the key does not
 * belong to the item or the response has the wrong shape for the item type.
 *
 * @example
 * gradeResponse(item, quiz.key[item.id], { optionId: "b" }).correct
 */
export function gradeResponse(item: ClientItem, key: AnswerKeyEntry, response: ItemResponse): GradeResult {
  if (key.itemId !== item.id) throw new InvalidRequestError(`key ${key.itemId} does not belong to item ${item.id}`);
  const base = { expected: key.expected, explanation: key.explanation, citations: key.citations };
  const answer = key.answer;
  switch (answer.kind) {
    case "option": {
      const optionId = requireField(response, "optionId", "string");
      const options = "options" in item ? (item.options ?? []) : [];
      return { ...base, correct: optionId === answer.optionId, normalisedAnswer: options.find((o) => o.id === optionId)?.text ?? "" };
    }
    case "boolean": {
      const value = requireField(response, "value", "boolean");
      return { ...base, correct: value === answer.value, normalisedAnswer: value ? "True" : "False" };
    }
    case "text": {
      if ("optionId" in response && answer.optionId !== undefined) {
        const options = "options" in item ? (item.options ?? []) : [];
        const optionId = requireField(response, "optionId", "string");
        return { ...base, correct: optionId === answer.optionId, normalisedAnswer: options.find((o) => o.id === optionId)?.text ?? "" };
      }
      const text = requireField(response, "text", "string") as string;
      const check = checkTypedAnswer(answer.accepted, text, item.type === "cloze" ? `${item.before} ${item.after}` : item.prompt);
      return { ...base, correct: check.correct, normalisedAnswer: check.understood };
    }
    case "order": {
      const order = requireField(response, "order", "array") as unknown[];
      const events = item.type === "ordering" ? item.events : [];
      const placeOf = new Map<unknown, number>(answer.order.map((id, place) => [id, place]));
      if (order.length !== answer.order.length || new Set(order).size !== order.length || !order.every((id) => placeOf.has(id))) {
        throw new InvalidRequestError("an ordering response must list every event once");
      }
      const places = order.map((id) => placeOf.get(id) as number);
      const inOrder = longestRunInOrder(places);
      const textOf = (id: unknown) => events.find((event) => event.id === id)?.text ?? String(id);
      const names = order.map(textOf);
      const dated = datedEvents(key.expected, answer.order.map(textOf));
      return {
        ...base,
        correct: inOrder.size === order.length,
        normalisedAnswer: names.join("; "),
        partial: { correct: inOrder.size, total: order.length },
        parts: places.map((place, i) => ({ given: dated.get(names[i] ?? "") ?? names[i] ?? "", correct: inOrder.has(i), belongsAt: place + 1 })),
      };
    }
    case "pairs": {
      const pairs = requireField(response, "pairs", "object") as Record<string, unknown>;
      const entries = Object.entries(answer.pairs);
      const right = entries.filter(([left, rightId]) => pairs[left] === rightId).length;
      const left = item.type === "matching" ? item.left : [];
      const rightOptions = item.type === "matching" ? item.right : [];
      const rightText = (id: unknown) => rightOptions.find((r) => r.id === id)?.text;
      const shown = left.map((option) => `${option.text} – ${rightText(pairs[option.id]) ?? "?"}`);
      const listed = listingEntries(key.expected, left.length);
      return {
        ...base,
        correct: right === entries.length,
        normalisedAnswer: shown.join("; "),
        partial: { correct: right, total: entries.length },
        parts: left.map((option, i) => {
          const expected = rightText(answer.pairs[option.id]) ?? "";
          // The listing may name more than the left side shows: "ISI (Inter-Services Intelligence) – …".
          const entry = listed[i];
          const isListed = entry !== undefined && entry.startsWith(option.text) && entry.endsWith(` – ${expected}`);
          return {
            label: isListed ? entry.slice(0, entry.length - ` – ${expected}`.length) : option.text,
            given: rightText(pairs[option.id]) ?? "",
            expected,
            correct: pairs[option.id] === answer.pairs[option.id],
          };
        }),
      };
    }
  }
}

/**
 * The positions of the learner's order that form its longest run in the right order (the longest
 * increasing run of their right places): the fewest events to move. Marked by position, one event
 * put last from first read "0 of 5 right" though the other four stood in order. Of equal runs, the
 * one with more events already in their own place, then the earlier.
 */
function longestRunInOrder(places: readonly number[]): Set<number> {
  type Score = { length: number; inPlace: number };
  const isBetter = (a: Score, b: Score) => a.length > b.length || (a.length === b.length && a.inPlace > b.inPlace);
  // For each position, the best run ending there, with the position before it in that run.
  const runs: (Score & { place: number; previous: number })[] = [];
  places.forEach((place, i) => {
    const own = place === i ? 1 : 0;
    const run = { place, length: 1, inPlace: own, previous: -1 };
    runs.forEach((before, j) => {
      const extended = { length: before.length + 1, inPlace: before.inPlace + own };
      if (before.place < place && isBetter(extended, run)) Object.assign(run, extended, { previous: j });
    });
    runs.push(run);
  });
  let end = -1;
  runs.forEach((run, i) => {
    const best = runs[end];
    if (!best || isBetter(run, best)) end = i;
  });
  const positions = new Set<number>();
  for (let i = end; i !== -1; i = runs[i]?.previous ?? -1) positions.add(i);
  return positions;
}

/**
 * The entries of an expected listing ("…; …"), as the ordering and matching
 * items write it, one per event or pair; none when the count is off (a text
 * holding "; "). Each caller checks that an entry fits before it uses it.
 */
function listingEntries(expected: string, count: number): string[] {
  const entries = expected.split("; ");
  return entries.length === count ? entries : [];
}

/** Each event's text with its date ("text (date)", or the text alone when it words its date), read off the expected listing, which is in the right order. */
function datedEvents(expected: string, textsInOrder: readonly string[]): Map<string, string> {
  const entries = listingEntries(expected, textsInOrder.length);
  const fits = entries.length > 0 && entries.every((entry, i) => entry === textsInOrder[i] || entry.startsWith(`${textsInOrder[i]} (`));
  return new Map(fits ? textsInOrder.map((text, i) => [text, entries[i] as string]) : []);
}

function requireField(response: ItemResponse, field: string, kind: "string" | "boolean" | "array" | "object"): unknown {
  const value = (response as unknown as Record<string, unknown>)[field];
  const ok =
    kind === "array" ? Array.isArray(value) : kind === "object" ? typeof value === "object" && value !== null && !Array.isArray(value) : typeof value === kind;
  if (!ok) throw new InvalidRequestError(`this item expects a response with ${field} (${kind})`);
  return value;
}
