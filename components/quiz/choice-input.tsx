import type { ItemOption } from "@/lib/engine";

export type OptionVerdict = "chosen-right" | "chosen-wrong" | "expected" | null;

/**
 * Large radio-style options (the whole card is the touch target). Native
 * radios give arrow-key navigation and the right screen-reader semantics for free.
 */
export function ChoiceInput({
  name,
  labelledBy,
  options,
  selectedId,
  onSelect,
  isLocked,
  verdictOf,
}: {
  name: string;
  labelledBy: string;
  options: readonly ItemOption[];
  selectedId: string | null;
  onSelect: (optionId: string) => void;
  isLocked: boolean;
  verdictOf?: (option: ItemOption) => OptionVerdict;
}) {
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="flex flex-col gap-2">
      {options.map((option) => (
        <OptionCard
          key={option.id}
          name={name}
          value={option.id}
          text={option.text}
          isChecked={selectedId === option.id}
          isLocked={isLocked}
          verdict={verdictOf?.(option) ?? null}
          onSelect={() => onSelect(option.id)}
        />
      ))}
    </div>
  );
}

const verdictClasses: Record<Exclude<OptionVerdict, null>, string> = {
  "chosen-right": "border-good bg-good-soft",
  "chosen-wrong": "border-bad bg-bad-soft",
  expected: "border-good border-dashed",
};

const verdictWords: Record<Exclude<OptionVerdict, null>, string> = {
  "chosen-right": "Your answer: correct",
  "chosen-wrong": "Your answer: not correct",
  expected: "Correct answer",
};

export function OptionCard({
  name,
  value,
  text,
  isChecked,
  isLocked,
  verdict,
  onSelect,
}: {
  name: string;
  value: string;
  text: string;
  isChecked: boolean;
  isLocked: boolean;
  verdict: OptionVerdict;
  onSelect: () => void;
}) {
  const tone = verdict ? verdictClasses[verdict] : "border-line bg-canvas has-[:checked]:border-brand has-[:checked]:bg-brand-soft";
  return (
    <label
      className={`flex min-h-12 items-start gap-3 rounded-lg border-2 px-3 py-3 text-base ${tone} ${
        isLocked ? "cursor-default" : "cursor-pointer hover:border-brand"
      } has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand`}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={isChecked}
        disabled={isLocked && !isChecked}
        aria-disabled={isLocked || undefined}
        onChange={() => {
          if (!isLocked) onSelect();
        }}
        className="mt-0.5 size-5 shrink-0 accent-[var(--color-brand)] focus-visible:outline-none"
      />
      <span className="flex flex-col">
        <span>{text}</span>
        {verdict ? <span className="text-sm font-semibold">{verdictWords[verdict]}</span> : null}
      </span>
    </label>
  );
}
