import "server-only";
import { resolveOptions, type Learner, type ServiceOptions } from "./attempt-records";
import { moduleSlugSchema } from "./get-lesson";
import type { AttemptStatus } from "./types";

/** The learner's latest lesson check on a module: the one to resume, or the score of the last one. */
export interface LatestCheck {
  attemptId: string;
  status: AttemptStatus;
  /** Null while it is open. */
  score: number | null;
  maxScore: number | null;
  submittedAt: string | null;
}

/**
 * The learner's own latest "check yourself" on the module, open or closed, or
 * null. The lesson page resumes an open one in place of starting another, and
 * tells the score of a closed one, so a learner coming back to a lesson sees
 * how their last check went.
 *
 * @example
 * const latest = await getLatestCheck(user, "drones-and-sovereignty");
 */
export async function getLatestCheck(learner: Learner, moduleSlug: unknown, options: ServiceOptions = {}): Promise<LatestCheck | null> {
  const { db } = resolveOptions(options);
  const slug = moduleSlugSchema.safeParse(moduleSlug);
  if (!slug.success) return null;
  const latest = await db.attempt.findFirst({
    where: { userId: learner.id, mode: "check", assignmentId: null, moduleSlugs: JSON.stringify([slug.data]) },
    orderBy: { startedAt: "desc" },
    select: { id: true, status: true, score: true, maxScore: true, submittedAt: true },
  });
  if (!latest) return null;
  const isOpen = latest.status === "in_progress";
  return {
    attemptId: latest.id,
    status: latest.status as AttemptStatus,
    score: isOpen ? null : latest.score,
    maxScore: isOpen ? null : latest.maxScore,
    submittedAt: latest.submittedAt?.toISOString() ?? null,
  };
}
