import type { Metadata } from "next";
import Link from "next/link";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { YourClasses } from "@/components/classes/your-classes";
import { ModuleList } from "@/components/dashboard/module-list";
import { TeachingCard } from "@/components/dashboard/teaching-card";
import { TodayPanel } from "@/components/dashboard/today-panel";
import type { DashboardModule } from "@/components/dashboard/types";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel } from "@/lib/format/count-label";
import { requireUser } from "@/lib/server/auth/guards";
import { listMyAssignments } from "@/lib/server/services/learn/assignments/list-my-assignments";
import { getDashboard } from "@/lib/server/services/learn/get-dashboard";
import { listMyClasses } from "@/lib/server/services/teach/classes/list-my-classes";
import { listTaughtClasses } from "@/lib/server/services/teach/classes/list-taught-classes";
import { countUnreadNotifications } from "@/lib/server/services/notifications/count-unread-notifications";
import { getReviewSummary } from "@/lib/server/services/review/get-review-summary";
import { isHandedIn, isToDo, toAssignmentCard } from "../assignments/to-assignment-card";
import { continueTargetOf, nextStepOf } from "../continue-target";
import { relativeDayLabel } from "../relative-day-label";
import { learnerTimeZone } from "../learner-time-zone";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const timeZone = await learnerTimeZone();
  const now = new Date();
  const isTeacher = user.role === "teacher" || user.role === "admin";
  const [dashboard, review, assignments, unreadCount, classes, taught] = await Promise.all([
    getDashboard(user, { timeZone, now }),
    getReviewSummary(user, now, { timeZone }),
    listMyAssignments(user, { now }),
    countUnreadNotifications(user, { now }),
    user.role === "student" ? listMyClasses(user) : Promise.resolve([]),
    isTeacher ? listTaughtClasses(user) : Promise.resolve(null),
  ]);
  const modules: DashboardModule[] = dashboard.modules.map((module) => ({
    slug: module.slug,
    title: module.title,
    factsPractised: module.practisedFacts,
    factsMastered: module.masteredFacts,
    factsTotal: module.totalFacts,
  }));

  const assignmentsToDo = assignments.filter(isToDo).length;
  const isNew = modules.every((module) => module.factsPractised === 0) && !dashboard.continueAttempt;
  const myAssignments = (
    <MyAssignments
      todo={assignments.filter((assignment) => !isHandedIn(assignment)).map((assignment) => toAssignmentCard(assignment, now, timeZone))}
      done={assignments.filter(isHandedIn).map((assignment) => toAssignmentCard(assignment, now, timeZone))}
    />
  );

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={`Welcome, ${user.name}`}
        lead={isNew ? "Learn a module at a time: what you practise comes back for review when it is due." : "Pick up where you left off, review what is due, or practise a module."}
      >
        {unreadCount > 0 ? (
          <p>
            <Link href="/notifications" className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4">
              {countLabel(unreadCount, "unread notification")}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      {taught ? <TeachingCard openClassCount={taught.open.length} /> : null}
      {/* Work a teacher set, with a due date, comes first while some is open to do: below the day's panel it was
          out of sight on a phone (UX review). Only students in a class have assignments; others see no section. */}
      {assignmentsToDo > 0 ? myAssignments : null}
      <TodayPanel
        nextStep={continueTargetOf(dashboard.continueAttempt, dashboard.modules) ?? nextStepOf(modules, { assignmentsToDo })}
        review={{ dueNow: review.dueNow, nextDueLabel: review.nextDueAt ? relativeDayLabel(review.nextDueAt, now, timeZone) : null }}
        streak={{ days: dashboard.streakDays, answeredToday: dashboard.answeredToday }}
      />
      {assignmentsToDo === 0 && assignments.length > 0 ? myAssignments : null}
      {/* Students see their classes (or how to join one); teachers have theirs under Teaching. */}
      {user.role === "student" ? <YourClasses classes={classes} /> : null}
      <ModuleList modules={modules} />
    </div>
  );
}
