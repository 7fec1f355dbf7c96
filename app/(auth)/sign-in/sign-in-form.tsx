"use client";

import Link from "next/link";
import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AUTH_LIMITS, authPageHref } from "@/lib/validation/auth";
import { useFocusFirstError } from "../use-focus-first-error";
import { signInAction, type SignInState } from "./actions";

const initialState: SignInState = { ok: false };

/** Email and password form; posts to `signInAction` (works before hydration too). */
export function SignInForm({ next, initialMessage }: { next: string; initialMessage?: string }) {
  const [state, formAction, isPending] = useActionState(signInAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const message = state.message ?? initialMessage;

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {message ? (
        <Alert tone="bad">
          <p id="sign-in-error">{message}</p>
        </Alert>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <Field
        id="sign-in-email"
        name="email"
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={AUTH_LIMITS.emailMax}
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <Field
        id="sign-in-password"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={AUTH_LIMITS.passwordMax}
        error={state.fieldErrors?.password}
      />
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-muted">
        New to Groundwork?{" "}
        <Link
          href={authPageHref("/sign-up", next)}
          className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
