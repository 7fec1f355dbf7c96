import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { ownerFirst } from "./owner-first";

export type MyClass = {
  id: string;
  name: string;
  description: string | null;
  /** The owner first. */
  teacherNames: string[];
  joinedAt: string;
};

/**
 * The classes `actor` is enrolled in: not removed, and not archived (an
 * archived class has ended). Any role may ask; a teacher simply has none.
 */
export async function listMyClasses(actor: Actor, options: ServiceOptions = {}): Promise<MyClass[]> {
  const { db } = resolveOptions(options);
  const enrollments = await db.enrollment.findMany({
    where: { userId: actor.id, removedAt: null, class: { archivedAt: null } },
    select: {
      joinedAt: true,
      class: {
        select: {
          id: true,
          name: true,
          description: true,
          teachers: { select: { role: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
        },
      },
    },
    orderBy: { joinedAt: "desc" },
  });
  return enrollments.map(({ joinedAt, class: row }) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    teacherNames: ownerFirst(row.teachers).map((teacher) => teacher.user.name),
    joinedAt: joinedAt.toISOString(),
  }));
}
