"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/**
 * A form's submit button that says it is working while its action runs, and takes no second press: on a slow
 * network "Start quiz" stayed as it was for seconds, and each extra tap started another quiz (UX review).
 * Before hydration the form posts as plain HTML, without this guard.
 */
export function SubmitButton({
  pendingLabel,
  children,
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary"; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || disabled} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
