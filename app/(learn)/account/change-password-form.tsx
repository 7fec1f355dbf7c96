"use client";

import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AUTH_LIMITS } from "@/lib/validation/auth";
import { useFocusFirstError } from "@/app/(auth)/use-focus-first-error";
import { changePasswordAction, type ChangePasswordState } from "./actions";

const initialState: ChangePasswordState = { ok: false };

/** Current password, the new one and the new one again; posts to `changePasswordAction`. */
export function ChangePasswordForm() {
  const [state, formAction, isPending] = useActionState(changePasswordAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {state.message ? <Alert tone={state.ok ? "good" : "bad"}>{state.message}</Alert> : null}
      <Field
        id="current-password"
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={AUTH_LIMITS.passwordMax}
        error={state.fieldErrors?.currentPassword}
      />
      <Field
        id="new-password"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={AUTH_LIMITS.passwordMin}
        maxLength={AUTH_LIMITS.passwordMax}
        hint={`At least ${AUTH_LIMITS.passwordMin} characters. Very common passwords are refused.`}
        error={state.fieldErrors?.newPassword}
      />
      <Field
        id="confirm-password"
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        maxLength={AUTH_LIMITS.passwordMax}
        error={state.fieldErrors?.confirmPassword}
      />
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
