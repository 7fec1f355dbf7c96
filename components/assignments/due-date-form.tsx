"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export interface DueDateFormState {
  ok: boolean;
  message?: string;
  fieldErrors?: { dueAt?: string };
  values?: { dueAt?: string };
}

const initialState: DueDateFormState = { ok: false };

/**
 * The teacher's form to move an assignment's due date. A plain form posting
 * to a server action (works without JavaScript). The field shows the date in
 * `timeZone`, the zone the page was drawn in, and sends that zone with it, so
 * the date is read back as shown; it also remembers the browser's zone for the
 * next page.
 */
export function DueDateForm({
  action,
  dueAt,
  timeZone,
  zoneNote,
}: {
  action: (state: DueDateFormState, formData: FormData) => Promise<DueDateFormState>;
  /** The current due date as a `datetime-local` value in `timeZone`. */
  dueAt: string;
  timeZone: string;
  /** " (UTC)" when the teacher's zone is not known yet. */
  zoneNote: string;
}) {
  const [state, formAction, isPending] = useActionState(action, initialState);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {state.message ? <Alert tone="bad">{state.message}</Alert> : null}
      <input type="hidden" name="timeZone" value={timeZone} />
      <Field
        id="new-due-date"
        name="dueAt"
        label={`New due date${zoneNote}`}
        type="datetime-local"
        required
        defaultValue={state.values?.dueAt ?? dueAt}
        hint="Every student in the class is told. Work not handed in counts as missing only once the new date has passed."
        error={state.fieldErrors?.dueAt}
      />
      <Button type="submit" variant="secondary" disabled={isPending} className="self-start">
        {isPending ? "Changing…" : "Change the due date"}
      </Button>
    </form>
  );
}
