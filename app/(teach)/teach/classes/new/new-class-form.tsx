"use client";

import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CLASS_LIMITS, type FormState } from "@/lib/validation/classes";
import { useFocusFirstError } from "@/app/(auth)/use-focus-first-error";
import { createClassAction } from "./actions";

const initialState: FormState = { ok: false };

/** Name and optional description of a new class; the action creates it and opens its page. */
export function NewClassForm() {
  const [state, formAction, isPending] = useActionState(createClassAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const descriptionError = state.fieldErrors?.description;

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {state.message ? (
        <Alert tone="bad">
          <p id="new-class-error">{state.message}</p>
        </Alert>
      ) : null}
      <Field
        id="class-name"
        name="name"
        label="Class name"
        // The limit is said: the field's maxlength cut a longer name without a word (UX review).
        hint={`What your students will see, e.g. Year 11 History (Set 2). Up to ${CLASS_LIMITS.nameMax} characters.`}
        required
        maxLength={CLASS_LIMITS.nameMax}
        autoComplete="off"
        defaultValue={state.values?.name ?? ""}
        error={state.fieldErrors?.name}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="class-description" className="font-semibold">
          Description <span className="font-normal text-muted">(optional)</span>
        </label>
        <p id="class-description-hint" className="text-sm text-muted">
          Up to {CLASS_LIMITS.descriptionMax} characters: when it meets, what it covers.
        </p>
        <textarea
          id="class-description"
          name="description"
          rows={4}
          maxLength={CLASS_LIMITS.descriptionMax}
          defaultValue={state.values?.description ?? ""}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={`class-description-hint${descriptionError ? " class-description-error" : ""}`}
          className="rounded-lg border border-field bg-canvas px-3 py-2 text-base text-ink aria-[invalid=true]:border-bad"
        />
        <p id="class-description-error" aria-live="polite" className="text-sm font-medium text-bad">
          {descriptionError ?? ""}
        </p>
      </div>
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Creating…" : "Create class"}
      </Button>
    </form>
  );
}
