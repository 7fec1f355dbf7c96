import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtClass } from "../class-access";
import { joinCodeView } from "./join-link";
import { ownerFirst } from "./owner-first";

export type ClassRoster = {
  id: string;
  name: string;
  description: string | null;
  joinCode: string;
  joinPath: string;
  /** The actor's link to the class; only "owner" (or "admin") may archive and manage co-teachers. */
  access: "owner" | "co" | "admin";
  createdAt: string;
  archivedAt: string | null;
  /** Enrolled and not removed, by name. */
  students: { id: string; name: string; email: string; joinedAt: string }[];
  /** The owner first, then co-teachers by name. */
  teachers: { id: string; name: string; email: string; role: "owner" | "co" }[];
};

/**
 * A class's home for its teachers: the join code and link, the students on
 * the roster and the teachers. Someone else's class is a 404.
 */
export async function getClassRoster(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<ClassRoster> {
  const { db } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  const [enrollments, teachers] = await Promise.all([
    db.enrollment.findMany({
      where: { classId: taught.id, removedAt: null },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ user: { name: "asc" } }, { joinedAt: "asc" }],
    }),
    db.classTeacher.findMany({
      where: { classId: taught.id },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  return {
    id: taught.id,
    name: taught.name,
    description: taught.description,
    ...joinCodeView(taught.joinCode),
    access: taught.access,
    createdAt: taught.createdAt.toISOString(),
    archivedAt: taught.archivedAt?.toISOString() ?? null,
    students: enrollments.map(({ joinedAt, user }) => ({ ...user, joinedAt: joinedAt.toISOString() })),
    teachers: ownerFirst(teachers).map(({ role, user }) => ({ ...user, role: role === "owner" ? ("owner" as const) : ("co" as const) })),
  };
}
