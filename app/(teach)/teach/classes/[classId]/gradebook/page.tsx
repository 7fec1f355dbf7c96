import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GradebookTable } from "@/components/gradebook/gradebook-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { learnerTimeZone } from "@/app/(learn)/learner-time-zone";
import { countLabel } from "@/lib/format/count-label";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getGradebook } from "@/lib/server/services/teach/gradebook/get-gradebook";
import { sortGradebookRows } from "@/lib/server/services/teach/gradebook/sort-gradebook-rows";
import { sortLinksFor, toGradebookView } from "./to-gradebook-view";

export const metadata: Metadata = { title: "Gradebook" };

type Params = Promise<{ classId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const linkClasses = "inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline";

export default async function GradebookPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const user = await requireRole("teacher", "admin");
  const [{ classId }, query, timeZone] = await Promise.all([params, searchParams, learnerTimeZone()]);
  const gradebook = await getGradebook(user, classId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  const view = toGradebookView(gradebook, sortGradebookRows(gradebook, query), timeZone);
  const leavers = gradebook.rows.length - gradebook.studentCount;
  const exportHref = (rows: string) => `/teach/classes/${gradebook.classId}/gradebook/export?rows=${rows}`;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${gradebook.classId}`} className={linkClasses}>
          ← {gradebook.className}
        </Link>
      </p>
      <PageHeader
        title="Gradebook"
        lead="The best handed-in attempt counts. Missing means not handed in by the due date (work due before a student joined is not missing for them); averages leave missing work out (see the Missing column), and weigh every assignment alike, practice or assessment. Students who left the class keep a row, below, with the work they handed in."
      >
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          <a href={exportHref("assignments")} className={buttonClasses("secondary")} download>
            Download CSV: one row per assignment
          </a>
          <a href={exportHref("responses")} className={buttonClasses("secondary")} download>
            Download CSV: one row per question
          </a>
          <Link href={`/teach/classes/${gradebook.classId}/analysis`} className={buttonClasses("quiet")}>
            Class analysis and weakest facts
          </Link>
        </div>
      </PageHeader>
      {gradebook.rows.length === 0 || gradebook.assignments.length === 0 ? (
        <p className="text-muted">
          {gradebook.rows.length === 0 ? "No students have joined this class yet." : "This class has no assignments yet."} The gradebook fills in as students hand in work.
        </p>
      ) : (
        <GradebookTable
          title={`${gradebook.className}: ${countLabel(gradebook.studentCount, "student")}${leavers > 0 ? ` (and ${leavers} who left)` : ""} × ${countLabel(gradebook.assignments.length, "assignment")}`}
          columns={view.columns}
          rows={view.rows}
          summary={view.summary}
          sortLinks={sortLinksFor(gradebook, query)}
        />
      )}
    </div>
  );
}
