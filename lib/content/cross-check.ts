/**
 * Checks that go beyond one entry's shape: ids that must exist or be unique,
 * dates that must match their precision, markup, kind-specific fields, cited
 * paragraphs and the figures taken from them. Builds the loaded facts and
 * modules on the way. No I/O: the articles' paragraphs come in as a function.
 */
import { checkFactDate, sortableStart } from "./dates";
import { isPrintedIn, namesEntity, wordsOf } from "./entity-names";
import { figuresOfDate, unsourcedDateFigures, unsourcedFigures } from "./figures";
import { parseMarkup } from "./markup";
import type { ContentProblem } from "./problems";
import { misquotedPhrases } from "./quotes";
import type { Entity, Fact, FactDate, ModuleDef, Source, SourceRef } from "./schema";
import { didYouMean } from "./suggest";
import { wrongOptionTells } from "./tells";
import type { LoadedFact, LoadedModule, LoadedPack } from "./types";
import type { DataPath, YamlFile } from "./yaml-file";

/** An entry that passed its schema, with where it was written. */
export interface Located<T> {
  value: T;
  file: YamlFile;
  /** Position in its file's top-level list. */
  index: number;
}

export interface ParsedPack {
  sources: Located<Source>[];
  entities: Located<Entity>[];
  facts: Located<Fact>[];
  modules: Located<ModuleDef>[];
  /** Ids of entries that failed their schema (already reported): references to them are not flagged again. */
  rejectedIds: ReadonlySet<string>;
}

export interface CrossCheckContext {
  /** The paragraphs (non-empty lines) of an article file; undefined skips the checks against them, null means the file is missing. */
  paragraphs: (file: string) => readonly string[] | null | undefined;
}

export interface CrossCheckResult {
  pack: Omit<LoadedPack, "meta">;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/** Runs every cross-entry check on a pack whose entries each passed the schema. */
export function crossCheckPack(parsed: ParsedPack, context: CrossCheckContext): CrossCheckResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const at = <T>(entry: Located<T>, path: DataPath, message: string) =>
    entry.file.problemAt([entry.index, ...path], message);

  const known = (ids: Set<string>) => new Set([...ids, ...parsed.rejectedIds]);
  const sourceIds = known(uniqueIds(parsed.sources, "source", "sources.yaml", problems));
  const entityIds = known(uniqueIds(parsed.entities, "entity", "entities/*.yaml", problems));
  const entityById = new Map(parsed.entities.map((entry) => [entry.value.id, entry.value]));
  const factIds = known(uniqueIds(parsed.facts, "fact", "facts/*.yaml", problems));
  const moduleIds = known(uniqueIds(parsed.modules, "module", "modules.yaml", problems));

  const paragraphsOf = new Map<string, readonly string[] | undefined>();
  const sourceDates = new Map<string, FactDate>();
  for (const source of parsed.sources) {
    const { id, file, date } = source.value;
    const label = `source "${id}"`;
    for (const problem of checkFactDate(date)) problems.push(at(source, ["date", problem.field], `${label}: ${problem.message}`));
    const paragraphs = context.paragraphs(file);
    if (paragraphs === null) {
      problems.push(at(source, ["file"], `${label}: article file "${file}" not found in the shared sources folder`));
    }
    paragraphsOf.set(id, paragraphs ?? undefined);
    sourceDates.set(id, date);
  }

  const checkEntityRef = (entry: Located<unknown>, path: DataPath, label: string, id: string, field: string) => {
    if (!entityIds.has(id)) {
      problems.push(
        at(entry, path, `${label}: unknown entity "${id}" in ${field} (looked for in entities/*.yaml)${didYouMean(id, entityIds)}`),
      );
    }
  };
  const checkSourceRef = (entry: Located<unknown>, path: DataPath, label: string, ref: SourceRef) => {
    if (!sourceIds.has(ref.source)) {
      problems.push(
        at(entry, [...path, "source"], `${label}: unknown source "${ref.source}" (looked for in sources.yaml)${didYouMean(ref.source, sourceIds)}`),
      );
      return;
    }
    const count = paragraphsOf.get(ref.source)?.length;
    if (count !== undefined && ref.para > count) {
      problems.push(
        at(entry, [...path, "para"], `${label}: paragraph ${ref.para} of source "${ref.source}" does not exist (its article has ${count} paragraphs, counting non-empty lines)`),
      );
    }
  };
  const checkDate = (entry: Located<unknown>, path: DataPath, label: string, date: FactDate) => {
    for (const problem of checkFactDate(date)) problems.push(at(entry, [...path, problem.field], `${label}: ${problem.message}`));
  };
  /** The paragraphs `refs` cite; undefined without the articles, or when a reference is wrong (already reported): nothing to check against. */
  const citedParagraphs = (refs: readonly SourceRef[]): string[] | undefined => {
    const cited = refs.map((ref) => paragraphsOf.get(ref.source)?.[ref.para - 1]);
    return cited.every((paragraph) => paragraph !== undefined) ? cited : undefined;
  };
  /**
   * `date` says only what `refs'` paragraphs, the articles' dates, the entry's `note` or the date's own
   * resolution note give, and each of `texts` writes only figures that these or `date` give.
   */
  const checkFigures = (entry: Located<unknown>, label: string, texts: [DataPath, string | undefined][], refs: readonly SourceRef[], date: [DataPath, FactDate], note = "") => {
    const [datePath, dateValue] = date;
    const cited = citedParagraphs(refs);
    if (!cited) return;
    const articleFigures = refs.flatMap((ref) => sourceDates.get(ref.source) ?? []).flatMap(figuresOfDate);
    const where = refs.map((ref) => `para. ${ref.para} of "${ref.source}"`).join(", ");
    // A malformed date is reported already (checkDate), and what it says means nothing.
    const undated = checkFactDate(dateValue).length > 0 ? [] : unsourcedDateFigures(dateValue, { passages: [...cited, note, dateValue.resolved ?? ""], figures: articleFigures });
    if (undated.length > 0) {
      problems.push(at(entry, datePath, `${label}: its date gives ${undated.join(", ")}, which neither the cited ${where} nor its article's date gives: correct the date, or say in "date.resolved" how it was worked out`));
    }
    const evidence = { passages: [...cited, note], figures: [...figuresOfDate(dateValue), ...articleFigures] };
    for (const [path, text] of texts) {
      const unsourced = text === undefined ? [] : unsourcedFigures(text, evidence);
      if (unsourced.length > 0) {
        problems.push(
          at(entry, path, `${label}: writes ${unsourced.join(", ")}, which neither the cited ${where} nor its date gives: cite the paragraph it comes from, or say in "date.resolved" how it was worked out (or in "note", for outside context)`),
        );
      }
    }
  };

  // The pack's articles as one run of words; undefined without them (nothing to check names against).
  const articles = [...paragraphsOf.values()];
  const articleWords = articles.every((paragraphs) => paragraphs !== undefined) ? wordsOf(articles.flat().join("\n")) : undefined;

  for (const entity of parsed.entities) {
    const { id, party, roles, capital, placeType, name, note } = entity.value;
    const label = `entity "${id}"`;
    if (articleWords && note === undefined && !isPrintedIn(articleWords, entity.value)) {
      const what = entity.value.kind === "person" ? "name" : "name, acronym or any alias";
      problems.push(at(entity, ["name"], `${label}: none of the pack's articles prints its ${what} ("${name}"): spell it as an article does, or say in "note" where it comes from`));
    }
    if (party !== undefined) checkEntityRef(entity, ["party"], label, party, "party");
    if (capital !== undefined && placeType !== "country") problems.push(at(entity, ["capital"], `${label}: a capital is given only for a country (placeType: country)`));
    roles.forEach((role, i) => {
      checkDate(entity, ["roles", i, "date"], `${label} role "${role.title}"`, role.date);
      checkSourceRef(entity, ["roles", i, "source"], `${label} role "${role.title}"`, role.source);
      checkFigures(entity, `${label} role "${role.title}"`, [[["roles", i, "title"], role.title]], [role.source], [["roles", i, "date"], role.date]);
    });
  }

  const facts = parsed.facts.map((entry) => {
    const fact = entry.value;
    const label = `fact "${fact.id}"`;
    const report = (path: DataPath, message: string) => problems.push(at(entry, path, `${label}: ${message}`));
    const warn = (path: DataPath, message: string) => warnings.push(at(entry, path, `${label}: ${message}`));

    checkDate(entry, ["date"], label, fact.date);
    const markup = parseMarkup(fact.text);
    for (const error of markup.errors) report(["text"], `markup: ${error}`);
    for (const mark of markup.marks) {
      if (mark.ref.type !== "entity") continue;
      const { id } = mark.ref;
      const atMark = (message: string) =>
        problems.push({ ...at(entry, ["text"], ""), line: entry.file.snippetLineAt([entry.index, "text"], `](${id})`), message: `${label}: ${message}` });
      const markedEntity = entityById.get(id);
      if (!entityIds.has(id)) {
        atMark(`unknown entity "${id}" in the text's mark "[${mark.text}](${id})" (looked for in entities/*.yaml)${didYouMean(id, entityIds)}`);
      } else if (markedEntity && !namesEntity(mark.text, markedEntity)) {
        atMark(`the mark "[${mark.text}](${id})" does not name "${markedEntity.name}": show its name, acronym or an alias (or words of one), or add the spelling to its aliases`);
      }
    }
    const hasMark = (type: "date" | "quantity") => markup.marks.some((mark) => mark.ref.type === type);
    if (hasMark("quantity") && !fact.quantity) report(["text"], `the text marks a (#quantity) but the fact has no "quantity"`);

    fact.entities.forEach((id, i) => checkEntityRef(entry, ["entities", i], label, id, "entities"));
    const marked = markup.marks.flatMap((mark) => (mark.ref.type === "entity" ? [mark.ref.id] : []));
    const ownEntityIds = [...new Set([...marked, ...fact.entities])];
    fact.alsoTrue.forEach((id, i) => {
      checkEntityRef(entry, ["alsoTrue", i], label, id, "alsoTrue");
      if (ownEntityIds.includes(id)) report(["alsoTrue", i], `"${id}" in alsoTrue is one of the fact's own entities (alsoTrue lists others that would make it true too)`);
    });
    fact.notRuledOut.forEach((id, i) => {
      checkEntityRef(entry, ["notRuledOut", i], label, id, "notRuledOut");
      if (ownEntityIds.includes(id)) report(["notRuledOut", i], `"${id}" in notRuledOut is one of the fact's own entities (notRuledOut lists others the sources cannot rule out)`);
      if (fact.alsoTrue.includes(id)) report(["notRuledOut", i], `"${id}" is in both alsoTrue and notRuledOut: list it in alsoTrue when it answers the question too, else in notRuledOut`);
    });
    fact.parties.forEach((id, i) => checkEntityRef(entry, ["parties", i], label, id, "parties"));
    fact.claimedBy?.forEach((id, i) => checkEntityRef(entry, ["claimedBy", i], label, id, "claimedBy"));
    fact.sources.forEach((ref, i) => checkSourceRef(entry, ["sources", i], label, ref));
    fact.modules.forEach((id, i) => {
      if (!moduleIds.has(id)) report(["modules", i], `unknown module "${id}" (looked for in modules.yaml)${didYouMean(id, moduleIds)}`);
    });
    fact.relatedFacts.forEach((related, i) => {
      if (related.id === fact.id) report(["relatedFacts", i, "id"], "relatedFacts names the fact itself");
      else if (!factIds.has(related.id)) {
        report(["relatedFacts", i, "id"], `relatedFacts: unknown fact "${related.id}" (looked for in facts/*.yaml)${didYouMean(related.id, factIds)}`);
      }
    });

    if (fact.kind !== "cause-effect" && fact.wrongEffects) report(["wrongEffects"], `only a cause-effect fact has "wrongEffects"`);

    switch (fact.kind) {
      case "event":
        if (!fact.label) warn([], `event has no "label" (a short noun phrase for timelines and ordering items)`);
        break;
      case "quantity":
        if (!fact.quantity) report([], `quantity fact needs a "quantity" with value, unit and counts`);
        else if (!hasMark("quantity")) warn(["text"], `quantity fact does not mark its number in the text with (#quantity)`);
        break;
      case "cause-effect":
        if (!fact.cause) report([], `cause-effect fact needs a "cause"`);
        if (!fact.effect) report([], `cause-effect fact needs an "effect"`);
        if (fact.wrongEffects) {
          const right = fact.effect ?? "";
          fact.wrongEffects.forEach((clause, i) => {
            const problem = wrongClauseProblem(clause, right);
            if (problem) report(["wrongEffects", i], `"wrongEffects": ${problem}`);
          });
        }
        break;
      case "position":
      case "expert-view":
        if (!fact.claimedBy || fact.claimedBy.length === 0) report([], `${fact.kind} fact needs "claimedBy" (who makes the claim)`);
        if (!fact.claim) report([], `${fact.kind} fact needs a "claim" (what is claimed, without its author)`);
        break;
      default:
        break;
    }

    if (fact.question !== undefined && fact.answer === undefined) report(["question"], `has a "question" but no "answer"`);
    if (fact.answer !== undefined && fact.question === undefined) report(["answer"], `has an "answer" but no "question"`);
    if (fact.answer !== undefined) {
      const answerProblem = checkAnswer(fact.answer, markup.marks, Boolean(fact.quantity));
      if (answerProblem) report(["answer"], answerProblem);
      const giveaway = fact.question === undefined ? undefined : answerGivenAway(fact.question, fact.answer, markup.marks);
      if (giveaway) warn(["question"], `the question contains its own answer "${giveaway}"`);
    }

    if (fact.falseStatement !== undefined) {
      const statementProblem = checkFalseStatement(fact.falseStatement, markup.plainText);
      if (statementProblem) report(["falseStatement"], statementProblem);
      const telltale = telltaleWordProblem(fact.falseStatement, markup.plainText);
      if (telltale) warn(["falseStatement"], telltale);
      const lengthGap = lengthGapProblem(fact.falseStatement, markup.plainText);
      if (lengthGap) warn(["falseStatement"], lengthGap);
    }

    // What the learner reads as true; a false statement and wrong effects may rightly write other figures.
    const readAsTrue: [DataPath, string | undefined][] = [
      [["text"], markup.plainText],
      [["label"], fact.label],
      [["question"], fact.question],
      [["claim"], fact.claim],
      [["cause"], fact.cause],
      [["effect"], fact.effect],
    ];
    checkFigures(entry, label, readAsTrue, fact.sources, [["date"], fact.date], fact.note);
    const cited = citedParagraphs(fact.sources);
    if (cited) {
      for (const [path, text] of [...readAsTrue, [["falseStatement"], fact.falseStatement] as [DataPath, string | undefined]]) {
        const misquoted = text === undefined ? [] : misquotedPhrases(text, cited);
        if (misquoted.length > 0) report(path, `quotes ${misquoted.map((phrase) => `"${phrase}"`).join(", ")}, which the cited paragraphs do not say word for word`);
      }
    }

    const loaded: LoadedFact = {
      ...fact,
      plainText: markup.plainText,
      marks: markup.marks,
      entityIds: ownEntityIds,
    };
    return loaded;
  });

  for (const { term, factIds } of wrongOptionTells(facts)) {
    const entry = parsed.facts.find((candidate) => candidate.value.id === factIds[0]) as Located<Fact>;
    const others = factIds.slice(1).map((id) => `"${id}"`).join(", ");
    warnings.push(
      at(entry, ["id"], `fact "${entry.value.id}": "${term}" is a tell: the wrong options (false statement, wrong effects) of this fact and of ${others} use it, and no true sentence of the pack does, so a test-wise learner rules them out unread; reword some in words that true sentences use`),
    );
  }

  for (const { factId, message } of effectLengthProblems(parsed.facts.map((entry) => entry.value))) {
    const entry = parsed.facts.find((candidate) => candidate.value.id === factId) as Located<Fact>;
    warnings.push(at(entry, ["wrongEffects"], `fact "${factId}": ${message}`));
  }

  // Tags are the topics of a learner's progress page: "supply-route" beside "supply-routes" would be two.
  const firstWithTag = new Map<string, string>();
  for (const entry of parsed.facts) for (const tag of entry.value.tags) if (!firstWithTag.has(tag)) firstWithTag.set(tag, entry.value.id);
  for (const entry of parsed.facts) {
    for (const tag of entry.value.tags) {
      const pluralFact = firstWithTag.get(`${tag}s`);
      if (pluralFact === undefined) continue;
      warnings.push(at(entry, ["tags"], `fact "${entry.value.id}": tags "${tag}" and "${tag}s" (fact "${pluralFact}") are one topic to a learner: use one spelling`));
    }
  }

  const modules: LoadedModule[] = parsed.modules.map((entry) => {
    const factIdsInOrder = facts
      .map((fact, fileOrder) => ({ fact, fileOrder, start: sortableStart(fact.date) }))
      .filter(({ fact }) => fact.modules.includes(entry.value.id))
      .sort((a, b) => a.start.localeCompare(b.start) || a.fileOrder - b.fileOrder)
      .map(({ fact }) => fact.id);
    if (factIdsInOrder.length === 0) {
      warnings.push(at(entry, ["id"], `module "${entry.value.id}" has no facts yet (no fact names it in "modules")`));
    }
    return { ...entry.value, factIds: factIdsInOrder };
  });

  if (parsed.facts.length === 0) problems.push({ file: "facts", message: "the pack has no facts" });

  return {
    pack: {
      sources: parsed.sources.map((entry) => entry.value),
      entities: parsed.entities.map((entry) => entry.value),
      facts,
      modules,
    },
    problems,
    warnings,
  };
}

/**
 * Where the right effect sits by length among its wrong ones, over the pack. Always at an end, a
 * learner who picks the odd one out is right; always between them, one who sets the longest and the
 * shortest option aside is left with a coin toss. Each fact once warned that it stood at an end, and
 * the pack's authors put it between the others in 20 facts of 20 (quiz audit of 7 December): near
 * half of each, as chance would have it, tells nothing. A pack of three or fewer such facts is held
 * only to the first rule.
 */
export function effectLengthProblems(facts: readonly Fact[]): { factId: string; message: string }[] {
  const placed = facts.flatMap((fact) => {
    if (fact.kind !== "cause-effect" || !fact.effect || !fact.wrongEffects || fact.wrongEffects.length < 2) return [];
    const right = fact.effect.length;
    const lengths = fact.wrongEffects.map((clause) => clause.length);
    const end = lengths.every((length) => length > right) ? "shortest" : lengths.every((length) => length < right) ? "longest" : undefined;
    return [{ factId: fact.id, end }];
  });
  const atAnEnd = placed.filter(({ end }) => end !== undefined).length;
  const counted = `in ${atAnEnd} of the pack's ${placed.length} cause-effect facts with "wrongEffects"`;
  if (atAnEnd > 0.75 * placed.length) {
    return placed.flatMap(({ factId, end }) =>
      end === undefined ? [] : [{ factId, message: `the right effect is the ${end} of its options, as it is at one end ${counted}: a learner who picks the odd one out by length is right too often; make a wrong effect ${end === "shortest" ? "shorter" : "longer"}` }],
    );
  }
  if (placed.length > 3 && atAnEnd < 0.25 * placed.length) {
    return placed.flatMap(({ factId, end }) =>
      end !== undefined ? [] : [{ factId, message: `the right effect lies between its wrong effects in length, as it is at one end only ${counted}: a learner who sets the longest and the shortest option aside is left with a coin toss; make it the longest or the shortest here` }],
    );
  }
  return [];
}

/** Explains why `answer` cannot be found among the text's marks, or returns undefined when it can. */
function checkAnswer(answer: string, marks: LoadedFact["marks"], hasQuantity: boolean): string | undefined {
  if (answer === "#date") {
    return marks.some((mark) => mark.ref.type === "date") ? undefined : `answer "#date" but the text marks no [..](#date)`;
  }
  if (answer === "#quantity") {
    if (!hasQuantity) return `answer "#quantity" but the fact has no "quantity"`;
    return marks.some((mark) => mark.ref.type === "quantity") ? undefined : `answer "#quantity" but the text marks no [..](#quantity)`;
  }
  if (answer.startsWith("#")) return `answer "${answer}" is not allowed: use "#date", "#quantity" or an entity id marked in the text`;
  const isMarked = marks.some((mark) => mark.ref.type === "entity" && mark.ref.id === answer);
  return isMarked ? undefined : `answer "${answer}" is not marked in the text (write [shown words](${answer}) in "text")`;
}

/** Explains what is wrong with a fact's false statement, or returns undefined when nothing is. */
function checkFalseStatement(statement: string, plainText: string): string | undefined {
  if (/\]\([^)]*\)/.test(statement)) return `"falseStatement" is shown as written: write it without [..](..) marks`;
  if (!/[.!?]["'”’)]*$/.test(statement.trim())) return `"falseStatement" is a whole sentence: end it with a full stop`;
  if (sameWords(statement, plainText)) return `"falseStatement" says what the text says: write a statement the source rules out`;
  return undefined;
}

// Words that tell a test-wise learner "false" (or, left out, "true") without the fact: absolutes and negations.
const TELLTALE_WORDS = /\b(?:never|always|alone|only|rarely|seldom|hardly|none|nothing|nobody|no|not|\w+n['’]t|any|all|every|ever|without|entirely|completely|solely)\b/gi;

/** Explains which telltale words the false statement and the text do not share, or returns undefined when they share them all. */
function telltaleWordProblem(statement: string, plainText: string): string | undefined {
  const telltales = (text: string) => new Set(Array.from(text.matchAll(TELLTALE_WORDS), ([word]) => word.toLowerCase().replace("’", "'")));
  const inStatement = telltales(statement);
  const inText = telltales(plainText);
  const added = [...inStatement].filter((word) => !inText.has(word));
  const dropped = [...inText].filter((word) => !inStatement.has(word));
  if (added.length === 0 && dropped.length === 0) return undefined;
  const quoted = (words: string[]) => words.map((word) => `"${word}"`).join(", ");
  const difference = [added.length > 0 ? `uses ${quoted(added)}, which the text does not` : "", dropped.length > 0 ? `leaves out ${quoted(dropped)}, which the text uses` : ""]
    .filter(Boolean)
    .join(" and ");
  return `"falseStatement" ${difference}: such words give the answer away to a learner who does not know the fact; turn the claim round in other words`;
}

/**
 * Explains what is wrong with an authored wrong effect, or returns undefined when nothing is:
 * it is shown as an option beside the right clause, so it is written like one and about as long.
 */
function wrongClauseProblem(clause: string, right: string): string | undefined {
  if (/\]\([^)]*\)/.test(clause)) return "a wrong option is shown as written: write it without [..](..) marks";
  if (sameWords(clause, right)) return "a wrong option says what the right one says";
  const gap = wordGap(clause, right);
  if (Math.abs(gap) > MAX_LENGTH_GAP_WORDS) {
    return `a wrong option is ${Math.abs(gap)} words ${gap < 0 ? "shorter" : "longer"} than the right one: a learner picks by length; keep them within ${MAX_LENGTH_GAP_WORDS} words`;
  }
  return undefined;
}

/** How far a false statement's length may stray from the text's, in words. */
const MAX_LENGTH_GAP_WORDS = 6;

/**
 * Explains how much longer or shorter the false statement is than the text, when the gap is
 * wide enough to answer by: a learner who takes the longer sentence for the true one would be right.
 */
function lengthGapProblem(statement: string, plainText: string): string | undefined {
  const gap = wordGap(statement, plainText);
  if (Math.abs(gap) <= MAX_LENGTH_GAP_WORDS) return undefined;
  return `"falseStatement" is ${Math.abs(gap)} words ${gap < 0 ? "shorter" : "longer"} than the text: a learner who takes the longer sentence for the true one needs no knowledge of the fact; keep the two within ${MAX_LENGTH_GAP_WORDS} words of each other`;
}

/** The shown words of the answer's mark when the question already contains them, else undefined. */
function answerGivenAway(question: string, answer: string, marks: LoadedFact["marks"]): string | undefined {
  const answerMark = marks.find((mark) =>
    mark.ref.type === "entity" ? mark.ref.id === answer : `#${mark.ref.type}` === answer,
  );
  if (!answerMark || answerMark.text.trim().length < 3) return undefined;
  return question.toLowerCase().includes(answerMark.text.trim().toLowerCase()) ? answerMark.text : undefined;
}

/** Collects the ids of `entries`, reporting each repeat with the place of the first one. */
function uniqueIds<T extends { id: string }>(
  entries: Located<T>[],
  noun: string,
  where: string,
  problems: ContentProblem[],
): Set<string> {
  const firstSeen = new Map<string, Located<T>>();
  for (const entry of entries) {
    const first = firstSeen.get(entry.value.id);
    if (!first) {
      firstSeen.set(entry.value.id, entry);
      continue;
    }
    const firstLine = first.file.lineAt([first.index, "id"]);
    const firstPlace = firstLine === undefined ? first.file.file : `${first.file.file}:${firstLine}`;
    problems.push(
      entry.file.problemAt(
        [entry.index, "id"],
        `duplicate ${noun} id "${entry.value.id}": also defined at ${firstPlace} (ids are unique across ${where})`,
      ),
    );
  }
  return new Set(firstSeen.keys());
}

/** True when the two texts have the same words, whatever their case and punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return words(a) === words(b);
}

/** How many words longer `a` is than `b` (negative when shorter). */
function wordGap(a: string, b: string): number {
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return count(a) - count(b);
}
