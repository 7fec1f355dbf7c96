/**
 * Test helpers: the rules every generated item must obey, checked
 * independently of the generators (simple scans of the whole bank rather
 * than the engine's indexes), so a generator bug cannot hide itself.
 */
import type { GeneratedItem } from "../items/common";
import type { AnswerKeyEntry, AnswerPart, ClientItem, ItemResponse, LoadedFact, LoadedPack } from "../types";

/** Leftover template slots and typographic slips that must never reach a learner. */
export const sloppyText: [string, RegExp][] = [
  ["brackets or braces", /[[\]{}]/],
  ["undefined/null/NaN", /\b(undefined|null|NaN)\b/],
  ["double space", / {2}/],
  ["space before punctuation", / [,.;:?!]/],
  ["empty parentheses", /\(\s*\)/],
  ["doubled word", /\b(the|a|an|of|in|to)\s+\1\b/i],
  ["lower-case sentence start", /^(?![a-z]{1,3}-|the \d)[a-z]/],
];

/** Every text a learner sees, one entry per field, for the sloppy-text checks. */
export function shownTexts(item: ClientItem): string[] {
  const texts = [item.prompt];
  if (item.type === "true-false") texts.push(item.statement);
  if (item.type === "short-answer") texts.push(item.hint);
  // Cloze options fill the middle of a sentence, so they keep their own case and are not checked as sentences.
  if (item.type === "cloze") texts.push(`${item.before}_____${item.after}`, item.hint);
  if (item.type === "ordering") texts.push(...item.events.map((o) => o.text));
  if (item.type === "matching") texts.push(...item.left.map((o) => o.text), ...item.right.map((o) => o.text));
  if ("options" in item && item.type !== "cloze") texts.push(...item.options.map((o) => o.text));
  return texts;
}

const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().replace(/^the /, "");

/** Facts linked to `fact` as the same event or as conflicting accounts, transitively, including itself. */
export function eventGroup(pack: LoadedPack, fact: LoadedFact): Set<string> {
  const group = new Set([fact.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const other of pack.facts) {
      const linked = other.relatedFacts.some((r) => r.relation !== "updates" && group.has(r.id)) ||
        [...group].some((id) => pack.facts.find((f) => f.id === id)?.relatedFacts.some((r) => r.relation !== "updates" && r.id === other.id));
      if (linked && !group.has(other.id)) {
        group.add(other.id);
        grew = true;
      }
    }
  }
  return group;
}

function entityByText(pack: LoadedPack, text: string) {
  return pack.entities.find((e) => norm(e.name) === norm(text) || (e.acronym && norm(e.acronym) === norm(text)));
}

/**
 * Problems with one item's distractors: each wrong option must be of the
 * answer's type and not true by any fact in the bank.
 */
export function distractorProblems(pack: LoadedPack, item: ClientItem, key: AnswerKeyEntry): string[] {
  const problems: string[] = [];
  const fact = pack.facts.find((f) => f.id === key.factIds[0]);
  if (!fact) return [`unknown fact ${key.factIds[0]}`];
  const options = "options" in item ? (item.options ?? []) : [];
  const correctId = key.answer.kind === "option" ? key.answer.optionId : key.answer.kind === "text" ? key.answer.optionId : undefined;
  if (options.length === 0 || correctId === undefined) return problems;
  const correct = options.find((o) => o.id === correctId);
  if (!correct) return ["correct option missing"];
  const wrong = options.filter((o) => o.id !== correctId);
  const group = eventGroup(pack, fact);

  if (item.type === "attribution") {
    for (const option of wrong) {
      const entity = entityByText(pack, option.text);
      if (!entity) problems.push(`attribution option "${option.text}" is not an entity`);
      else if (pack.facts.some((f) => (group.has(f.id) || f.claim === fact.claim) && f.claimedBy?.includes(entity.id))) {
        problems.push(`"${option.text}" is recorded as making the claim of ${fact.id}`);
      }
    }
    return problems;
  }
  if (item.type === "cause-effect") {
    const truths = pack.facts.filter((f) => f.kind === "cause-effect" && (f.cause === fact.cause || f.effect === fact.effect || group.has(f.id)));
    for (const option of wrong) {
      if (truths.some((f) => norm(option.text) === norm(f.effect ?? "") || norm(option.text) === norm(f.cause ?? ""))) {
        problems.push(`cause-effect option "${option.text}" is recorded as linked to ${fact.id}`);
      }
    }
    return problems;
  }

  const accepted = key.answer.kind === "text" ? key.answer.accepted.kind : undefined;
  const answerEntity = entityByText(pack, correct.text);
  if ((accepted === "name" || (!accepted && answerEntity && !fact.quantity?.value)) && answerEntity) {
    const others = fact.marks.flatMap((m) => (m.ref.type === "entity" && m.ref.id !== answerEntity.id ? [m.ref.id] : []));
    for (const option of wrong) {
      const entity = entityByText(pack, option.text);
      if (!entity) {
        problems.push(`option "${option.text}" is not an entity`);
        continue;
      }
      if (entity.kind !== answerEntity.kind || entity.placeType !== answerEntity.placeType) problems.push(`option "${option.text}" is not of the answer's kind`);
      if (fact.entityIds.includes(entity.id)) problems.push(`option "${option.text}" is part of ${fact.id}`);
      for (const other of pack.facts) {
        if (other.id === fact.id || !other.entityIds.includes(entity.id)) continue;
        if (group.has(other.id)) problems.push(`option "${option.text}" appears in same-event fact ${other.id}`);
        if (others.length > 0 && others.every((id) => other.entityIds.includes(id))) {
          problems.push(`option "${option.text}" appears in ${other.id} with all of ${others.join(", ")}`);
        }
      }
    }
  }
  if (fact.quantity && /^\$?[\d.,]+( (thousand|million|billion))?%?$/.test(correct.text) && /\d/.test(correct.text)) {
    const unitValues = pack.facts.flatMap((f) => (f.quantity?.unit === fact.quantity?.unit ? [f.quantity?.value] : []));
    for (const option of wrong) {
      const match = /^\$?([\d.,]+)(?: (thousand|million|billion))?/.exec(option.text);
      const scale = { thousand: 1e3, million: 1e6, billion: 1e9 }[match?.[2] ?? ""] ?? 1;
      const value = Number((match?.[1] ?? "").replace(/,/g, "")) * scale;
      if (unitValues.some((v) => v !== undefined && Math.abs(v - value) < 1e-6 * Math.max(1, v))) {
        problems.push(`quantity option "${option.text}" is a value the bank gives in ${fact.quantity.unit}`);
      }
      if (correct.text.startsWith("$") !== option.text.startsWith("$") || /billion|million/.test(correct.text) !== /billion|million/.test(option.text)) {
        problems.push(`quantity option "${option.text}" is not written like "${correct.text}"`);
      }
    }
  }
  if (accepted === "date" || (item.type === "multiple-choice" && fact.answer === "#date")) {
    const groupDates = pack.facts.filter((f) => group.has(f.id)).map((f) => JSON.stringify(f.date));
    for (const option of wrong) {
      if (groupDates.length > 0 && option.text === correct.text) problems.push(`date option repeats the answer`);
    }
  }
  return problems;
}

/** The response that a learner who knows the answer gives. */
export function correctResponse(item: ClientItem, key: AnswerKeyEntry): ItemResponse {
  const answer = key.answer;
  switch (answer.kind) {
    case "option":
      return { optionId: answer.optionId };
    case "boolean":
      return { value: answer.value };
    case "text":
      return answer.optionId !== undefined && item.type === "cloze" && item.options ? { optionId: answer.optionId } : { text: key.expected };
    case "order":
      return { order: answer.order };
    case "pairs":
      return { pairs: answer.pairs };
  }
}

/** A well-formed response that must be graded wrong (also what the integration tests send to the server). */
export function wrongResponse(item: ClientItem, key: AnswerKeyEntry): ItemResponse {
  const answer = key.answer;
  switch (answer.kind) {
    case "option": {
      const options = "options" in item ? (item.options ?? []) : [];
      return { optionId: options.find((o) => o.id !== answer.optionId)?.id ?? "zz" };
    }
    case "boolean":
      return { value: !answer.value };
    case "text":
      // A cloze shown with options takes a choice: the server refuses typed text for it as malformed.
      if (item.type === "cloze" && item.options && answer.optionId) return { optionId: item.options.find((o) => o.id !== answer.optionId)?.id ?? "zz" };
      return { text: "Xylophone Quartet 9999" };
    case "order":
      return { order: [...answer.order].reverse() };
    case "pairs": {
      const rights = Object.values(answer.pairs);
      return { pairs: Object.fromEntries(Object.keys(answer.pairs).map((left, i) => [left, rights[(i + 1) % rights.length] ?? ""])) };
    }
  }
}

/**
 * The expected listing ("a; b; c") that an answer's parts spell out: an ordering's events each at the
 * number it belongs at, a matching's pairs as they should be. Equal to the key's `expected` when the
 * parts carry all it gives (dates, an acronym's name).
 */
export function listingOfParts(parts: readonly AnswerPart[]): string {
  return parts
    .map((part) => ("belongsAt" in part ? { at: part.belongsAt, text: part.given } : { at: 0, text: `${part.label} – ${part.expected}` }))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.text)
    .join("; ");
}

/** All the item's visible texts joined, for give-away checks. */
export function visibleOf(item: GeneratedItem): string {
  return shownTexts(item.client).join("\n");
}

/** The first year a fact date covers, for coarse era checks. */
function startYear(date: LoadedFact["date"]): number {
  return Number((date.value ?? date.from ?? "0").slice(0, 4));
}
function endYear(date: LoadedFact["date"]): number {
  const value = date.value ?? date.to ?? date.from ?? "0";
  return Number(value.slice(0, 4)) + (/^\d{3}0s$/.test(value) ? 9 : 0);
}

const militantWords = /taliban|qaeda|militant|insurgent|jihad/i;

/** People the bank presents as militant leaders: by role, by party (a group) or by a title in a fact ("al-Qaeda leader Osama bin Laden"). */
function isMilitant(pack: LoadedPack, entityId: string): boolean {
  const entity = pack.entities.find((e) => e.id === entityId);
  if (!entity || entity.kind !== "person") return false;
  if (entity.roles.some((role) => militantWords.test(role.title)) || militantWords.test(entity.description ?? "")) return true;
  if (pack.entities.find((e) => e.id === entity.party)?.kind === "group") return true;
  return pack.facts.some((fact) => new RegExp(`(taliban|qaeda)\\S* leader ${entity.name}`, "i").test(fact.plainText));
}

/** The year by which the bank shows a person dead ("killed X", "X was killed"), if any. */
function deathYear(pack: LoadedPack, entityId: string): number | undefined {
  const entity = pack.entities.find((e) => e.id === entityId);
  if (!entity || entity.kind !== "person") return undefined;
  const years = pack.facts
    .filter((fact) => fact.plainText.includes(`killed ${entity.name}`) || fact.plainText.includes(`leader ${entity.name}`) && /killed/.test(fact.plainText) && fact.kind === "event" && fact.plainText.indexOf("killed") < fact.plainText.indexOf(entity.name) || fact.plainText.includes(`${entity.name} was killed`))
    .map((fact) => endYear(fact.date));
  return years.length > 0 ? Math.min(...years) : undefined;
}

/** Words that name a party in a stem: its name and acronym, and the adjective ("Pakistani", "American"). */
function partyWords(pack: LoadedPack, partyId: string): RegExp | null {
  const party = pack.entities.find((e) => e.id === partyId);
  if (!party || party.kind !== "place") return null;
  const words = [party.name, party.acronym, `${party.name}i`, party.id === "united-states" ? "American" : undefined].filter((w): w is string => Boolean(w));
  return new RegExp(`\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`);
}

/**
 * Problems with how plausible an item's wrong options (or its false
 * statement's swap) are: no militant leader for anyone else or the reverse,
 * no person the bank shows dead before the item's date, no other party when
 * the stem names the answer's, no country known only from an era long before
 * the item's date, and true/false swaps that keep the original's party.
 */
export function plausibilityProblems(pack: LoadedPack, item: ClientItem, key: AnswerKeyEntry): string[] {
  const fact = pack.facts.find((f) => f.id === key.factIds[0]);
  if (!fact) return [];
  const entityOf = (text: string) => entityByText(pack, text);
  let answerId: string | undefined;
  let wrongIds: string[] = [];
  if (item.type === "true-false" && key.answer.kind === "boolean" && !key.answer.value) {
    const inStatement = pack.entities.filter((e) => item.statement.includes(e.name) && !fact.plainText.includes(e.name));
    const replaced = pack.entities.filter((e) => fact.plainText.includes(e.name) && !item.statement.includes(e.name));
    if (inStatement.length !== 1 || replaced.length !== 1) return [];
    answerId = replaced[0]?.id;
    wrongIds = [inStatement[0]?.id ?? ""];
    const original = replaced[0];
    if (original?.party && original.party !== inStatement[0]?.party) {
      return [`true/false swap of ${original.name} (${original.party}) for ${inStatement[0]?.name} (${inStatement[0]?.party ?? "no party"})`];
    }
  } else if ("options" in item && item.options && (key.answer.kind === "option" || (key.answer.kind === "text" && key.answer.optionId))) {
    const correctId = key.answer.kind === "option" ? key.answer.optionId : key.answer.kind === "text" ? key.answer.optionId : undefined;
    const correct = item.options.find((o) => o.id === correctId);
    answerId = correct ? entityOf(correct.text)?.id : undefined;
    wrongIds = item.options.filter((o) => o.id !== correctId).flatMap((o) => entityOf(o.text)?.id ?? []);
  }
  if (!answerId) return [];
  const answer = pack.entities.find((e) => e.id === answerId);
  const problems: string[] = [];
  const itemYear = startYear(fact.date);
  const stem = item.type === "cloze" ? `${item.before} ${item.after}` : item.type === "true-false" ? item.statement : item.prompt;
  const partyPattern = answer?.party ? partyWords(pack, answer.party) : null;
  for (const id of wrongIds) {
    const entity = pack.entities.find((e) => e.id === id);
    if (!entity) continue;
    if (isMilitant(pack, id) !== isMilitant(pack, answerId)) problems.push(`"${entity.name}" mixes militant leaders with others for ${answer?.name}`);
    const died = deathYear(pack, id);
    if (died !== undefined && itemYear > died && item.type !== "attribution") problems.push(`"${entity.name}" died by ${died}, before ${fact.id}`);
    if (partyPattern && partyPattern.test(stem) && entity.party && entity.party !== answer?.party) problems.push(`"${entity.name}" is not of the party the stem names (${answer?.party})`);
    if (entity.kind === "place" && entity.placeType === "country") {
      const years = pack.facts.filter((f) => f.entityIds.includes(id)).map((f) => Math.min(endYear(f.date), startYear(f.date) + 1));
      if (years.length > 0 && Math.max(...years) + 9 < itemYear) problems.push(`"${entity.name}" is known only from before ${Math.max(...years) + 1}, for ${fact.id}`);
    }
  }
  return problems;
}

const anaphoricOpening = /^(the programme|the two|it|its|they|their|this|these|those)\b/i;
const countryNames = /\b(Pakistan|United States|US|India|China|Afghanistan|Saudi Arabia|Soviet Union)\b/g;

/**
 * Problems with unresolved references in cause-effect items (the given
 * clause and every option) and attribution stems: no opening pronoun or
 * "the programme", and "the two"/"each other" only beside two named countries.
 */
export function referenceProblems(item: ClientItem): string[] {
  const texts: string[] = [];
  if (item.type === "cause-effect") {
    const given = /, (.*?)\. According to the sources/.exec(item.prompt)?.[1];
    if (given) texts.push(given);
    texts.push(...item.options.map((o) => o.text));
  }
  if (item.type === "attribution") texts.push(item.prompt.replace(/^(?:.*?, )?who \w+ that /i, ""));
  return texts.flatMap((text) => {
    const problems: string[] = [];
    if (item.type === "cause-effect" && anaphoricOpening.test(text)) problems.push(`opens on an unresolved reference: ${text}`);
    if (/\b(the two|each other|both sides)\b/i.test(text) && new Set(text.match(countryNames) ?? []).size < 2) problems.push(`"the two" without two names: ${text}`);
    return problems;
  });
}

/** Acronym matching items may hold at most one pair whose acronym is just the initials of a two-word name. */
export function trivialAcronymPairs(item: ClientItem): number {
  if (item.type !== "matching" || item.matchKind !== "acronym") return 0;
  const initials = (name: string) => name.split(/[\s-]+/).map((w) => w[0]?.toLowerCase() ?? "").join("");
  const rights = item.right.map((o) => o.text);
  return item.left.filter((o) => o.text.length <= 2 && rights.some((r) => initials(r) === o.text.toLowerCase())).length;
}
