import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { joinClassSchema } from "@/lib/validation/classes";
import { assertStudent } from "./class-roles";
import { findOpenClassByCode } from "./join-throttle";
import { ownerFirst } from "./owner-first";

export type ClassToJoin = {
  code: string;
  name: string;
  teacherNames: string[];
  isMember: boolean;
};

/**
 * What a join link shows before the student confirms: the class name and its
 * teachers. Looking a code up counts against the same guessing limit as
 * joining, or this page would be a free way to test codes.
 */
export async function previewClassToJoin(actor: Actor, input: unknown, options: ServiceOptions = {}): Promise<ClassToJoin> {
  assertStudent(actor);
  const { code } = parseInput(joinClassSchema, input);
  const { db, now } = resolveOptions(options);
  const classroom = await findOpenClassByCode(db, actor.id, code, now);
  const [teachers, enrollment] = await Promise.all([
    db.classTeacher.findMany({ where: { classId: classroom.id }, select: { role: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } }),
    db.enrollment.findUnique({ where: { classId_userId: { classId: classroom.id, userId: actor.id } }, select: { removedAt: true } }),
  ]);
  return {
    code,
    name: classroom.name,
    teacherNames: ownerFirst(teachers).map((teacher) => teacher.user.name),
    isMember: Boolean(enrollment && !enrollment.removedAt),
  };
}
