"use client";

import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AUTH_LIMITS } from "@/lib/validation/auth";
import { useFocusFirstError } from "@/app/(auth)/use-focus-first-error";
import { changeNameAction, type ChangeNameState } from "./actions";

const initialState: ChangeNameState = { ok: false };

/** The account's name, as others in its classes see it (`seenBy` says who); posts to `changeNameAction`. */
export function ChangeNameForm({ currentName, seenBy }: { currentName: string; seenBy: string }) {
  const [state, formAction, isPending] = useActionState(changeNameAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {state.ok && state.message ? <Alert tone="good">{state.message}</Alert> : null}
      <Field
        id="account-name"
        name="name"
        label="Name"
        hint={seenBy}
        autoComplete="name"
        required
        maxLength={AUTH_LIMITS.nameMax}
        defaultValue={state.values?.name ?? currentName}
        error={state.fieldErrors?.name}
      />
      <Button type="submit" variant="secondary" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
