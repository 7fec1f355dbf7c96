import type { Metadata } from "next";
import { ModuleList } from "@/components/dashboard/module-list";
import { TodayPanel } from "@/components/dashboard/today-panel";
import type { ContinueTarget, DashboardModule } from "@/components/dashboard/types";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { getDashboard, type Dashboard } from "@/lib/server/services/learn/get-dashboard";
import { getReviewSummary } from "@/lib/server/services/review/get-review-summary";
import { relativeDayLabel } from "../relative-day-label";
import { learnerTimeZone } from "../learner-time-zone";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const timeZone = await learnerTimeZone();
  const now = new Date();
  const [dashboard, review] = await Promise.all([getDashboard(user, { timeZone, now }), getReviewSummary(user, now, { timeZone })]);
  const modules: DashboardModule[] = dashboard.modules.map((module) => ({
    slug: module.slug,
    title: module.title,
    mastery: module.masteredPercent / 100,
    factsSeen: module.practisedFacts,
    factsTotal: module.totalFacts,
  }));

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={`Welcome, ${user.name}`} lead="Pick up where you left off, review what is due, or practise a module." />
      <TodayPanel
        continueTarget={continueTargetOf(dashboard)}
        review={{ dueNow: review.dueNow, nextDueLabel: review.nextDueAt ? relativeDayLabel(review.nextDueAt, now, timeZone) : null }}
        streakDays={dashboard.streakDays}
      />
      <ModuleList modules={modules} />
    </div>
  );
}

const modeNames = { practice: "Practice quiz", assessment: "Assessment", review: "Review session", check: "Lesson check" } as const;

function continueTargetOf(dashboard: Dashboard): ContinueTarget | null {
  const open = dashboard.continueAttempt;
  if (!open) return null;
  const titles = open.moduleSlugs.map((slug) => dashboard.modules.find((module) => module.slug === slug)?.title ?? slug);
  const about = titles.length === 1 ? titles[0] : titles.length === dashboard.modules.length ? "All modules" : `${titles.length} modules`;
  // A lesson check is answered inside its lesson, not on the quiz page.
  const href = open.mode === "check" && open.moduleSlugs[0] ? `/lessons/${open.moduleSlugs[0]}?check=${open.attemptId}#check-yourself` : `/quiz/${open.attemptId}`;
  return {
    title: `${modeNames[open.mode]}: ${about}`,
    detail: `${open.answeredCount} of ${open.total} answered`,
    href,
    actionLabel: "Continue",
  };
}
