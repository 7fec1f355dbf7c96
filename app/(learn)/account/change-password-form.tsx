"use client";

import { useActionState, useRef, useState } from "react";
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
  // The new password is kept (controlled fields survive the form's reset) when only the current one was wrong:
  // it was wiped with it, and had to be typed twice again (UX review). A change that went through clears it.
  const [newPassword, setNewPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  const [answeredState, setAnsweredState] = useState(state);
  if (state !== answeredState) {
    setAnsweredState(state);
    if (state.ok) {
      setNewPassword("");
      setConfirmPassword("");
    }
  }

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
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
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
        value={confirmPassword}
        onChange={(event) => setConfirmPassword(event.target.value)}
      />
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Changing password…" : "Change password"}
      </Button>
    </form>
  );
}
