import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { itemTypeLabels, type ItemType } from "./types";

export const quizLengths = [5, 10, 20] as const;

/**
 * Choose what to practise: module (or all of them), length, mode and item
 * types. A plain form posting to a server action, so it works before (and
 * without) JavaScript; the server picks a fresh seed.
 */
export function QuizSetupForm({
  action,
  modules,
  itemTypes,
  defaults,
  errorMessage,
}: {
  action: (formData: FormData) => Promise<void>;
  modules: { slug: string; title: string }[];
  itemTypes: readonly ItemType[];
  defaults: { module: string; count: number; mode: "practice" | "assessment"; types: readonly ItemType[] };
  errorMessage?: ReactNode;
}) {
  return (
    <form action={action} className="flex flex-col gap-6">
      {errorMessage ? <Alert tone="bad">{errorMessage}</Alert> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="quiz-module" className="font-semibold">
          Module
        </label>
        <select
          id="quiz-module"
          name="module"
          defaultValue={defaults.module}
          className="min-h-12 w-full rounded-lg border-2 border-field bg-canvas px-3 text-base text-ink"
        >
          <option value="all">Mixed: all modules</option>
          {modules.map((module) => (
            <option key={module.slug} value={module.slug}>
              {module.title}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Length</legend>
        <div className="grid grid-cols-3 gap-2">
          {quizLengths.map((count) => (
            // The number sits beside its radio and the word under it, so three cards fit a 360 px screen.
            <label
              key={count}
              className="flex min-h-12 cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-line bg-canvas px-2 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand"
            >
              <span className="flex items-center gap-2">
                <input type="radio" name="count" value={count} defaultChecked={count === defaults.count} className="size-5 shrink-0 accent-[var(--color-brand)]" />
                <span className="text-lg font-semibold">{count}</span>
              </span>{" "}
              <span className="text-sm text-muted">questions</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Mode</legend>
        <ModeOption value="practice" title="Practice" detail="See if you were right, and why, after every answer." isDefault={defaults.mode === "practice"} />
        <ModeOption value="assessment" title="Assessment" detail="Answer everything first; your score and the answers come after you submit." isDefault={defaults.mode === "assessment"} />
      </fieldset>

      {/* The summary says, even closed, whether the quiz is limited: ticking none asks every type, as ticking all does. */}
      <details className="group rounded-lg border border-line" open={defaults.types.length < itemTypes.length}>
        <DisclosureSummary className="px-3 font-semibold">
          <span>
            Question types:{" "}
            <span className="font-normal text-muted group-has-[input:checked]:group-has-[input:not(:checked)]:hidden">all</span>
            <span className="hidden font-normal text-muted group-has-[input:checked]:group-has-[input:not(:checked)]:inline">some</span>
          </span>
        </DisclosureSummary>
        <fieldset className="grid gap-1 px-3 pb-3 sm:grid-cols-2">
          <legend className="sr-only">Question types</legend>
          {itemTypes.map((type) => (
            <label key={type} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input type="checkbox" name="types" value={type} defaultChecked={defaults.types.includes(type)} className="size-5 accent-[var(--color-brand)]" />
              {itemTypeLabels[type]}
            </label>
          ))}
        </fieldset>
      </details>

      <SubmitButton pendingLabel="Starting…" className="w-full sm:w-auto sm:self-start">
        Start quiz
      </SubmitButton>
    </form>
  );
}

function ModeOption({ value, title, detail, isDefault }: { value: string; title: string; detail: string; isDefault: boolean }) {
  return (
    <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-line bg-canvas px-3 py-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand">
      <input type="radio" name="mode" value={value} defaultChecked={isDefault} className="mt-0.5 size-5 shrink-0 accent-[var(--color-brand)]" />
      <span className="flex flex-col">
        <span className="font-semibold">{title}</span>
        <span className="text-sm text-muted">{detail}</span>
      </span>
    </label>
  );
}
