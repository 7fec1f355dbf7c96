import "server-only";
import { buildLesson, type Lesson } from "@/lib/engine";
import { z } from "zod";
import { resolveOptions, type Learner, type ServiceOptions } from "./attempt-records";
import { loadQuizPack } from "./quiz-pack";

// Any string a URL segment may carry; an unknown slug is simply not found.
export const moduleSlugSchema = z.string().min(1).max(200);

/** A lesson as the page shows it: the engine's check-yourself quiz carries its key, so it never leaves the server. */
export type LessonView = Omit<Lesson, "checkYourself">;

/**
 * The lesson of a live (not retired) module, or null when there is none by
 * that slug. The database says which modules are live and in which pack; the
 * engine builds the lesson from the loaded pack. The page uses a
 * server-graded check attempt instead of the engine's check-yourself quiz.
 *
 * @example
 * const lesson = await getLesson(user, params.moduleSlug);
 * if (!lesson) notFound();
 */
// The learner is taken for the services' common shape (and future per-learner lessons); lessons are the same for everyone.
export async function getLesson(learner: Learner, moduleSlug: unknown, options: ServiceOptions = {}): Promise<LessonView | null> {
  const { db } = resolveOptions(options);
  const slug = moduleSlugSchema.safeParse(moduleSlug);
  if (!slug.success) return null;
  const live = await db.module.findFirst({ where: { slug: slug.data, retiredAt: null }, orderBy: { position: "asc" }, select: { packId: true } });
  if (!live) return null;
  const lesson = buildLesson(loadQuizPack(live.packId), slug.data);
  return {
    packId: lesson.packId,
    packVersion: lesson.packVersion,
    moduleId: lesson.moduleId,
    title: lesson.title,
    introduction: lesson.introduction,
    sections: lesson.sections,
    timeline: lesson.timeline,
    keyFigures: lesson.keyFigures,
    actors: lesson.actors,
    glossary: lesson.glossary,
  };
}
