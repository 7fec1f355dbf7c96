import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { assertCanTeach } from "./class-roles";
import { joinCodeView } from "./join-link";

export type TaughtClassSummary = {
  id: string;
  name: string;
  description: string | null;
  joinCode: string;
  access: "owner" | "co";
  /** Enrolled and not removed. */
  studentCount: number;
  createdAt: string;
  archivedAt: string | null;
};

/**
 * The classes `actor` owns or co-teaches (an admin's list is the classes
 * they teach too, not every class), newest first, open and archived apart.
 */
export async function listTaughtClasses(actor: Actor, options: ServiceOptions = {}): Promise<{ open: TaughtClassSummary[]; archived: TaughtClassSummary[] }> {
  assertCanTeach(actor);
  const { db } = resolveOptions(options);
  const links = await db.classTeacher.findMany({
    where: { userId: actor.id },
    select: {
      role: true,
      class: {
        select: {
          id: true,
          name: true,
          description: true,
          joinCode: true,
          createdAt: true,
          archivedAt: true,
          _count: { select: { enrollments: { where: { removedAt: null } } } },
        },
      },
    },
    orderBy: { class: { createdAt: "desc" } },
  });
  const summaries = links.map(({ role, class: row }): TaughtClassSummary => ({
    id: row.id,
    name: row.name,
    description: row.description,
    joinCode: joinCodeView(row.joinCode).joinCode,
    access: role === "owner" ? "owner" : "co",
    studentCount: row._count.enrollments,
    createdAt: row.createdAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  }));
  return { open: summaries.filter((row) => !row.archivedAt), archived: summaries.filter((row) => row.archivedAt) };
}
