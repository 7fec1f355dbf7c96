/**
 * Test helpers: the rules every generated item must obey, checked
 * independently of the generators (simple scans of the whole bank rather
 * than the engine's indexes), so a generator bug cannot hide itself.
 */
import type { GeneratedItem } from "../items/common";
import type { AnswerKeyEntry, ClientItem, ItemResponse, LoadedFact, LoadedPack } from "../types";

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

/** A response that must be graded wrong. */
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
      return { text: "Xylophone Quartet 9999" };
    case "order":
      return { order: [...answer.order].reverse() };
    case "pairs": {
      const rights = Object.values(answer.pairs);
      return { pairs: Object.fromEntries(Object.keys(answer.pairs).map((left, i) => [left, rights[(i + 1) % rights.length] ?? ""])) };
    }
  }
}

/** All the item's visible texts joined, for give-away checks. */
export function visibleOf(item: GeneratedItem): string {
  return shownTexts(item.client).join("\n");
}
