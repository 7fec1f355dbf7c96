import type { Metadata } from "next";
import Link from "next/link";
import { ContinueCard } from "@/components/dashboard/continue-card";
import { QuizSetupForm, quizLengths } from "@/components/quiz/quiz-setup-form";
import { itemTypeLabels } from "@/components/quiz/types";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { itemTypes, joinList, type ItemType } from "@/lib/engine";
import { requireUser } from "@/lib/server/auth/guards";
import { getContinueAttempt } from "@/lib/server/services/learn/get-dashboard";
import { listModules, type ModuleChoice } from "@/lib/server/services/learn/list-modules";
import { questionTypesFor } from "@/lib/server/services/learn/question-types";
import { startQuizAction, type StartQuizError } from "./actions";
import { continueTargetOf } from "../../continue-target";
import { quizFormQuery } from "./form-query";

export const metadata: Metadata = { title: "New quiz" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const errorMessages: Record<StartQuizError, string> = {
  "signed-out": "Your session has ended. Sign in again to start a quiz.",
  "too-few": "There are not enough facts for a quiz with these question types. Choose more types or all modules.",
  invalid: "That combination did not work. Check the module, length and question types.",
  unavailable: "We could not start the quiz just now. Please try again in a moment.",
};

/**
 * When the ticked types gave no question, what the chosen module (or all of
 * them) can ask instead, with a link that ticks those types; null when that
 * is not why the quiz failed.
 */
function typesHint(scope: ModuleChoice[], chosen: ModuleChoice | undefined, ticked: ItemType[], form: { count: number; mode: string }) {
  const packId = scope[0]?.packId;
  if (!packId || ticked.length === 0) return null;
  const available = questionTypesFor(packId, scope.map((module) => module.slug));
  if (available.length === 0 || ticked.some((type) => available.includes(type))) return null;
  const list = joinList(available.map((type) => itemTypeLabels[type]));
  return (
    <>
      <p>
        {chosen ? `“${chosen.title}” has` : "The modules have"} no questions of the types you ticked. {chosen ? "It" : "They"} can ask: {list}.
      </p>
      <Link href={`/quiz/new?${quizFormQuery({ module: chosen?.slug ?? "all", ...form, types: available })}`} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4">
        Tick those types instead
      </Link>
    </>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function NewQuizPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const [params, modules, open] = await Promise.all([searchParams, listModules(), getContinueAttempt(user)]);
  // A learner about to start a quiz may have left one: offer it first, so unfinished quizzes do not pile up unseen.
  const continueTarget = continueTargetOf(open, modules);

  // The query only pre-fills the form (links from the dashboard, tests); the action validates again.
  const moduleParam = first(params.module);
  const countParam = Number(first(params.count));
  const typesParam = (first(params.types) ?? "").split(",").filter((type): type is ItemType => (itemTypes as readonly string[]).includes(type));
  const errorParam = first(params.error);
  const chosen = modules.find((module) => module.slug === moduleParam);
  const count = (quizLengths as readonly number[]).includes(countParam) ? countParam : 10;
  const mode = first(params.mode) === "assessment" ? "assessment" : "practice";
  const errorMessage =
    errorParam === "too-few"
      ? (typesHint(chosen ? [chosen] : modules, chosen, typesParam, { count, mode }) ?? errorMessages["too-few"])
      : errorParam && errorParam in errorMessages
        ? errorMessages[errorParam as StartQuizError]
        : undefined;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Practise" lead="Choose a module and a length. Every quiz is new: questions are drawn fresh each time." />
      {continueTarget ? <ContinueCard target={continueTarget} /> : null}
      <Card>
        <QuizSetupForm
          // Its fields are uncontrolled: a link to this page with other defaults (the hint's) must remount the form to show them.
          key={quizFormQuery({ module: chosen?.slug ?? "all", count, mode, types: typesParam })}
          action={startQuizAction}
          modules={modules.map((module) => ({ slug: module.slug, title: module.title }))}
          itemTypes={itemTypes}
          defaults={{
            module: chosen?.slug ?? "all",
            count,
            mode,
            types: typesParam.length > 0 ? typesParam : itemTypes,
          }}
          errorMessage={errorMessage}
        />
      </Card>
    </div>
  );
}
