"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/validation/classes";
import { useFocusFirstError } from "@/app/(auth)/use-focus-first-error";
import { joinClassAction } from "./actions";

const initialState: FormState<"code"> = { ok: false };

/**
 * Join a class: a code box, or (from a join link, `presetCode`) just the
 * confirming button. Joining is a POST, never a side effect of opening a link.
 */
export function JoinForm({ presetCode, submitLabel = "Join class" }: { presetCode?: string; submitLabel?: string }) {
  const [state, formAction, isPending] = useActionState(joinClassAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const error = state.fieldErrors?.code;

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {presetCode ? (
        <>
          <input type="hidden" name="code" value={presetCode} />
          <p id="join-error" role={error ? "alert" : undefined} className="font-medium text-bad empty:hidden">
            {error ?? ""}
          </p>
        </>
      ) : (
        <Field
          id="join-code-input"
          name="code"
          label="Class code"
          hint="8 letters and digits, like ABCD-EFGH. Capitals and the dash do not matter."
          required
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
          className="[&_input]:font-mono [&_input]:text-xl [&_input]:tracking-widest"
          defaultValue={state.values?.code ?? ""}
          error={error}
        />
      )}
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Joining…" : submitLabel}
      </Button>
    </form>
  );
}
