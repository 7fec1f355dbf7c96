"use client";

import Link from "next/link";
import { useActionState, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AUTH_LIMITS, authPageHref } from "@/lib/validation/auth";
import { useFocusFirstError } from "../use-focus-first-error";
import { signUpAction, type SignUpState } from "./actions";

const initialState: SignUpState = { ok: false };

const roleChoices = [
  { value: "student", label: "Student", hint: "I take lessons and quizzes." },
  { value: "teacher", label: "Teacher", hint: "I run classes and follow my students' progress." },
] as const;

/** Name, email, password and role; posts to `signUpAction`. */
export function SignUpForm({ next }: { next: string }) {
  const [state, formAction, isPending] = useActionState(signUpAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const chosenRole = state.values?.role ?? "student";
  const roleError = state.fieldErrors?.role;

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {state.message ? (
        <Alert tone="bad">
          <p id="sign-up-error">{state.message}</p>
        </Alert>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <Field
        id="sign-up-name"
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={AUTH_LIMITS.nameMax}
        defaultValue={state.values?.name ?? ""}
        error={state.fieldErrors?.name}
      />
      <Field
        id="sign-up-email"
        name="email"
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={AUTH_LIMITS.emailMax}
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <Field
        id="sign-up-password"
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={AUTH_LIMITS.passwordMin}
        maxLength={AUTH_LIMITS.passwordMax}
        hint={`At least ${AUTH_LIMITS.passwordMin} characters. A few unrelated words make a strong password; very common passwords are refused.`}
        error={state.fieldErrors?.password}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby={roleError ? "sign-up-role-error" : undefined}>
        <legend className="mb-1 font-semibold">I am a</legend>
        {roleChoices.map((choice) => (
          <label
            key={choice.value}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line bg-canvas px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
          >
            <input
              type="radio"
              name="role"
              value={choice.value}
              defaultChecked={choice.value === chosenRole}
              className="mt-1 size-5 shrink-0 accent-[var(--color-brand)]"
            />
            <span>
              <span className="block font-medium">{choice.label}</span>
              <span className="block text-sm text-muted">{choice.hint}</span>
            </span>
          </label>
        ))}
        <p id="sign-up-role-error" aria-live="polite" className="text-sm font-medium text-bad">
          {roleError ?? ""}
        </p>
      </fieldset>
      <Button type="submit" disabled={isPending} className="w-full sm:w-auto sm:self-start">
        {isPending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-muted">
        Already have an account?{" "}
        <Link
          href={authPageHref("/sign-in", next)}
          className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
