/**
 * Lessons: a module's facts arranged for reading, all text generated from
 * the module's summary and objectives and the facts themselves.
 */
import { citationFor } from "./citations";
import { factDateText, intervalsOverlap, roleDateAfterTitle, type DayInterval } from "./dates";
import { quantityHedge } from "./distractors";
import { InvalidRequestError } from "./errors";
import { isDatedEvent } from "./items/events";
import { formatQuantity, formatQuantityValue } from "./numbers";
import { factsOfModule, groupIdOf, indexPack, isAcronymWritten, isEverywhere, isTrivialAcronym, memoise, postHolderOf, type PackIndex } from "./pack-index";
import { generateQuiz } from "./quiz";
import { capitalise } from "./text";
import { topicLabel } from "./topics";
import type { GlossaryEntry, KeyFigure, Lesson, LessonActor, LessonFact, LessonSection, LoadedFact, LoadedModule, LoadedPack, TimelineEntry } from "./types";

/** Paragraphs this close tell one passage, in the order its events happened (see `readingOrder`). */
const samePassage = 2;

/** How many "check yourself" questions a lesson ends with. */
const checkQuestionCount = 5;

/**
 * Builds the lesson of one module: introduction, sections by sub-topic in
 * time order, timeline, key figures, people and organisations with their
 * roles, glossary, citations on every fact, and 3–5 check-yourself items.
 *
 * @example
 * const lesson = buildLesson(pack, "drones-and-sovereignty");
 * lesson.sections[0].facts[0].citations[0].text // "Reuters, “Factbox: …” (October 2010), para. 11"
 */
export function buildLesson(pack: LoadedPack, moduleId: string, options: { seed?: string } = {}): Lesson {
  const index = indexPack(pack);
  const facts = lessonReadingOrder(pack, moduleId);
  const moduleDef = index.moduleById.get(moduleId) as LoadedModule;

  return {
    packId: pack.meta.id,
    packVersion: pack.meta.version,
    moduleId,
    title: moduleDef.title,
    introduction: { summary: moduleDef.summary.replace(/\s+/g, " ").trim(), objectives: moduleDef.objectives },
    sections: sectionsOf(index, facts),
    timeline: timelineOf(index, facts),
    keyFigures: keyFiguresOf(index, facts),
    actors: actorsOf(index, facts),
    glossary: glossaryOf(index, facts),
    checkYourself: generateQuiz(pack, {
      modules: [moduleId],
      count: checkQuestionCount,
      seed: `lesson|${moduleId}|${options.seed ?? ""}`,
      types: ["multiple-choice", "true-false", "cloze", "cause-effect", "attribution", "short-answer"],
    }),
  };
}

/** The module's facts in the order its lesson tells them, sections aside (see `readingOrder`). */
export function lessonReadingOrder(pack: LoadedPack, moduleId: string): LoadedFact[] {
  const index = indexPack(pack);
  const moduleDef = index.moduleById.get(moduleId);
  if (!moduleDef) throw new InvalidRequestError(`unknown module "${moduleId}"; modules: ${pack.modules.map((m) => m.id).join(", ")}`);
  // Once per pack and module: it depends on them alone, and each lesson view would otherwise redo it (a quarter of a millisecond).
  return memoise(index, `reading-order|${moduleId}`, () => readingOrder(index, factsOfModule(index, moduleDef)));
}

/**
 * The facts in the order a reader should meet them. Dates alone mislead where they overlap: "2011" or
 * "November 2011" starts before "26 November 2011", so relations "collapsed after the border strike"
 * and the inquiries into it came before the strike itself. A fact goes before another when it surely
 * happened earlier (its interval ends first), or, when their dates overlap, when one passage of their
 * source tells it first (an earlier paragraph, at most two apart, or any earlier one for the same
 * date; in one paragraph, the fact written first in the pack, whose authors follow the text). Farther
 * apart, a source's order is its own (a June 2012 piece opens on that month's news, then tells of the
 * aid cut after May 2011). Among facts free to go next, the earliest start comes first, as in the
 * module's own order. The source order can disagree with the dates through a third fact; the fact
 * that waits for the fewest others then goes next. Two dates that overlap by little, neither inside
 * the other, go by the dates (`overlapsLittle`).
 */
function readingOrder(index: PackIndex, facts: readonly LoadedFact[]): LoadedFact[] {
  const interval = (fact: LoadedFact) => index.intervalOf.get(fact.id) as DayInterval;
  const filePosition = memoise(index, "fact-file-position", () => new Map(index.pack.facts.map((fact, i) => [fact.id, i])));
  // A fact's place in a source is the paragraph it cites first there: an earlier one it also cites gives context
  // ("the biggest hurdle", para. 33, cites para. 32 for who said it, and opened the section on the talks it sums up).
  const firstPara = (fact: LoadedFact, sourceId: string) => fact.sources.find((ref) => ref.source === sourceId)?.para ?? 0;
  const goesBefore = (a: LoadedFact, b: LoadedFact): boolean => {
    const [x, y] = [interval(a), interval(b)];
    if (x.end < y.start) return true;
    if (y.end < x.start) return false;
    // Overlapping by less than half of the shorter date, and neither inside the other, the one that starts and
    // ends first is earlier: the Cold War's nuclear quarrel (to 1991) before the sanctions of the 1990s, which the
    // source tells first. Not "since the Cold War" (to November 2024) before a view of 2024, which it mostly holds.
    if (overlapsLittle(x, y)) return x.start < y.start;
    const sameDate = x.start === y.start && x.end === y.end;
    for (const { source } of a.sources) {
      if (!b.sources.some((ref) => ref.source === source)) continue;
      const [paraA, paraB] = [firstPara(a, source), firstPara(b, source)];
      if (!sameDate && Math.abs(paraA - paraB) > samePassage) continue;
      return paraA !== paraB ? paraA < paraB : (filePosition.get(a.id) ?? 0) < (filePosition.get(b.id) ?? 0);
    }
    return false;
  };
  const waitingFor = new Map(facts.map((fact) => [fact, facts.filter((other) => other !== fact && goesBefore(other, fact)).length]));
  const ordered: LoadedFact[] = [];
  while (waitingFor.size > 0) {
    const left = [...waitingFor.keys()];
    // In a cycle, the fact that waits for the fewest others (the earliest start among them) goes next.
    const next = left.reduce<LoadedFact | undefined>((best, fact) => (best === undefined || (waitingFor.get(fact) ?? 0) < (waitingFor.get(best) ?? 0) ? fact : best), undefined);
    if (!next) break;
    waitingFor.delete(next);
    ordered.push(next);
    for (const fact of waitingFor.keys()) if (goesBefore(next, fact)) waitingFor.set(fact, (waitingFor.get(fact) ?? 1) - 1);
  }
  return ordered;
}

/** True when two dates overlap by less than half of the shorter, neither inside the other. */
function overlapsLittle(x: DayInterval, y: DayInterval): boolean {
  const shifted = (x.start < y.start && x.end < y.end) || (y.start < x.start && y.end < x.end);
  const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return shifted && overlap * 2 < Math.min(x.end - x.start, y.end - y.start);
}

/**
 * A fact's date as a lesson shows it: as its sentence words an era ("During the Cold War", "From
 * 1989"), whose bounds are our context, not the source's (see `factDateText`), else `formatDate`.
 */
function lessonDate(fact: LoadedFact): string {
  return capitalise(factDateText(fact));
}

function lessonFact(index: PackIndex, fact: LoadedFact): LessonFact {
  return { factId: fact.id, text: fact.plainText, date: lessonDate(fact), citations: index.citationsOf.get(fact.id) ?? [] };
}

/**
 * Groups facts by sub-topic: repeatedly takes the tag shared by most of the
 * remaining facts, so each fact sits in its module's largest relevant topic,
 * with the facts that tell the same event (a figure another of them states is
 * left to the key figures: `figureToldElsewhere`).
 * A fact left alone under a heading of its own joins the section with the
 * most facts sharing a tag and a source with it (`joinLoneFacts`). Sections and the
 * facts inside them follow the lesson's reading order (see `readingOrder`), but for
 * a person's post, which comes just before the person is first met (`introductionsOf`).
 */
function sectionsOf(index: PackIndex, facts: readonly LoadedFact[]): LessonSection[] {
  const introductions = introductionsOf(index, facts);
  const remaining = new Set(facts.filter((fact) => !introductions.has(fact) && !figureToldElsewhere(index, fact, facts)));
  const sections: { tag: string; facts: LoadedFact[] }[] = [];
  const subjects = subjectTags(facts);
  while (remaining.size > 0) {
    const counts = new Map<string, number>();
    for (const fact of remaining) for (const tag of fact.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const best = byCount.find(([tag]) => !subjects.has(tag)) ?? byCount[0];
    if (!best) {
      sections.push({ tag: "other", facts: facts.filter((fact) => remaining.has(fact)) });
      break;
    }
    // A fact's same-event partners of its time join it, whatever their tags: one event told by three sources
    // was split over two sections and read as three separate points (lesson audit of 6 December). A partner
    // of another time joins only when no tag of its own groups it with other facts: the US backing in the
    // 1980s, linked to the distancing after it so that a quiz asks one of them, took the 1990s away from
    // their section into "Cold War" (item audit of 7 December, sixth round).
    const tagged = facts.filter((fact) => remaining.has(fact) && fact.tags.includes(best[0]));
    const interval = (fact: LoadedFact) => index.intervalOf.get(fact.id) as DayInterval;
    const hasSectionOfItsOwn = (fact: LoadedFact) =>
      facts.some((other) => remaining.has(other) && groupIdOf(index, other.id) !== groupIdOf(index, fact.id) && other.tags.some((tag) => fact.tags.includes(tag)));
    const joins = (fact: LoadedFact) =>
      tagged.some(
        (member) => groupIdOf(index, member.id) === groupIdOf(index, fact.id) && (intervalsOverlap(interval(member), interval(fact)) || !hasSectionOfItsOwn(fact)),
      );
    const members = facts.filter((fact) => remaining.has(fact) && (fact.tags.includes(best[0]) || joins(fact)));
    for (const fact of members) remaining.delete(fact);
    sections.push({ tag: best[0], facts: members });
  }
  joinLoneFacts(index, sections, facts);
  const position = new Map(facts.map((fact, i) => [fact.id, i]));
  // The facts only the lesson's subject groups give its overview ("Drones": their scale, the friction they caused): they open it.
  const opensLesson = (section: { tag: string }) => (subjects.has(section.tag) ? 0 : 1);
  sections.sort((a, b) => opensLesson(a) - opensLesson(b) || (position.get(a.facts[0]?.id ?? "") ?? 0) - (position.get(b.facts[0]?.id ?? "") ?? 0));
  for (const [role, naming] of introductions) {
    const section = sections.find((candidate) => candidate.facts.some((fact) => naming.includes(fact))) as (typeof sections)[number];
    section.facts.splice(section.facts.findIndex((fact) => naming.includes(fact)), 0, role);
  }
  return sections.map((section) => ({
    tag: section.tag,
    heading: section.tag === "other" ? "Other facts" : topicLabel(index.pack, section.tag),
    facts: section.facts.map((fact) => lessonFact(index, fact)),
  }));
}

/**
 * True when the fact is a figure that another fact of its event in the lesson states: "On 26 November
 * 2011 a NATO air strike on the border killed 24 Pakistani soldiers" beside "Reports of 2012 put the
 * toll … at 24" read as the same line twice (eighth quiz audit of 7 December). Such a figure is
 * told under "Key figures", with its own citations, not again among the section's lines.
 */
function figureToldElsewhere(index: PackIndex, fact: LoadedFact, facts: readonly LoadedFact[]): boolean {
  if (!fact.quantity) return false;
  const figure = formatQuantityValue(fact.quantity).replace(/[$.]/g, "\\$&");
  const states = new RegExp(`(?<![\\d.,$])${figure}(?![\\d])`);
  const group = groupIdOf(index, fact.id);
  return facts.some((other) => other !== fact && !other.quantity && groupIdOf(index, other.id) === group && states.test(other.plainText));
}

/** Share of a lesson's facts whose common tag is the lesson's subject, not one of its sub-topics. */
const subjectShare = 0.8;

/**
 * The tags most of the lesson's facts carry: its subject ("drones" on 14 of the drones lesson's 15
 * facts), which made one section of the whole lesson under a heading that repeats its title (lesson
 * audit of 7 December). A section takes such a tag only for the facts no other tag groups.
 */
function subjectTags(facts: readonly LoadedFact[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const fact of facts) for (const tag of fact.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= subjectShare * facts.length).map(([tag]) => tag));
}

/**
 * Under a heading of their own, the module's person-role facts read as a roster in the middle of the
 * lesson ("Who held which post": eight names and posts, each met again elsewhere). Each introduces
 * its person instead, just before the first fact the lesson shows that names them from the role's
 * time (a March 2012 post before the talks of 28 March 2012, not before a raid of 2011, which would
 * break the lesson's time order); with none, it stays in its topics' section. Returns, for each role
 * that introduces its person, the facts it may stand before. Two people met in one fact are
 * introduced in reading order.
 */
function introductionsOf(index: PackIndex, facts: readonly LoadedFact[]): Map<LoadedFact, LoadedFact[]> {
  const interval = (fact: LoadedFact) => index.intervalOf.get(fact.id) as DayInterval;
  const introductions = new Map<LoadedFact, LoadedFact[]>();
  for (const role of facts) {
    const holder = postHolderOf(index, role);
    if (!holder) continue;
    const naming = facts.filter((fact) => fact.kind !== "person-role" && fact.entityIds.includes(holder) && intervalsOverlap(interval(fact), interval(role)));
    if (naming.length > 0) introductions.set(role, naming);
  }
  return introductions;
}

/**
 * A section of one fact reads as a stray heading ("Pakistani Taliban" over a
 * single line, ahead of the lesson's real subject). Such a fact joins the
 * section of two or more facts in which most facts share a tag and a source
 * with it (on a tie, the larger section, then the one formed first); it keeps its place
 * in reading order there. The shared source keeps the heading true to the
 * fact's own article: a 2014 report's figure on aid does not go under "Minahil
 * Changez's analysis" for a 2024 fact on aid there. Failing such kin, a fact
 * joins the facts of its own paragraph, which the article set beside it (the
 * 2014 report's aid figure, "but" after its accusations and beside the
 * counterterrorism work). A fact with neither keeps its own section.
 */
function joinLoneFacts(index: PackIndex, sections: { tag: string; facts: LoadedFact[] }[], readingOrder: readonly LoadedFact[]): void {
  const position = new Map(readingOrder.map((fact, i) => [fact, i]));
  for (const lone of sections.filter((section) => section.facts.length === 1)) {
    const [fact] = lone.facts as [LoadedFact];
    const sharesTag = (other: LoadedFact) => other.tags.some((tag) => fact.tags.includes(tag));
    const sharesSource = (other: LoadedFact, samePara = false) =>
      other.sources.some((ref) => fact.sources.some((own) => own.source === ref.source && (!samePara || own.para === ref.para)));
    // A post makes no claim a heading could give to another article; its organisation is its kin
    // (the Pakistani Taliban's leader of 2009 beside the 2014 report on that group).
    const isKin = (other: LoadedFact) =>
      fact.kind === "person-role" ? sharesTag(other) || other.entityIds.some((id) => fact.entityIds.includes(id) && !isEverywhere(index, id)) : sharesTag(other) && sharesSource(other);
    const host = hostSection(sections, isKin) ?? hostSection(sections, (other) => sharesSource(other, true));
    if (!host) continue;
    host.facts = [...host.facts, fact].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    sections.splice(sections.indexOf(lone), 1);
  }
}

/** The section of two or more facts with most kin of a lone fact (on a tie, the larger, then the one formed first), or undefined when none has any. */
function hostSection<Section extends { facts: LoadedFact[] }>(sections: readonly Section[], isKin: (fact: LoadedFact) => boolean): Section | undefined {
  const sharing = (section: Section) => section.facts.filter(isKin).length;
  return sections
    .filter((section) => section.facts.length >= 2 && sharing(section) > 0)
    .reduce<Section | undefined>((best, section) => {
      if (!best) return section;
      const [a, b] = [sharing(section), sharing(best)];
      return a > b || (a === b && section.facts.length > best.facts.length) ? section : best;
    }, undefined);
}

/** A timeline needs two events to show an order; one event is told in its section. */
const minTimelineEvents = 2;

/**
 * The module's dated events, by the middle of each date, or none when it has fewer than `minTimelineEvents`. The timeline shows its dates, so it must read
 * in their order: the reading order follows a source's paragraphs among overlapping dates, which put
 * "28 March 2012" before "March 2012" and "26 to 28 March 2012". The middle keeps what surely came
 * first first, and puts a broad date where it mostly lies: "2014" before "24 November 2014" before
 * "late 2014"; "November 2011 to March 2012" after "26 November 2011". Equal middles keep the reading order.
 */
function timelineOf(index: PackIndex, facts: readonly LoadedFact[]): TimelineEntry[] {
  const seenGroups = new Set<string>();
  const middle = (fact: LoadedFact) => {
    const { start, end } = index.intervalOf.get(fact.id) as DayInterval;
    return (start + end) / 2;
  };
  const events = facts.filter(isDatedEvent).filter((fact) => {
    const group = groupIdOf(index, fact.id);
    if (seenGroups.has(group)) return false;
    seenGroups.add(group);
    return true;
  });
  if (events.length < minTimelineEvents) return [];
  return events
    .sort((a, b) => middle(a) - middle(b))
    .map((fact) => ({ factId: fact.id, date: lessonDate(fact), label: cardLine(fact.label ?? ""), citations: index.citationsOf.get(fact.id) ?? [] }));
}

/**
 * Each quantity fact's figure, with the bound its text puts on it ("More than $2 billion"), what it
 * counts as a line of its own ("Annual US military aid …"), and its date as it reads after that, in brackets ("late 2014").
 */
function keyFiguresOf(index: PackIndex, facts: readonly LoadedFact[]): KeyFigure[] {
  return facts.flatMap((fact) => {
    if (!fact.quantity) return [];
    const hedge = quantityHedge(fact);
    const figure = formatQuantity(fact.quantity);
    const value = hedge ? cardLine(`${hedge} ${figure}`) : figure;
    return [{ factId: fact.id, value, counts: cardLine(fact.quantity.counts), date: factDateText(fact), citations: index.citationsOf.get(fact.id) ?? [] }];
  });
}

/**
 * Text that opens a line of its own on a card or the timeline. Names, descriptions, roles, counted things and event labels are
 * written to sit inside a sentence ("author of the 2012 … piece", "the militant network that …"),
 * so a lower-case first word is capitalised here; a real name keeps its casing ("al-Qaeda").
 */
function cardLine(text: string): string {
  return /^[a-z]+(?:['’][a-z]+)?(?:\s|$)/.test(text) ? capitalise(text) : text;
}

function actorsOf(index: PackIndex, facts: readonly LoadedFact[]): LessonActor[] {
  const ids = [...new Set(facts.flatMap((fact) => [...fact.entityIds, ...(fact.claimedBy ?? [])]))];
  return ids.flatMap((id) => {
    const entity = index.entityById.get(id);
    if (!entity || (entity.kind !== "person" && entity.kind !== "organisation" && entity.kind !== "group")) return [];
    return [{
      entityId: entity.id,
      name: cardLine(entity.name),
      kind: entity.kind,
      ...(entity.description ? { description: cardLine(entity.description) } : {}),
      roles: entity.roles.map((role) => {
        const source = index.sourceById.get(role.source.source);
        const date = roleDateAfterTitle(role);
        return { title: cardLine(role.title), ...(date === undefined ? {} : { date }), citation: source ? citationFor(source, role.source.para) : null };
      }),
    }];
  });
}

function glossaryOf(index: PackIndex, facts: readonly LoadedFact[]): GlossaryEntry[] {
  const ids = new Set(facts.flatMap((fact) => fact.entityIds));
  return [...ids]
    .flatMap((id) => {
      const entity = index.entityById.get(id);
      // "US – United States" explains nothing: a glossary of it alone would be noise.
      if (!entity?.acronym || entity.acronym.toLowerCase() === entity.name.toLowerCase() || !isAcronymWritten(index, entity) || isTrivialAcronym(entity)) return [];
      return [{ term: entity.acronym, meaning: entity.name, ...(entity.description ? { description: cardLine(entity.description) } : {}) }];
    })
    .sort((a, b) => a.term.localeCompare(b.term));
}
