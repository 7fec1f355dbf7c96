import type { Metadata } from "next";
import { ClassList } from "@/components/teach/class-list";
import type { ClassSummary } from "@/components/teach/types";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/server/auth/guards";
import { listTaughtClasses, type TaughtClassSummary } from "@/lib/server/services/teach/classes/list-taught-classes";

export const metadata: Metadata = { title: "Your classes" };

function toSummary(row: TaughtClassSummary): ClassSummary {
  return { id: row.id, name: row.name, description: row.description, joinCode: row.joinCode, access: row.access, studentCount: row.studentCount };
}

export default async function TeachPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole("teacher", "admin");
  const [{ open, archived }, query] = await Promise.all([listTaughtClasses(user), searchParams]);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Your classes" lead="Classes you own or co-teach. Open one for its code, roster and assignments.">
        <LinkButton href="/teach/classes/new" className="w-full sm:w-auto sm:self-start">
          Create a class
        </LinkButton>
      </PageHeader>
      {query.deleted ? <Alert tone="good">Class deleted. Its students keep their own quizzes and progress.</Alert> : null}
      {query.left ? <Alert tone="good">You no longer teach that class. Its owner has been told.</Alert> : null}

      <section aria-labelledby="open-classes-heading" className="flex flex-col gap-3">
        <h2 id="open-classes-heading" className="text-xl font-bold">
          Current classes
        </h2>
        {open.length > 0 ? (
          <ClassList classes={open.map(toSummary)} labelledBy="open-classes-heading" />
        ) : archived.length > 0 ? (
          <p className="text-muted">No current classes: create one for your next course.</p>
        ) : (
          <Card>
            <p className="font-semibold">You have no classes yet.</p>
            <p className="text-muted">
              Create a class, then give your students its code (or send them its link): they join from their phone or computer, and you see them on the
              class&apos;s roster. A colleague can also add you to their class as a co-teacher.
            </p>
          </Card>
        )}
      </section>

      {archived.length > 0 ? (
        <section aria-labelledby="archived-classes-heading" className="flex flex-col gap-3">
          <h2 id="archived-classes-heading" className="text-xl font-bold">
            Archived classes
          </h2>
          <p className="text-muted">Nobody can join these; their rosters and results are kept. The owner can restore one from its page.</p>
          <ClassList classes={archived.map(toSummary)} labelledBy="archived-classes-heading" />
        </section>
      ) : null}
    </div>
  );
}
