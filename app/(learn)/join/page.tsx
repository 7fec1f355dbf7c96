import type { Metadata } from "next";
import Link from "next/link";
import { StaffJoinNotice } from "@/components/classes/staff-join-notice";
import { YourClasses } from "@/components/classes/your-classes";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { listMyClasses } from "@/lib/server/services/teach/classes/list-my-classes";
import { leaveClassAction } from "./actions";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Join a class" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const outcomeText = {
  joined: (name: string) => `You joined ${name}. Your teacher can now set you assignments.`,
  rejoined: (name: string) => `You are back in ${name}.`,
  already_member: (name: string) => `You are already in ${name}.`,
} as const;

export default async function JoinPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (user.role !== "student") return <StaffJoinNotice />;

  const [classes, params] = await Promise.all([listMyClasses(user), searchParams]);
  // Only a class the student is really in is named (the query string is not trusted text).
  const joined = classes.find((item) => item.id === params.joined);
  const outcome = typeof params.outcome === "string" && params.outcome in outcomeText ? (params.outcome as keyof typeof outcomeText) : "joined";
  // One notice at most (a hand-made address may carry both): the page has one #join-notice.
  const notice = joined ? outcomeText[outcome](joined.name) : params.left ? "You left the class. Your teachers have been told; its code lets you back in." : null;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      {/* What the join link's page says before a student joins: by code they learn it too (UX review). */}
      <PageHeader
        title="Join a class"
        lead="Type the code your teacher gave you. You can be in several classes. Your teachers will see your name and email address, the work you do for their class, and how well you answer the facts it covers, practice and reviews included."
      />
      {notice ? (
        <Alert tone="good">
          <p id="join-notice">{notice}</p>
          {/* Joined, the next step is the class's work: the page offered only the form again (UX review). */}
          {joined ? (
            <Link href="/dashboard" className="inline-flex min-h-11 items-center font-semibold underline underline-offset-2">
              See your assignments on the dashboard
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <Card>
        <JoinForm />
      </Card>
      <YourClasses classes={classes} hasJoinLink={false} leaveAction={leaveClassAction} />
    </div>
  );
}
