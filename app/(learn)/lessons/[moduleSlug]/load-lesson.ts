import "server-only";
import { buildLesson, type Lesson } from "@/lib/engine";
import type { SessionUser } from "@/lib/server/auth/session";
import { getDashboard } from "@/lib/server/services/learn/get-dashboard";
import { loadQuizPack } from "@/lib/server/services/learn/quiz-pack";

/**
 * The lesson of a live module, or null. The dashboard service says which
 * modules are live (and in which pack); the engine builds the lesson from the
 * loaded pack. Only the readable parts leave this function: the engine's
 * check-yourself quiz carries its key, so it is dropped here and the page uses
 * a server-graded check attempt instead.
 */
export async function loadLesson(user: SessionUser, moduleSlug: string): Promise<Omit<Lesson, "checkYourself"> | null> {
  const { modules } = await getDashboard(user);
  const live = modules.find((entry) => entry.slug === moduleSlug);
  if (!live) return null;
  const lesson = buildLesson(loadQuizPack(live.packId), live.slug);
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
