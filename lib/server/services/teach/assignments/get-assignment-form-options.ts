import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import { resolveOptions, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { findTaughtClass } from "../class-access";
import { mostQuestionsOn } from "./create-assignment";

export interface AssignmentFormOptions {
  classId: string;
  className: string;
  isArchived: boolean;
  /** The live modules that can be assigned, in the pack's order, with the most questions a quiz on each alone can hold. */
  modules: { slug: string; title: string; mostQuestions: number | null }[];
}

/**
 * What the new-assignment form offers, for a teacher of the class.
 * @throws AppError 404 (no such class, or not the actor's)
 * @example
 * const options = await getAssignmentFormOptions(teacher, classId);
 */
export async function getAssignmentFormOptions(actor: Actor, classId: string, options: ServiceOptions = {}): Promise<AssignmentFormOptions> {
  const { db } = resolveOptions(options);
  const taughtClass = await findTaughtClass(db, actor, classId);
  const pack = await db.pack.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  const modules = pack
    ? (await db.module.findMany({ where: { packId: pack.id, retiredAt: null }, orderBy: { position: "asc" }, select: { slug: true, title: true } })).map((module) => ({
        ...module,
        mostQuestions: mostQuestionsOn(pack.id, module.slug),
      }))
    : [];
  return { classId: taughtClass.id, className: taughtClass.name, isArchived: taughtClass.archivedAt !== null, modules };
}
