import "server-only";
import { isUniqueViolation } from "@/lib/server/auth/database";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { parseInput, resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS, teacherClassHref } from "@/lib/server/services/notifications/notification-kinds";
import { addCoTeacherSchema } from "@/lib/validation/classes";
import { findTaughtClass } from "../class-access";
import { assertClassOwner } from "./class-roles";

/**
 * One message whether no account uses the email or the account is a
 * student's: the owner learns what they need (this person cannot be added)
 * without learning whether a student has an account. Teachers are staff, so
 * confirming that a colleague has a teacher account reveals little.
 */
export const NO_TEACHER_ACCOUNT_MESSAGE = "No teacher account uses that email. Ask your colleague to sign up as a teacher first.";
export const ALREADY_TEACHES_MESSAGE = "That teacher already teaches this class.";

/**
 * Adds an existing teacher account, found by email, as a co-teacher (the
 * class's owner only). Co-teachers manage the roster, the code and the
 * assignments, but cannot archive the class or change its teachers. The
 * teacher is told, by whom, with a link to the class.
 */
export async function addCoTeacher(actor: Actor, input: unknown, options: ServiceOptions = {}) {
  const { classId, email } = parseInput(addCoTeacherSchema, input);
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  assertClassOwner(taught, "add co-teachers");
  const teacher = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true } });
  if (!teacher || (teacher.role !== "teacher" && teacher.role !== "admin")) {
    throw new AppError(NO_TEACHER_ACCOUNT_MESSAGE, { status: 404, field: "email" });
  }
  const adder = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
  try {
    await db.$transaction(async (tx) => {
      await tx.classTeacher.create({ data: { classId: taught.id, userId: teacher.id, role: "co" } });
      await tx.notification.create({
        data: {
          userId: teacher.id,
          kind: NOTIFICATION_KINDS.coTeacherAdded,
          title: `You were added to teach ${taught.name}`,
          body: `${adder.name} added you as a co-teacher: you can now manage its roster, code and assignments, and read its results.`,
          href: teacherClassHref(taught.id),
          createdAt: now,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(ALREADY_TEACHES_MESSAGE, { status: 409, field: "email" });
    throw error;
  }
  return { id: teacher.id, name: teacher.name, email: teacher.email };
}
