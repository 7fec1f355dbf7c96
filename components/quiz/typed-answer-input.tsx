import type { AnswerFormat } from "@/lib/engine";

/**
 * A typed answer (short answer, or a cloze without options). Plain text
 * keyboard for every format: numbers may be written as "2 billion" and dates
 * as "May 2011", which a numeric keypad cannot type.
 */
export function TypedAnswerInput({
  id,
  label,
  describedBy,
  hint,
  answerFormat,
  value,
  onChange,
  onSubmit,
  isLocked,
}: {
  id: string;
  label: string;
  /** The id of what the answer completes (a cloze's sentence), read before the hint. */
  describedBy?: string;
  /** The engine's sentence, e.g. "Type a year." */
  hint: string;
  answerFormat: AnswerFormat;
  value: string;
  onChange: (text: string) => void;
  /** Enter in the field checks the answer, as a form would. */
  onSubmit: () => void;
  isLocked: boolean;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <p id={hintId} className="text-sm text-muted">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        value={value}
        readOnly={isLocked}
        aria-describedby={describedBy ? `${describedBy} ${hintId}` : hintId}
        autoComplete="off"
        autoCapitalize={answerFormat === "name" ? "words" : "none"}
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && !isLocked) {
            event.preventDefault();
            onSubmit();
          }
        }}
        className="min-h-12 rounded-lg border-2 border-field bg-canvas px-3 py-2 text-base text-ink read-only:bg-surface focus:border-brand"
      />
    </div>
  );
}
