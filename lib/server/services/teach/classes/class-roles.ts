import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { canCreateClass } from "@/lib/server/auth/permissions";
import { AppError } from "@/lib/server/errors";
import type { TaughtClass } from "../class-access";

/**
 * Role rules shared by the class services, beyond "teaches this class"
 * (findTaughtClass): who may create or list classes, and which verbs only the
 * class's owner may use (archive, restore, co-teachers).
 */

/** The refusal of an owner's verb on a co-teacher (hand-over, removal) naming a teacher who is not one of this class's co-teachers. */
export const NOT_A_CO_TEACHER_MESSAGE = "That teacher is not a co-teacher of this class.";

export function assertCanTeach(actor: Actor): void {
  if (!canCreateClass(actor)) throw new AppError("Only teacher accounts can manage classes.", { status: 403 });
}

/** Owner-only verbs; admins count as owners. Co-teachers see the class, so a 403 reveals nothing new. */
export function assertClassOwner(taughtClass: TaughtClass, verb: string): void {
  if (taughtClass.access === "co") throw new AppError(`Only the teacher who owns this class can ${verb}.`, { status: 403 });
}

/** Students only: joining is for learners, teachers are added as co-teachers. */
export function assertStudent(actor: Actor): void {
  if (actor.role !== "student") {
    throw new AppError("Only student accounts can join a class. Teachers are added by the class owner as co-teachers.", { status: 403 });
  }
}
