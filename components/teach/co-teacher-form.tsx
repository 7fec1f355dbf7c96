"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AUTH_LIMITS } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/classes";
import type { FormAction } from "./types";

const initialState: FormState = { ok: false };

/** Adds a co-teacher by the email of their teacher account. */
export function CoTeacherForm({ classId, action }: { classId: string; action: FormAction }) {
  const [state, formAction, isPending] = useActionState(action, initialState);
  const emailError = state.fieldErrors?.email;
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, put focus back on the email box, where the message is.
  useEffect(() => {
    if (state.fieldErrors?.email) formRef.current?.querySelector<HTMLInputElement>("input[name=email]")?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-3 border-t border-line pt-4">
      <input type="hidden" name="classId" value={classId} />
      {state.message && !emailError ? (
        <Alert tone="bad">
          <p id="co-teacher-error">{state.message}</p>
        </Alert>
      ) : null}
      <Field
        id="co-teacher-email"
        name="email"
        label="Add a co-teacher"
        hint="The email address of their Groundwork teacher account. Co-teachers manage the roster and assignments."
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={AUTH_LIMITS.emailMax}
        defaultValue={state.values?.email ?? ""}
        error={emailError}
      />
      <Button type="submit" variant="secondary" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Adding…" : "Add co-teacher"}
      </Button>
    </form>
  );
}
