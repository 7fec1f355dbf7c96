"use client";

import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/classes";
import type { FormAction } from "./types";

const initialState: FormState = { ok: false };

/**
 * A destructive action behind a confirmation step: the first button opens a
 * disclosure (native <details>, so it works before JavaScript loads) with the
 * question and the real submit button. On success the action redirects; a
 * failure's message is shown here.
 */
export function ConfirmActionForm({
  action,
  fields,
  openLabel,
  question,
  confirmLabel,
  tone = "danger",
  id,
}: {
  action: FormAction;
  /** Hidden inputs: which class, which student … */
  fields: Record<string, string>;
  openLabel: string;
  question: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "secondary";
  id: string;
}) {
  const [state, formAction, isPending] = useActionState(action, initialState);
  return (
    <details className="group w-full sm:w-auto" open={state.message ? true : undefined}>
      <summary className={buttonClasses("secondary", "cursor-pointer list-none select-none [&::-webkit-details-marker]:hidden")}>{openLabel}</summary>
      <form action={formAction} className="mt-3 flex flex-col gap-3 rounded-lg border border-line bg-canvas p-3">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div id={`${id}-question`}>{question}</div>
        {state.message ? (
          <Alert tone="bad">
            <p id={`${id}-error`}>{state.message}</p>
          </Alert>
        ) : null}
        <Button type="submit" variant={tone} disabled={isPending} aria-describedby={`${id}-question`} className="w-full sm:w-auto sm:self-start">
          {isPending ? "Working…" : confirmLabel}
        </Button>
      </form>
    </details>
  );
}
