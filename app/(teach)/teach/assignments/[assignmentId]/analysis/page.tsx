import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemAnalysisSection } from "@/components/analysis/item-analysis-section";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel } from "@/lib/format/count-label";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getItemAnalysis } from "@/lib/server/services/teach/analysis/get-item-analysis";
import { toItemGroups } from "../../to-item-groups";

export const metadata: Metadata = { title: "Item analysis" };

export default async function AssignmentAnalysisPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const user = await requireRole("teacher", "admin");
  const { assignmentId } = await params;
  const analysis = await getItemAnalysis(user, { assignmentId }).catch((error: unknown) => {
    if (isAppError(error) && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  });
  const groups = toItemGroups(analysis);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${analysis.classId}/gradebook`} className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          ← Gradebook of {analysis.className}
        </Link>
      </p>
      <PageHeader
        title={`Item analysis: ${analysis.assignment?.title ?? ""}`}
        lead={`From ${countLabel(analysis.attemptsAnalysed, "handed-in attempt")} (the one that counts per student). Each student's quiz is drawn separately, so an item is a question type on a fact. Weakest items first.`}
      />
      {groups.length === 0 ? <p className="text-muted">No work has been handed in yet. Figures appear once students submit.</p> : null}
      {groups.map((group) => (
        <ItemAnalysisSection key={group.id} group={group} />
      ))}
    </div>
  );
}
