"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { assignWeakestReviewAction, type AssignReviewState } from "./actions";

const initialState: AssignReviewState = { ok: false };

/** The one-click "assign a review" button, with the outcome announced beside it (works before hydration too). */
export function AssignReviewForm({ classId, factCount }: { classId: string; factCount: number }) {
  const [state, formAction, isPending] = useActionState(assignWeakestReviewAction, initialState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="classId" value={classId} />
      <Button type="submit" disabled={isPending} className="self-start">
        {isPending ? "Assigning…" : factCount === 1 ? "Assign a review of this fact" : `Assign a review of these ${factCount} facts`}
      </Button>
      <div aria-live="polite">
        {state.ok ? (
          <Alert tone="good">
            <p>
              {state.message}{" "}
              <Link href={state.assignmentHref} className="font-semibold text-brand underline underline-offset-4">
                Open the assignment
              </Link>
            </p>
          </Alert>
        ) : state.message ? (
          <Alert tone="bad">
            <p>{state.message}</p>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
