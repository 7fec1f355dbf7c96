"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { rememberTimeZone } from "@/components/app-shell/remember-time-zone";
import { itemTypeLabels, type ItemType } from "@/components/quiz/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ASSIGNMENT_ITEM_COUNTS, ASSIGNMENT_LIMITS } from "@/lib/validation/assignments";
import type { AssignmentField, AssignmentFormState } from "./types";

const initialState: AssignmentFormState = { ok: false };
const choiceClasses =
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 border-line bg-canvas px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand";
const inputClasses = "size-5 shrink-0 accent-[var(--color-brand)]";

/**
 * The teacher's form for a new assignment. A plain form posting to a server
 * action (works without JavaScript); the browser stores its time zone in a
 * cookie so the dates mean the teacher's local times (UTC without it). The
 * action validates everything again.
 */
export function AssignmentForm({
  action,
  modules,
  itemTypes,
}: {
  action: (state: AssignmentFormState, formData: FormData) => Promise<AssignmentFormState>;
  modules: { slug: string; title: string; mostQuestions: number | null }[];
  itemTypes: readonly ItemType[];
}) {
  const [state, formAction, isPending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};

  // The action reads the dates in the teacher's time zone from the cookie: set it now, not when the browser is idle.
  useEffect(rememberTimeZone, []);
  // After a failed submission, land on the first field that needs attention.
  useEffect(() => {
    if (Object.keys(state.fieldErrors ?? {}).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[data-invalid] input')?.focus();
  }, [state]);

  const chosenModules = values.moduleSlugs ?? [];
  const chosenTypes = values.types ?? [...itemTypes];

  return (
    <form ref={formRef} action={formAction} noValidate className="group/assignment flex flex-col gap-6">
      {state.message ? <Alert tone="bad">{state.message}</Alert> : null}

      <Field
        id="assignment-title"
        name="title"
        label="Title"
        hint={`Up to ${ASSIGNMENT_LIMITS.titleMax} characters.`}
        required
        maxLength={ASSIGNMENT_LIMITS.titleMax}
        defaultValue={values.title ?? ""}
        error={errors.title}
      />

      <ChoiceGroup field="moduleSlugs" legend="Modules" hint="The questions are drawn from every module you tick." error={errors.moduleSlugs}>
        {modules.map((module) => (
          <label key={module.slug} className={choiceClasses}>
            <input type="checkbox" name="moduleSlugs" value={module.slug} defaultChecked={chosenModules.includes(module.slug)} className={`mt-0.5 ${inputClasses}`} />
            <span>
              {module.title}
              {module.mostQuestions === null ? null : <span className="block text-sm text-muted">Up to {module.mostQuestions} questions on its own</span>}
            </span>
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup field="itemCount" legend="Questions per student" hint="Each student gets their own quiz of this length." error={errors.itemCount} columns="grid-cols-3 sm:grid-cols-5">
        {ASSIGNMENT_ITEM_COUNTS.map((count) => (
          <label key={count} className={`${choiceClasses} items-center justify-center font-semibold`}>
            <input type="radio" name="itemCount" value={count} defaultChecked={String(count) === (values.itemCount ?? "10")} className={inputClasses} />
            {count}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup field="types" legend="Question types" error={errors.types} columns="sm:grid-cols-2">
        {itemTypes.map((type) => (
          <label key={type} className={`${choiceClasses} items-center`}>
            <input type="checkbox" name="types" value={type} defaultChecked={chosenTypes.includes(type)} className={inputClasses} />
            {itemTypeLabels[type]}
          </label>
        ))}
      </ChoiceGroup>

      <ChoiceGroup field="mode" legend="Mode" error={errors.mode}>
        <RadioOption name="mode" value="practice" checked={(values.mode ?? "practice") === "practice"} title="Practice" detail="Students see if they were right, and why, after every answer." />
        <RadioOption name="mode" value="assessment" checked={values.mode === "assessment"} title="Assessment" detail="Students answer everything first; the score comes when they submit." />
      </ChoiceGroup>

      {/* Only an assessment holds its answers back: with Practice chosen the question is moot, so it is not asked (CSS alone, before hydration too). */}
      <ChoiceGroup
        field="showAnswersAfterDue"
        legend="When may students see the correct answers?"
        hint="In an assessment, the answers come after the work is handed in."
        error={errors.showAnswersAfterDue}
        className="group-has-[[value=practice]:checked]/assignment:hidden"
      >
        <RadioOption name="showAnswersAfterDue" value="on_submit" checked={values.showAnswersAfterDue !== "after_due"} title="Right after they submit" />
        <RadioOption name="showAnswersAfterDue" value="after_due" checked={values.showAnswersAfterDue === "after_due"} title="Only after the due date" detail="Each student sees which of their answers were right only then, so marked answers do not go round the class while it is open (the module's practice quizzes still teach its facts). The assessment then closes: work under way is handed in as it stands, and no late work is taken. Once answers are shown, the due date cannot be moved." />
      </ChoiceGroup>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="assignment-attempts"
          name="attemptsAllowed"
          label="Attempts allowed"
          type="number"
          inputMode="numeric"
          min={1}
          max={ASSIGNMENT_LIMITS.attemptsMax}
          required
          defaultValue={values.attemptsAllowed ?? "1"}
          hint={`1 to ${ASSIGNMENT_LIMITS.attemptsMax}. The best attempt counts.`}
          error={errors.attemptsAllowed}
        />
        <Field
          id="assignment-time-limit"
          name="timeLimitMinutes"
          label="Time limit in minutes (optional)"
          type="number"
          inputMode="numeric"
          min={1}
          max={ASSIGNMENT_LIMITS.timeLimitMinutesMax}
          defaultValue={values.timeLimitMinutes ?? ""}
          hint="Counted from when a student starts. Leave empty for no limit."
          error={errors.timeLimitMinutes}
        />
        <Field
          id="assignment-opens"
          name="opensAt"
          label="Opens (optional)"
          type="datetime-local"
          defaultValue={values.opensAt ?? ""}
          hint="Leave empty to open it now."
          error={errors.opensAt}
        />
        <Field
          id="assignment-due"
          name="dueAt"
          label="Due"
          type="datetime-local"
          required
          defaultValue={values.dueAt ?? ""}
          // True whichever way the answers are shown: "students can still hand in after this" was not, for an assessment that closes then (UX review).
          hint="Work handed in after this counts as late. An assessment that shows its answers only after the due date closes then instead."
          error={errors.dueAt}
        />
      </div>

      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Setting…" : "Set assignment"}
      </Button>
    </form>
  );
}

/** A fieldset of checkboxes or radios with its hint and error announced with it. */
function ChoiceGroup({
  field,
  legend,
  hint,
  error,
  columns = "",
  className = "",
  children,
}: {
  field: AssignmentField;
  legend: string;
  hint?: string;
  error?: string;
  columns?: string;
  className?: string;
  children: ReactNode;
}) {
  const hintId = hint ? `assignment-${field}-hint` : undefined;
  const errorId = `assignment-${field}-error`;
  return (
    <fieldset aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined} data-invalid={error ? "" : undefined} className={`flex flex-col gap-2 ${className}`}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="-mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={`grid gap-2 ${columns}`}>{children}</div>
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-bad">
        {error ?? ""}
      </p>
    </fieldset>
  );
}

function RadioOption({ name, value, checked, title, detail }: { name: string; value: string; checked: boolean; title: string; detail?: string }) {
  return (
    <label className={choiceClasses}>
      <input type="radio" name={name} value={value} defaultChecked={checked} className={`mt-0.5 ${inputClasses}`} />
      <span className="flex flex-col">
        <span className="font-semibold">{title}</span>
        {detail ? <span className="text-sm text-muted">{detail}</span> : null}
      </span>
    </label>
  );
}
