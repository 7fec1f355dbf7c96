import type { Metadata } from "next";
import Link from "next/link";
import { AccuracyChart } from "@/components/progress/accuracy-chart";
import { AttemptHistory, FactMasteryGroups, ModuleMasteryList, TopicExtremes } from "@/components/progress/progress-sections";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { getProgress, MIN_TAG_REVIEWS } from "@/lib/server/services/learn/get-progress";
import { learnerTimeZone } from "../learner-time-zone";
import { olderHistoryHref } from "./to-history-entries";
import { toProgressView } from "./to-progress-view";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser();
  const timeZone = await learnerTimeZone();
  const now = new Date();
  const view = toProgressView(await getProgress(user, { timeZone, now }), now, timeZone);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Your progress" lead="Mastery grows as you answer correctly over spaced reviews; accuracy shows how recent answers went." />
      <Card aria-labelledby="mastery-heading">
        <h2 id="mastery-heading" className="mb-4 text-xl font-bold">
          Mastery by module
        </h2>
        <ModuleMasteryList modules={view.modules} />
      </Card>
      <Card aria-labelledby="accuracy-heading">
        <h2 id="accuracy-heading" className="mb-4 text-xl font-bold">
          Accuracy over time
        </h2>
        <AccuracyChart points={view.accuracy} />
      </Card>
      <Card aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="mb-4 text-xl font-bold">
          Strongest and weakest topics
        </h2>
        <TopicExtremes strongest={view.strongest} weakest={view.weakest} minAnswers={MIN_TAG_REVIEWS} />
      </Card>
      <Card aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-xl font-bold">
          Quiz history
        </h2>
        <AttemptHistory attempts={view.history} />
        {view.olderHistoryBefore ? (
          <Link href={olderHistoryHref(view.olderHistoryBefore)} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4">
            Older quizzes
          </Link>
        ) : null}
      </Card>
      <Card aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="mb-2 text-xl font-bold">
          Facts you have practised
        </h2>
        {view.unstartedFacts > 0 ? <p className="text-muted">{view.unstartedFacts} more facts are waiting for you in reviews and quizzes.</p> : null}
        <FactMasteryGroups groups={view.factGroups} />
      </Card>
      <p className="text-muted">
        Your data is yours:{" "}
        {/* Inline, so the sentence wraps as one; the padding gives the link a 44 px tall touch area all the same. */}
        <Link href="/account" className="py-2.5 font-semibold text-brand underline underline-offset-4">
          download it or delete your account
        </Link>
        .
      </p>
    </div>
  );
}
