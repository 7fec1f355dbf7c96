import { LinkButton } from "@/components/ui/button";
import type { ContinueTarget } from "./types";

/** The learner's next step, with the button that takes it: an unfinished attempt, or the next module (the dashboard's first card, and the new-quiz page's). */
export function ContinueCard({ target }: { target: ContinueTarget }) {
  return (
    <div className="flex flex-col gap-3 rounded-[var(--radius-card)] border-2 border-brand bg-brand-soft p-4 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{target.kicker}</p>
        <p className="text-lg font-bold">{target.title}</p>
        <p className="text-muted">{target.detail}</p>
      </div>
      <LinkButton href={target.href} className="w-full sm:w-auto">
        {target.actionLabel}
      </LinkButton>
    </div>
  );
}
