import type { ReactNode } from "react";
import { DisclosureSummary } from "./disclosure-summary";

/**
 * One module's share of a long per-fact list, folded away under its title and
 * counts: a native <details>, so it opens by touch, click or keyboard without
 * client JavaScript, and screen readers announce it as expandable.
 */
export function ModuleDisclosure({ title, counts, open, children }: { title: string; counts: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="rounded-lg border border-line" open={open ? true : undefined}>
      <DisclosureSummary className="px-3 py-2 hover:bg-canvas">
        <span className="flex flex-col">
          <span className="font-semibold">{title}</span>
          <span className="text-sm text-muted">{counts}</span>
        </span>
      </DisclosureSummary>
      <div className="border-t border-line px-3">{children}</div>
    </details>
  );
}
