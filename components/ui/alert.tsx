import type { ReactNode } from "react";

type Tone = "info" | "good" | "bad" | "warn";

const tones: Record<Tone, string> = {
  info: "border-brand bg-brand-soft text-ink",
  good: "border-good bg-good-soft text-ink",
  bad: "border-bad bg-bad-soft text-ink",
  warn: "border-warn bg-warn-soft text-ink",
};

/** A message box; errors are announced at once (role="alert"), others politely (role="status"). */
export function Alert({ tone = "info", children, className = "" }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "bad" ? "alert" : "status"} className={`rounded-lg border-l-4 px-4 py-3 ${tones[tone]} ${className}`}>
      {children}
    </div>
  );
}
