import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptHistory } from "@/components/progress/progress-sections";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { listAttemptHistory } from "@/lib/server/services/learn/attempt-history";
import { listModules } from "@/lib/server/services/learn/list-modules";
import { learnerTimeZone } from "../../learner-time-zone";
import { olderHistoryHref, toHistoryEntries } from "../to-history-entries";

export const metadata: Metadata = { title: "Quiz history" };

const linkClass = "inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline";

/** Every quiz the learner has started, a page at a time, from the progress page's "Older quizzes" link. */
export default async function QuizHistoryPage({ searchParams }: { searchParams: Promise<{ before?: string | string[] }> }) {
  const user = await requireUser();
  const before = (await searchParams).before;
  const cursor = typeof before === "string" ? before : undefined;
  const [page, modules, timeZone] = await Promise.all([
    listAttemptHistory(user, cursor).catch((error: unknown) => {
      if (isAppError(error) && error.status === 404) notFound();
      throw error;
    }),
    listModules(),
    learnerTimeZone(),
  ]);
  const entries = toHistoryEntries(page.attempts, modules, new Date(), timeZone);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/progress" className={linkClass}>
          ← Your progress
        </Link>
      </p>
      <PageHeader title="Quiz history" lead={cursor === undefined ? "Every quiz you have started, newest first." : "Older quizzes, newest first."} />
      <Card aria-label="Quizzes">
        <AttemptHistory attempts={entries} />
      </Card>
      {cursor !== undefined || page.nextBefore ? (
        <nav aria-label="Quiz history pages" className="flex flex-wrap gap-4">
          {cursor !== undefined ? (
            <Link href="/progress/history" className={linkClass}>
              ← Newest quizzes
            </Link>
          ) : null}
          {page.nextBefore ? (
            <Link href={olderHistoryHref(page.nextBefore)} className={`${linkClass} ml-auto`}>
              Older quizzes →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
