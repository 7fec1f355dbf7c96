import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactMasteryList } from "@/components/analysis/fact-mastery-list";
import { MasteryShareKey } from "@/components/charts/mastery-share-bar";
import { ItemAnalysisSection } from "@/components/analysis/item-analysis-section";
import { Card } from "@/components/ui/card";
import { ModuleDisclosure } from "@/components/ui/module-disclosure";
import { PageHeader } from "@/components/ui/page-header";
import { countLabel } from "@/lib/format/count-label";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getFactMastery } from "@/lib/server/services/teach/analysis/get-fact-mastery";
import { getItemAnalysis } from "@/lib/server/services/teach/analysis/get-item-analysis";
import { toItemGroups } from "../../../assignments/to-item-groups";
import { AssignReviewForm } from "./assign-review-form";
import { toFactGroups, toFactRow } from "./to-fact-rows";

export const metadata: Metadata = { title: "Class analysis" };

export default async function ClassAnalysisPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole("teacher", "admin");
  const { classId } = await params;
  const [mastery, analysis] = await Promise.all([getFactMastery(user, classId), getItemAnalysis(user, { classId })]).catch((error: unknown) => {
    if (isAppError(error) && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  });
  const practised = mastery.facts.filter((fact) => fact.answers > 0);
  const factGroups = toFactGroups(mastery.modules, mastery.facts);
  const itemGroups = toItemGroups(analysis);
  // The module rows then add up to more than the facts assigned (UX review: "28 of 94" above rows of 30 of 100).
  const hasSharedFacts = mastery.modules.reduce((sum, unit) => sum + unit.factSlugs.length, 0) > new Set(mastery.modules.flatMap((unit) => unit.factSlugs)).size;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${mastery.classId}/gradebook`} className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          ← Gradebook of {mastery.className}
        </Link>
      </p>
      <PageHeader title="Class analysis" lead={`${mastery.className}: what ${mastery.students === 1 ? "its 1 student has" : `its ${mastery.students} students have`} mastered, the weakest facts, and how each question worked.`} />

      <Card aria-labelledby="weakest-heading" className="flex flex-col gap-4">
        <h2 id="weakest-heading" className="text-xl font-bold">
          Weakest facts
        </h2>
        {mastery.weakest.length === 0 ? (
          <p className="text-muted">
            {practised.length === 0
              ? "Nothing has been practised yet. The weakest facts appear once students answer questions."
              : "Every answer so far was right: no fact is weak yet."}
          </p>
        ) : (
          <>
            <p className="text-muted">Lowest share of right answers first. One click sets a practice review of these facts, due in 7 days.</p>
            <MasteryShareKey />
            <FactMasteryList facts={mastery.weakest.map((fact) => toFactRow(fact, true))} />
            <AssignReviewForm classId={mastery.classId} factCount={mastery.weakest.length} />
          </>
        )}
      </Card>

      <Card aria-labelledby="mastery-heading" className="flex flex-col gap-4">
        <h2 id="mastery-heading" className="text-xl font-bold">
          Class mastery per fact
        </h2>
        <p className="text-muted">
          A fact is mastered when a student can be expected to recall it three weeks after their last review. Accuracy counts every answer your students gave on a fact: in
          assignments, and in their own practice and reviews. {practised.length} of {mastery.facts.length} assigned facts have been practised
          {hasSharedFacts ? "; a fact that belongs to two modules is listed, and counted, under each" : ""}.
        </p>
        {practised.length > 0 ? <MasteryShareKey /> : null}
        {practised.length > 0 ? (
          <ul className="flex flex-col gap-2">
            {factGroups.map((group) => (
              <li key={group.key}>
                <ModuleDisclosure title={group.title} counts={group.counts} open={factGroups.length === 1}>
                  <div className="py-3">
                    <FactMasteryList facts={group.facts} />
                  </div>
                </ModuleDisclosure>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <section aria-labelledby="items-heading" className="flex flex-col gap-4">
        <h2 id="items-heading" className="text-2xl font-bold">
          Items by module
        </h2>
        <p className="text-muted">
          Across {countLabel(analysis.attemptsAnalysed, "handed-in attempt")}. Each student&apos;s quiz is drawn separately, so an item is a question type on a fact. Red columns are flagged for
          review.
        </p>
        {itemGroups.map((group) => (
          <ItemAnalysisSection key={group.id} group={group} headingLevel={3} folded={{ open: itemGroups.length === 1 }} />
        ))}
      </section>
    </div>
  );
}
