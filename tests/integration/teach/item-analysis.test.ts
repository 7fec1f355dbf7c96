import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MASTERED_STABILITY_DAYS, State } from "@/lib/server/services/review/fsrs-memory";
import { ANALYSIS_DIGEST_VERSION } from "@/lib/server/services/teach/analysis/analysis-digest";
import { assignWeakestReview } from "@/lib/server/services/teach/analysis/assign-weakest-review";
import { getFactMastery } from "@/lib/server/services/teach/analysis/get-fact-mastery";
import { getItemAnalysis } from "@/lib/server/services/teach/analysis/get-item-analysis";
import type { ItemAnalysis, ItemStats } from "@/lib/server/services/teach/analysis/types";
import { rejection } from "@/tests/helpers/rejection";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { syncRealPack } from "../learn/learn-helpers";
import { PACK_ID, quizSetup, seedAssignment, seedAttempt } from "./gradebook-helpers";
import { seedClassWithStudents, seedStudent, seedTeacher, type SeededUser } from "./teach-helpers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const due = new Date("2026-05-10T12:00:00Z");
const now = new Date(due.getTime() + DAY);

/**
 * Six students (named in alphabetical order A–F) answer the same five
 * multiple-choice items (1 right, 0 wrong: always the first distractor).
 * Rest score = share right of the other four items. Expected figures, by hand:
 * - item 0: right A B C (rest .75 .5 .5, mean .5833), wrong D E F (.5 .5 .25, mean .4167);
 *   all mean .5, variance (.0625·2)/6 = .020833, s = .144338, p = .5 →
 *   r = .16667 / .144338 · .5 = .57735 (1/√3); upper (A, B) 2/2, lower (E, F) 0/2 → D = 1.
 * - item 1: r = 0 exactly (right A B D: rest .75 .5 .25; wrong C E F: .75 .5 .25).
 * - item 3: right A E (rest .75 .25), wrong B C D F (.75 .75 .5 .25): r = −0.131306.
 * - item 4 (weak students right, strong ones wrong): right C D E F (rest .5 .25 .25 0),
 *   wrong A B (1 .75): r = −0.877058; upper (A, B) 0/2, lower (E, F) 2/2 → D = −1.
 */
const MATRIX = [
  [1, 1, 1, 1, 0],
  [1, 1, 1, 0, 0],
  [1, 0, 1, 0, 1],
  [0, 1, 0, 0, 1],
  [0, 0, 0, 1, 1],
  [0, 0, 0, 0, 1],
] as const;

describe.each(testProviders())("item analysis and class mastery on %s", (provider) => {
  let database: TestDatabase;
  let teacher: SeededUser, otherTeacher: SeededUser;
  let students: SeededUser[];
  let classId: string;
  let assignment: { id: string };
  let factOf: string[];
  const db = () => database.db;
  const options = () => ({ db: db(), now });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await syncRealPack(db());
    teacher = await seedTeacher(db(), "Tess");
    otherTeacher = await seedTeacher(db(), "Otto");
    students = [];
    for (const name of ["Ada", "Ben", "Cai", "Dee", "Eve", "Fay"]) students.push(await seedStudent(db(), name));
    classId = (await seedClassWithStudents(db(), teacher, students, { name: "History 9" })).classroom.id;
    assignment = await seedAssignment(db(), classId, teacher.id, { title: "Week 1 check", dueAt: due });
    const start = new Date(due.getTime() - 2 * DAY);
    for (const [index, student] of students.entries()) {
      const seeded = await seedAttempt(db(), student, assignment.id, { pattern: MATRIX[index] as readonly (0 | 1)[], startAt: start, submitAt: new Date(start.getTime() + HOUR) });
      factOf = seeded.factSlugs.map((slugs) => slugs.join(","));
    }
    // An attempt still open on another assignment: its answers are not analysed.
    const open = await seedAssignment(db(), classId, teacher.id, { title: "Week 2 check", dueAt: new Date(now.getTime() + 5 * DAY) });
    await seedAttempt(db(), students[0] as SeededUser, open.id, { pattern: [0, 0, 0, 0, 0], startAt: now });
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  });

  function itemOn(analysis: ItemAnalysis, position: number): ItemStats {
    const item = analysis.groups.flatMap((group) => group.items).find((entry) => entry.factSlugs.join(",") === factOf[position]);
    if (!item) throw new Error(`no item for position ${position}`);
    return item;
  }

  it("gives each item's facility and discrimination as computed by hand from the answers given", async () => {
    expect(new Set(factOf).size).toBe(5);
    const analysis = await getItemAnalysis(teacher, { assignmentId: assignment.id }, options());
    expect(analysis).toMatchObject({ classId, className: "History 9", assignment: { id: assignment.id, title: "Week 1 check" }, attemptsAnalysed: 6 });
    expect(analysis.groups.map((group) => group.moduleSlug)).toEqual([quizSetup().module]);
    expect(analysis.groups[0]?.items).toHaveLength(5);

    expect(itemOn(analysis, 0)).toMatchObject({ type: "multiple-choice", responses: 6, correct: 3, facility: 0.5, upperLower: 1 });
    expect(itemOn(analysis, 0).discrimination).toBeCloseTo(1 / Math.sqrt(3), 6);
    expect(itemOn(analysis, 1).discrimination).toBeCloseTo(0, 10);
    expect(itemOn(analysis, 3).facility).toBeCloseTo(1 / 3, 10);
    expect(itemOn(analysis, 3).discrimination).toBeCloseTo(-0.131306, 5);
    expect(itemOn(analysis, 4)).toMatchObject({ correct: 4, upperLower: -1 });
    expect(itemOn(analysis, 4).discrimination).toBeCloseTo(-0.877058, 5);

    // A negative discrimination on six answers is shown, not flagged: one slip moves it that far (the flag waits
    // for ten, statistics.test.ts). The lowest facility comes first.
    expect(itemOn(analysis, 4).flags).not.toContain("negative_discrimination");
    expect(itemOn(analysis, 0).flags).not.toContain("negative_discrimination");
    expect(analysis.groups[0]?.items[0]?.factSlugs.join(",")).toBe(factOf[3]);
  });

  it("gives each option's choice rate and flags the distractors nobody chose", async () => {
    const item = itemOn(await getItemAnalysis(teacher, { assignmentId: assignment.id }, options()), 0);
    expect(item.options).toHaveLength(4);
    const [key, ...distractors] = item.options;
    expect(key).toMatchObject({ isKey: true, shown: 6, chosen: 3, rate: 0.5, isNonFunctioning: false });
    // Every wrong answer picked the same (first) distractor: the other two do no work.
    expect(distractors.map((option) => [option.chosen, option.isNonFunctioning])).toEqual([
      [3, false],
      [0, true],
      [0, true],
    ]);
    expect(item.flags).toContain("non_functioning_distractor");
  });

  it("says 'too few answers' for an item fewer than five students answered", async () => {
    // A second class where only two students hand the work in (its own students, so the main class's memory is untouched).
    const pair = [await seedStudent(db(), "Gus"), await seedStudent(db(), "Hal")];
    const smallClass = (await seedClassWithStudents(db(), teacher, pair, { name: "Small group" })).classroom.id;
    const small = await seedAssignment(db(), smallClass, teacher.id, { title: "Small", dueAt: due });
    const start = new Date(due.getTime() - DAY);
    for (const student of pair) await seedAttempt(db(), student, small.id, { pattern: [1, 0, 1, 0, 1], startAt: start, submitAt: new Date(start.getTime() + HOUR) });
    const analysis = await getItemAnalysis(teacher, { assignmentId: small.id }, options());
    const items = analysis.groups.flatMap((group) => group.items);
    expect(items).toHaveLength(5);
    expect(items.every((item) => item.flags.join() === "too_few_answers" && item.discrimination === null && item.responses === 2)).toBe(true);
    // Items 1 and 3 nobody got right: their key is still found (read from the stored key, not from a right answer).
    expect(items.filter((item) => item.correct === 0)).toHaveLength(2);
    expect(items.every((item) => item.options.filter((option) => option.isKey).length === 1)).toBe(true);
  });

  it("analyses typed and true-or-false items too, with their wording and no options", async () => {
    const group = [];
    for (const name of ["Ida", "Jon", "Kim", "Lev", "Mo"]) group.push(await seedStudent(db(), name));
    const mixedClass = (await seedClassWithStudents(db(), teacher, group, { name: "Mixed types" })).classroom.id;
    const mixed = await seedAssignment(db(), mixedClass, teacher.id, { title: "Mixed", dueAt: due });
    const start = new Date(due.getTime() - DAY);
    for (const [index, student] of group.entries()) {
      const pattern = [1, 0, 1, 0, 1].map((mark, position) => ((position + index) % 2 === 0 ? mark : 1 - mark)) as (0 | 1)[];
      await seedAttempt(db(), student, mixed.id, { pattern, startAt: start, submitAt: new Date(start.getTime() + HOUR), types: ["true-false", "short-answer", "multiple-choice"] });
    }
    const items = (await getItemAnalysis(teacher, { assignmentId: mixed.id }, options())).groups.flatMap((entry) => entry.items);
    expect(items.reduce((sum, item) => sum + item.responses, 0)).toBe(25);
    expect(items.some((item) => item.type !== "multiple-choice")).toBe(true);
    for (const item of items) {
      expect(item.prompt.length, item.key).toBeGreaterThan(0);
      expect(item.options.length > 0, item.key).toBe(item.type === "multiple-choice");
    }
  });

  it("analyses every handed-in assignment of the class by module", async () => {
    const analysis = await getItemAnalysis(teacher, { classId }, options());
    expect(analysis.assignment).toBeNull();
    expect(analysis.attemptsAnalysed).toBe(6);
    expect(itemOn(analysis, 0)).toMatchObject({ responses: 6, facility: 0.5 });
  });

  it("stores each attempt's digest when it is closed, and digests attempts without one from their rows on first read", async () => {
    const attempts = await db().attempt.findMany({ where: { assignment: { classId } }, select: { id: true, status: true, analysisDigest: true } });
    const closed = attempts.filter((attempt) => attempt.status !== "in_progress");
    expect(closed).toHaveLength(6);
    expect(closed.every((attempt) => attempt.analysisDigest?.startsWith(`[${ANALYSIS_DIGEST_VERSION},`))).toBe(true);
    expect(attempts.filter((attempt) => attempt.status === "in_progress").map((attempt) => attempt.analysisDigest)).toEqual([null]);

    const before = await getItemAnalysis(teacher, { classId }, options());
    // Attempts closed before digests existed (null), and a digest of an older format (version 1 kept the bare prompt).
    const [first, ...others] = closed;
    await db().attempt.updateMany({ where: { id: { in: others.map((attempt) => attempt.id) } }, data: { analysisDigest: null } });
    await db().attempt.update({ where: { id: first?.id }, data: { analysisDigest: '[1,["true-false|a",1,"True or false?"]]' } });
    expect(await getItemAnalysis(teacher, { classId }, options())).toEqual(before);
    // The backfill stored the same digests the closing transaction had written.
    const stored = await db().attempt.findMany({ where: { id: { in: closed.map((attempt) => attempt.id) } }, select: { id: true, analysisDigest: true } });
    expect(new Map(stored.map((attempt) => [attempt.id, attempt.analysisDigest]))).toEqual(new Map(closed.map((attempt) => [attempt.id, attempt.analysisDigest])));
    expect(await getItemAnalysis(teacher, { assignmentId: assignment.id }, options())).toMatchObject({ attemptsAnalysed: 6 });
  });

  it("gives the class's mastery per fact and the weakest facts, lowest accuracy first", async () => {
    const mastery = await getFactMastery(teacher, classId, options());
    expect(mastery.students).toBe(6);
    const row = (position: number) => mastery.facts.find((fact) => fact.slug === factOf[position]);
    // One answer each: even a fast right one (Easy, about 8 days' stability) is not yet mastery.
    expect(row(3)).toMatchObject({ answers: 6, correct: 2, mastered: 0, learning: 6, notStarted: 0 });
    expect(row(3)?.accuracy).toBeCloseTo(1 / 3, 10);
    expect(row(4)?.accuracy).toBeCloseTo(4 / 6, 10);
    // Facts of the module nobody has answered are listed but not "weak".
    expect(mastery.facts.some((fact) => fact.accuracy === null && fact.notStarted === 6)).toBe(true);
    expect(mastery.weakest.map((fact) => fact.slug)).toEqual([factOf[3], ...[factOf[0], factOf[1], factOf[2]].sort(), factOf[4]]);

    // One student's memory of it as after a right answer days later (FSRS expects recall weeks out): mastered.
    await db().factMemory.updateMany({
      where: { userId: students[0]?.id, fact: { slug: { in: factOf[3]?.split(",") } } },
      data: { state: State.Review, stability: MASTERED_STABILITY_DAYS },
    });
    const after = (await getFactMastery(teacher, classId, options())).facts.find((fact) => fact.slug === factOf[3]);
    expect(after).toMatchObject({ mastered: 1, learning: 5 });
  });

  it("groups a fact of two assigned modules under both, so each module counts all its facts, as a learner's page does", async () => {
    const modules = await db().module.findMany({ orderBy: { position: "asc" }, select: { slug: true, facts: { orderBy: { position: "asc" }, select: { fact: { select: { slug: true } } } } } });
    const factsOf = new Map(modules.map((unit) => [unit.slug, unit.facts.map((link) => link.fact.slug)]));
    const pair = modules.flatMap((a, i) => modules.slice(i + 1).map((b) => [a.slug, b.slug] as const)).find(([a, b]) => factsOf.get(a)?.some((slug) => factsOf.get(b)?.includes(slug)));
    if (!pair) throw new Error("no two modules of the real pack share a fact");
    const twoModules = (await seedClassWithStudents(db(), teacher, [], { name: "Two modules" })).classroom.id;
    await db().assignment.create({
      data: {
        classId: twoModules,
        title: "Two modules",
        packId: PACK_ID,
        moduleSlugs: JSON.stringify(pair),
        itemCount: 5,
        types: JSON.stringify(["multiple-choice"]),
        mode: "practice",
        attemptsAllowed: 1,
        opensAt: new Date(due.getTime() - 7 * DAY),
        dueAt: due,
        showAnswersAfterDue: false,
        createdById: teacher.id,
      },
    });

    const mastery = await getFactMastery(teacher, twoModules, options());
    expect(mastery.modules.map((unit) => [unit.slug, unit.factSlugs])).toEqual(pair.map((slug) => [slug, factsOf.get(slug)]));
    // Each fact is one row, whatever the modules that group it.
    expect(mastery.facts.map((fact) => fact.slug).sort()).toEqual([...new Set(pair.flatMap((slug) => factsOf.get(slug) ?? []))].sort());
  });

  it("lists no fact as weak, and assigns no review, while every answer in the class is right", async () => {
    const ace = await seedStudent(db(), "Ace");
    const aceClass = (await seedClassWithStudents(db(), teacher, [ace], { name: "All right" })).classroom.id;
    const work = await seedAssignment(db(), aceClass, teacher.id, { title: "All right", dueAt: due });
    const start = new Date(due.getTime() - DAY);
    await seedAttempt(db(), ace, work.id, { pattern: [1, 1, 1, 1, 1], startAt: start, submitAt: new Date(start.getTime() + HOUR) });

    const mastery = await getFactMastery(teacher, aceClass, options());
    expect(mastery.facts.filter((fact) => fact.answers > 0).length).toBeGreaterThan(0);
    expect(mastery.weakest).toEqual([]);
    expect(await rejection(assignWeakestReview(teacher, aceClass, options()))).toMatchObject({ status: 409 });
  });

  it("assigns a practice review of the weakest facts in one call", async () => {
    const result = await assignWeakestReview(teacher, classId, options());
    expect(result).toMatchObject({ title: "Review: weakest facts (11 May 2026)", isExisting: false });
    const created = await db().assignment.findUniqueOrThrow({ where: { id: result.assignmentId } });
    expect(created).toMatchObject({ classId, mode: "practice", title: result.title, dueAt: new Date(now.getTime() + 7 * DAY), createdById: teacher.id });
    expect(JSON.parse(created.factSlugs ?? "[]")).toEqual(result.factSlugs);
    expect(result.factSlugs[0]).toBe(factOf[3]);

    // Pressed again the same day on the same facts (a double click, a retry): the review already set, not a twin.
    expect(await assignWeakestReview(teacher, classId, options())).toEqual({ ...result, isExisting: true });
    expect(await db().assignment.count({ where: { classId, title: result.title } })).toBe(1);
  });

  it("gives the same 404 to another teacher and to a student on every analysis service", async () => {
    const noClass = await rejection(getFactMastery(teacher, "no-such-class", options()));
    const noAssignment = await rejection(getItemAnalysis(teacher, { assignmentId: "no-such-assignment" }, options()));
    for (const actor of [otherTeacher, students[0] as SeededUser]) {
      expect(await rejection(getItemAnalysis(actor, { assignmentId: assignment.id }, options()))).toMatchObject({ status: 404, message: noAssignment.message });
      expect(await rejection(getItemAnalysis(actor, { classId }, options()))).toMatchObject({ status: 404, message: noClass.message });
      expect(await rejection(getFactMastery(actor, classId, options()))).toMatchObject({ status: 404, message: noClass.message });
      expect(await rejection(assignWeakestReview(actor, classId, options()))).toMatchObject({ status: 404, message: noClass.message });
    }
  });
});
