import type { InputHTMLAttributes } from "react";

/**
 * A labelled text input with an optional hint and error. The error is tied to
 * the input with aria-describedby and announced by screen readers as it appears.
 */
export function Field({
  id,
  label,
  hint,
  error,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        className="min-h-11 rounded-lg border border-field bg-canvas px-3 py-2 text-base text-ink aria-[invalid=true]:border-bad"
        {...input}
      />
      <p id={errorId} aria-live="polite" className="min-h-0 text-sm font-medium text-bad">
        {error ?? ""}
      </p>
    </div>
  );
}
