import "server-only";
import { AppError } from "@/lib/server/errors";
import { studentLeftNotices } from "@/lib/server/services/notifications/notification-kinds";
import { deleteAccountSchema } from "@/lib/validation/learn";
import { parseInput, resolveOptions, type Learner, type ServiceOptions } from "./attempt-records";

/** Why a teacher who owns classes cannot delete their account yet, and what to do: for the refusal and the account page. */
export const OWNS_CLASSES_MESSAGE =
  "You still own classes. On each class's page, make a co-teacher the owner, or archive the class and delete it; then you can delete your account.";

/**
 * Deletes the signed-in learner's account and everything that is theirs:
 * attempts with their items and answers, review memory and logs, sessions,
 * class memberships and notifications, in one transaction; the teachers of
 * their classes are told. The learner must
 * type their account's email to confirm. A teacher who still owns classes is
 * refused (their students' classes would go with them): they hand the classes
 * over or delete them first. The caller should then end the session.
 *
 * @throws AppError 400 (email does not match), 409 (still owns classes)
 *
 * @example
 * await deleteMyAccount(user, { confirmEmail: "sam@example.com" });
 */
export async function deleteMyAccount(learner: Learner, input: unknown, options: ServiceOptions = {}): Promise<{ deleted: true }> {
  const { db, now } = resolveOptions(options);
  const { confirmEmail } = parseInput(deleteAccountSchema, typeof input === "string" ? { confirmEmail: input } : input);
  const user = await db.user.findUnique({
    where: { id: learner.id },
    select: {
      email: true,
      name: true,
      _count: { select: { ownedClassrooms: true } },
      enrollments: { where: { removedAt: null }, select: { class: { select: { id: true, name: true, teachers: { select: { userId: true } } } } } },
    },
  });
  if (!user) throw new AppError("Your account no longer exists.", { status: 404 });
  if (user.email.toLowerCase() !== confirmEmail) {
    throw new AppError("That is not your account's email address. Type it exactly to confirm.", { status: 400, field: "confirmEmail" });
  }
  if (user._count.ownedClassrooms > 0) {
    throw new AppError(OWNS_CLASSES_MESSAGE, { status: 409 });
  }
  await db.$transaction(async (tx) => {
    // Their classes' teachers are told, as when a student leaves: the student and their work vanish from the roster,
    // the gradebook and the analysis, and nothing else would say why (UX review).
    await tx.notification.createMany({
      data: user.enrollments.flatMap(({ class: classroom }) =>
        studentLeftNotices(
          classroom,
          {
            title: `${user.name} deleted their account and left ${classroom.name}`,
            body: "Their quizzes and answers were deleted with it, so they are gone from the gradebook and the analysis too.",
          },
          now,
        ),
      ),
    });
    // ReviewLog has no foreign key (it outlives retired facts), so it is not cascaded.
    await tx.reviewLog.deleteMany({ where: { userId: learner.id } });
    // Attempts, items, responses, memory, sessions, enrolments, co-teaching and notifications cascade.
    await tx.response.deleteMany({ where: { userId: learner.id } });
    await tx.user.delete({ where: { id: learner.id } });
  });
  return { deleted: true };
}
