/**
 * The IDOR suite (issue #6): every exported service of learn, review, teach
 * and notifications that takes an id is called as the wrong actor (a student
 * with another student's ids, a teacher with another teacher's class, a
 * removed co-teacher, a student with teacher verbs) and must refuse with the
 * same 404 a missing id gets (403 for role refusals) and change nothing.
 * A new export fails the first test until it has cases (a builder keyed by
 * its name in learner-cases.ts or teacher-cases.ts, over the world of
 * idor-world.ts) or a stated reason in exempt-exports.ts.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { getAttemptForTeacher } from "@/lib/server/services/teach/gradebook/get-attempt-for-teacher";
import { getGradebook } from "@/lib/server/services/teach/gradebook/get-gradebook";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";
import { snapshotUserData, withoutTables } from "./db-snapshot";
import { internalHelpers, takesNoId } from "./exempt-exports";
import type { CaseBuilder, CaseOptions, IdorCase } from "./idor-case";
import { buildWorld, NOW, type World } from "./idor-world";
import { learnerCases } from "./learner-cases";
import { appSourceFiles, listServiceExports } from "./service-exports";
import { teacherCases } from "./teacher-cases";

const covered: Record<string, CaseBuilder> = { ...learnerCases, ...teacherCases };

describe("the IDOR table", () => {
  it("has cases, or a reason for none, for every exported function of the audited services", async () => {
    const unlisted = (await listServiceExports())
      .filter(({ name }) => !(name in covered) && !(name in takesNoId) && !(name in internalHelpers))
      .map(({ name, file }) => `add an IDOR case for ${name} (${file}) to tests/integration/security, or say in exempt-exports.ts why it needs none`);
    expect(unlisted).toEqual([]);
  });

  it("names no function that is not exported any more, and each one in a single list", async () => {
    const exported = new Set((await listServiceExports()).map(({ name }) => name));
    const listed = [...Object.keys(covered), ...Object.keys(takesNoId), ...Object.keys(internalHelpers)];
    expect(listed.filter((name) => !exported.has(name))).toEqual([]);
    expect(listed.filter((name, index) => listed.indexOf(name) !== index)).toEqual([]);
  });

  it("keeps the trusted internal helpers out of reach of routes, pages and actions", () => {
    const offenders = appSourceFiles().flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return Object.keys(internalHelpers)
        .filter((name) => new RegExp(`\\b${name}\\b`).test(source))
        .map((name) => `${file} uses ${name}`);
    });
    expect(offenders).toEqual([]);
  });
});

async function rejectionOf(promise: Promise<unknown>): Promise<{ status: number; message: string } | string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return isAppError(error) ? error : `threw a non-AppError: ${String(error)}`;
  }
}

async function check(database: TestDatabase, idorCase: IdorCase): Promise<void> {
  const { db } = database;
  const title = idorCase.title;
  switch (idorCase.kind) {
    case "refused": {
      const before = await snapshotUserData(db);
      const refusal = await rejectionOf(idorCase.call());
      expect(typeof refusal === "string" ? refusal : refusal.status, title).toBe(idorCase.status);
      if (idorCase.sameAs && typeof refusal !== "string") {
        const missing = await rejectionOf(idorCase.sameAs());
        expect(refusal.message, `${title}: the message must be the one a missing id gets`).toBe(typeof missing === "string" ? missing : missing.message);
      }
      const after = await snapshotUserData(db);
      expect(withoutTables(after, idorCase.mayWrite ?? []), `${title}: the database changed`).toEqual(withoutTables(before, idorCase.mayWrite ?? []));
      return;
    }
    case "no-effect": {
      const before = await snapshotUserData(db);
      await idorCase.call();
      expect(await snapshotUserData(db), `${title}: the database changed`).toEqual(before);
      return;
    }
    case "scoped": {
      const body = JSON.stringify(await idorCase.call());
      expect(idorCase.foreign.length, `${title}: nothing to look for`).toBeGreaterThan(0);
      expect(idorCase.foreign.filter((value) => body.includes(value)), `${title}: leaks others' data`).toEqual([]);
      return;
    }
    case "returns":
      expect(await idorCase.call(), title).toEqual(idorCase.expected);
  }
}

describe.each(testProviders())("IDOR refusals on %s", (provider) => {
  let database: TestDatabase;
  let world: World;
  let options: CaseOptions;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    world = await buildWorld(database.db);
    options = { db: database.db, now: NOW };
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("starts from the world it describes", async () => {
    // Guards the cases' premises: were these wrong, a refusal could pass for the wrong reason.
    const { db } = database;
    const enrolled = await db.enrollment.findMany({ where: { removedAt: null }, select: { classId: true, userId: true } });
    expect(enrolled).toHaveLength(2);
    expect(enrolled).toEqual(expect.arrayContaining([{ classId: world.classA, userId: world.s1.id }, { classId: world.classB, userId: world.s2.id }]));
    const teachersOfA = await db.classTeacher.findMany({ where: { classId: world.classA }, select: { userId: true, role: true } });
    expect(teachersOfA).toEqual(expect.arrayContaining([{ userId: world.teacherA.id, role: "owner" }, { userId: world.coA.id, role: "co" }]));
    expect(teachersOfA).toHaveLength(2);
    const statuses = await db.attempt.findMany({ select: { id: true, status: true } });
    expect(statuses).toEqual(
      expect.arrayContaining([
        { id: world.attempts.s1Assignment, status: "submitted" },
        { id: world.attempts.s4Assignment, status: "submitted" },
        { id: world.attempts.s4Open, status: "in_progress" },
        { id: world.attempts.s2Open, status: "in_progress" },
        { id: world.attempts.s1Practice, status: "in_progress" },
      ]),
    );
    expect(world.notificationsOf.s1).toHaveLength(1);
    expect(world.notificationsOf.s2).toHaveLength(1);
  });

  it.each(Object.keys(covered).sort())("%s: the wrong actor is refused and sees nothing of others", async (name) => {
    const cases = (covered[name] as CaseBuilder)(world, options);
    expect(cases.length).toBeGreaterThan(0);
    for (const idorCase of cases) await check(database, idorCase);
  }, 60_000);

  it("leaves the owners able to do what strangers were refused", async () => {
    // The refusals above are about who asks: the same calls by the right actor succeed.
    const { attempts } = world;
    expect((await getAttemptView(world.s2, attempts.s2Open, options)).id).toBe(attempts.s2Open);
    expect((await getAttemptForTeacher(world.coA, attempts.s1Assignment, options)).id).toBe(attempts.s1Assignment);
    // s4 was removed after handing in: class A's teachers still read that work, in the attempt and the gradebook.
    expect((await getAttemptForTeacher(world.teacherA, attempts.s4Assignment, options)).studentLeftAt).not.toBeNull();
    const gradebookA = await getGradebook(world.coA, world.classA, options);
    expect(gradebookA.rows.map((row) => [row.student.id, row.leftAt === null])).toEqual([[world.s1.id, true], [world.s4.id, false]]);
    expect((await getGradebook(world.teacherB, world.classB, options)).rows.map((row) => row.student.id)).toEqual([world.s2.id]);
  });
});
