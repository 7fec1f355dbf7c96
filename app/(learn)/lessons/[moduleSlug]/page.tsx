import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CheckYourself } from "@/components/lesson/check-yourself";
import { SavedLessonNotice } from "@/components/offline/saved-copy-notice";
import {
  LessonActors,
  LessonContents,
  LessonGlossary,
  LessonIntroduction,
  LessonKeyFigures,
  LessonSections,
  LessonTimeline,
} from "@/components/lesson/lesson-body";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getAttemptView } from "@/lib/server/services/learn/get-attempt-view";
import { getLesson } from "@/lib/server/services/learn/get-lesson";
import { getLatestCheck } from "@/lib/server/services/learn/latest-check";
import type { AttemptView } from "@/lib/server/services/learn/types";
import { dateLabel } from "@/components/teach/date-label";
import { learnerTimeZone } from "../../learner-time-zone";
import { toRunnerItems } from "../../quiz/[attemptId]/to-runner-items";
import { startCheckAction } from "./actions";

type Params = Promise<{ moduleSlug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// One read for the title and the page.
const lessonFor = cache(async (moduleSlug: string) => getLesson(await requireUser(), moduleSlug));

// The lesson's own title names the browser tab and the offline page's list of saved lessons.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lesson = await lessonFor((await params).moduleSlug);
  return { title: lesson?.title ?? "Lesson" };
}

export default async function LessonPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { moduleSlug } = await params;
  const check = (await searchParams).check;
  const user = await requireUser();
  const lesson = await lessonFor(moduleSlug);
  if (!lesson) notFound();
  const requested = typeof check === "string" && check !== "failed" ? await ownCheckAttempt(user, check, moduleSlug) : null;
  const latest = requested ? null : await getLatestCheck(user, moduleSlug);
  // Back at the lesson, an open check is resumed where it was left, and a closed one's score is told (UX review).
  const checkAttempt = requested ?? (latest?.status === "in_progress" ? await ownCheckAttempt(user, latest.attemptId, moduleSlug) : null);
  const lastCheck = !checkAttempt && latest?.submittedAt ? { score: latest.score ?? 0, maxScore: latest.maxScore ?? 0, on: latest.submittedAt } : null;
  const timeZone = lastCheck ? await learnerTimeZone() : undefined;

  return (
    <article className="mx-auto flex w-full max-w-3xl flex-col gap-8">
      <SavedLessonNotice />
      {/* The introduction reads as the title's lead: closer to it than the article's sections are to each other. */}
      <div className="flex flex-col gap-4">
        <PageHeader title={lesson.title} />
        <LessonIntroduction introduction={lesson.introduction} />
      </div>
      <LessonContents lesson={lesson} hasCheck />
      <LessonSections sections={lesson.sections} />
      <LessonTimeline entries={lesson.timeline} />
      <LessonKeyFigures figures={lesson.keyFigures} />
      <LessonActors actors={lesson.actors} />
      <LessonGlossary entries={lesson.glossary} />
      <section id="check-yourself" aria-labelledby="check-heading" className="flex scroll-mt-4 flex-col gap-4 border-t border-line pt-6">
        <h2 id="check-heading" className="text-xl font-bold">
          Check yourself
        </h2>
        {check === "failed" ? <Alert tone="bad">The check could not start just now. Please try again.</Alert> : null}
        {checkAttempt ? <CheckYourself attemptId={checkAttempt.id} items={toRunnerItems(checkAttempt)} /> : null}
        {/* A check closes at its last answer: then another one can start. */}
        {checkAttempt?.status === "in_progress" ? null : (
          <form action={startCheckAction.bind(null, moduleSlug)} className="flex flex-col gap-2">
            {checkAttempt ? null : <p className="text-muted">Up to five quick questions on this lesson, checked as you answer.</p>}
            {lastCheck ? (
              <p data-testid="last-check">
                Your last check: {lastCheck.score} of {lastCheck.maxScore} right, on {dateLabel(lastCheck.on, timeZone)}.
              </p>
            ) : null}
            <SubmitButton pendingLabel="Starting…" variant={checkAttempt ? "secondary" : "primary"} className="w-full sm:w-auto sm:self-start">
              {checkAttempt || lastCheck ? "Start another check" : "Start the check"}
            </SubmitButton>
          </form>
        )}
        <LinkButton href={`/quiz/new?module=${encodeURIComponent(moduleSlug)}`} variant="secondary" className="w-full sm:w-auto sm:self-start">
          Practise this module
        </LinkButton>
      </section>
    </article>
  );
}

/** The learner's own check attempt on this module, or null (someone else's id, or another module's, shows the start button). */
async function ownCheckAttempt(user: Awaited<ReturnType<typeof requireUser>>, attemptId: string, moduleSlug: string): Promise<AttemptView | null> {
  try {
    const view = await getAttemptView(user, attemptId);
    return view.mode === "check" && view.moduleSlugs.includes(moduleSlug) ? view : null;
  } catch (error) {
    if (isAppError(error) && error.status === 404) return null;
    throw error;
  }
}
