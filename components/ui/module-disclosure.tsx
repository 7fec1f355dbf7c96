import type { ReactNode } from "react";

/**
 * One module's share of a long per-fact list, folded away under its title and
 * counts: a native <details>, so it opens by touch, click or keyboard without
 * client JavaScript, and screen readers announce it as expandable.
 */
export function ModuleDisclosure({ title, counts, open, children }: { title: string; counts: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="group rounded-lg border border-line" open={open ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 px-3 py-2 hover:bg-canvas [&::-webkit-details-marker]:hidden">
        <span className="flex flex-col">
          <span className="font-semibold">{title}</span>
          <span className="text-sm text-muted">{counts}</span>
        </span>
        <span aria-hidden="true" className="text-sm transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-line px-3">{children}</div>
    </details>
  );
}
