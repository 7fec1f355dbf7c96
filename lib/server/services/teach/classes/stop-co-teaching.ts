import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { NOTIFICATION_KINDS, teacherClassHref } from "@/lib/server/services/notifications/notification-kinds";
import { classNotFound, findTaughtClass } from "../class-access";
import { endCoTeaching } from "./end-co-teaching";

export const ONLY_CO_TEACHERS_LEAVE_MESSAGE =
  "Only a co-teacher can stop teaching a class. Its owner hands it over to a co-teacher first, or archives it and deletes it.";

/**
 * Takes the signed-in co-teacher off a class they no longer teach (a course
 * they handed back, a colleague's class they helped with), as the owner's
 * removal would (`endCoTeaching`). The owner is told, and can add them again
 * by email. The owner cannot leave this way: a class always has one.
 *
 * @throws AppError 404 (not the actor's class, or already left: the same), 403 (the owner, or an admin who does not teach it)
 *
 * @example
 * await stopCoTeaching(teacher, classId);
 */
export async function stopCoTeaching(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<{ left: true }> {
  const { db, now } = resolveOptions(options);
  const taught = await findTaughtClass(db, actor, classId);
  if (taught.access !== "co") throw new AppError(ONLY_CO_TEACHERS_LEAVE_MESSAGE, { status: 403 });
  const teacher = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });

  await db.$transaction(async (tx) => {
    // Of two clicks at once, both past findTaughtClass, the second finds no row: the 404 of a class they do not teach, and no second notice.
    if (!(await endCoTeaching(tx, taught.id, actor.id, now))) throw classNotFound();
    await tx.notification.create({
      data: {
        userId: taught.ownerId,
        kind: NOTIFICATION_KINDS.coTeacherLeft,
        title: `${teacher.name} stopped teaching ${taught.name}`,
        body: "They no longer see its roster, assignments or results. You can add them again by email.",
        href: teacherClassHref(taught.id),
        createdAt: now,
      },
    });
  });
  return { left: true };
}
