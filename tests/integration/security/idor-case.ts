/**
 * The kinds of row in the IDOR table. Each case is one call as the wrong
 * actor, and what must come of it.
 */
import type { Db } from "@/lib/server/db";
import type { UserDataTable } from "./db-snapshot";
import type { World } from "./idor-world";

type Call = () => Promise<unknown>;

export type IdorCase =
  /** Throws AppError `status`; the database is unchanged (but for `mayWrite`). With `sameAs`, the same message as that call (a missing id). */
  | { kind: "refused"; title: string; status: 400 | 403 | 404; call: Call; sameAs?: Call; mayWrite?: UserDataTable[] }
  /** Resolves, and the database is unchanged: an update whose owner filter matched nothing. */
  | { kind: "no-effect"; title: string; call: Call }
  /** Resolves with the actor's own data: none of `foreign` (others' ids, codes and emails) appears in it. */
  | { kind: "scoped"; title: string; call: Call; foreign: string[] }
  /** Resolves with exactly `expected`. */
  | { kind: "returns"; title: string; call: Call; expected: unknown };

export type CaseOptions = { db: Db; now: Date };

/** The IDOR cases of one exported function. */
export type CaseBuilder = (world: World, options: CaseOptions) => IdorCase[];

export type Actor = World["s1"];

/**
 * The same verb on `target` (described as `what`) by each stranger: every one must get the 404 the
 * owner gets for an id that does not exist.
 */
export function refusedToStrangers(
  what: string,
  target: string,
  strangers: Record<string, Actor>,
  owner: Actor,
  verb: (actor: Actor, id: string) => Promise<unknown>,
  mayWrite?: UserDataTable[],
): IdorCase[] {
  return Object.entries(strangers).map(([label, actor]) => ({
    kind: "refused",
    title: `${label} → ${what}`,
    status: 404,
    call: () => verb(actor, target),
    sameAs: () => verb(owner, "c0000000000000000000missing"),
    mayWrite,
  }));
}

/** Everyone who must not reach class A or what is in it: another teacher, a removed co-teacher, students in and out of it. */
export function strangersToClassA(world: World): Record<string, Actor> {
  return { "teacher B": world.teacherB, "removed co-teacher": world.formerCoA, "student of A": world.s1, "student in no class": world.s3 };
}

/** What `world`'s users other than those listed own, for "scoped" cases: ids, join codes and emails. */
export function foreignTo(world: World, viewer: "s1" | "s2" | "s3" | "s4" | "teacherA" | "teacherB"): string[] {
  const { attempts, notificationsOf } = world;
  const classA = [world.classA, world.assignmentA, attempts.s1Assignment, attempts.s4Assignment, attempts.s4Open, ...notificationsOf.s1];
  const classB = [world.classB, world.assignmentB, attempts.s2Open, world.s2.email, ...notificationsOf.s2];
  switch (viewer) {
    case "s1":
      return [...classB, attempts.s4Assignment, attempts.s4Open, world.s3.email, world.s4.email];
    case "s2":
    case "teacherB":
      return [...classA, attempts.s1Practice, attempts.s1Check, world.s1.email, world.s4.email, world.s3.email];
    case "s3":
      return [...classA, ...classB, attempts.s1Practice, attempts.s1Check, world.s1.email, world.s4.email];
    case "s4":
      // Removed from class A: its own attempt stays theirs, the class and its work do not.
      return [...classB, world.classA, world.assignmentA, attempts.s1Assignment, attempts.s1Practice, attempts.s1Check, ...notificationsOf.s1, world.s1.email];
    case "teacherA":
      // s4's handed-in attempt stays on class A's record after the removal; the attempt s4 left open does not.
      return [...classB, attempts.s1Practice, attempts.s1Check, attempts.s4Open, world.s3.email];
  }
}
