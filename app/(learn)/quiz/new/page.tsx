import type { Metadata } from "next";
import { QuizSetupForm, quizLengths } from "@/components/quiz/quiz-setup-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { itemTypes, type ItemType } from "@/lib/engine";
import { requireUser } from "@/lib/server/auth/guards";
import { listModules } from "@/lib/server/services/learn/list-modules";
import { startQuizAction, type StartQuizError } from "./actions";

export const metadata: Metadata = { title: "New quiz" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const errorMessages: Record<StartQuizError, string> = {
  "signed-out": "Your session has ended. Sign in again to start a quiz.",
  "too-few": "There are not enough facts for a quiz with these question types. Choose more types or all modules.",
  invalid: "That combination did not work. Check the module, length and question types.",
  unavailable: "We could not start the quiz just now. Please try again in a moment.",
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function NewQuizPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser();
  const params = await searchParams;
  const modules = await listModules();

  // The query only pre-fills the form (links from the dashboard, tests); the action validates again.
  const moduleParam = first(params.module);
  const countParam = Number(first(params.count));
  const typesParam = (first(params.types) ?? "").split(",").filter((type): type is ItemType => (itemTypes as readonly string[]).includes(type));
  const errorParam = first(params.error);

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Practise" lead="Choose a module and a length. Every quiz is new: questions are drawn fresh each time." />
      <Card>
        <QuizSetupForm
          action={startQuizAction}
          modules={modules.map((module) => ({ slug: module.slug, title: module.title }))}
          itemTypes={itemTypes}
          defaults={{
            module: modules.some((module) => module.slug === moduleParam) ? (moduleParam as string) : "all",
            count: (quizLengths as readonly number[]).includes(countParam) ? countParam : 10,
            mode: first(params.mode) === "assessment" ? "assessment" : "practice",
            types: typesParam.length > 0 ? typesParam : itemTypes,
          }}
          errorMessage={errorParam && errorParam in errorMessages ? errorMessages[errorParam as StartQuizError] : undefined}
        />
      </Card>
    </div>
  );
}
