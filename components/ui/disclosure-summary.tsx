import type { ReactNode } from "react";

/**
 * The line that opens a native <details>, with a ▾ that turns over once it is open. A flex summary
 * loses the browser's own triangle, and without a mark the line reads as a heading, not as something
 * to open. The mark is hidden from screen readers, which announce a summary as expandable already.
 */
export function DisclosureSummary({ className = "", children }: { className?: string; children: ReactNode }) {
  return (
    <summary className={`flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 [&::-webkit-details-marker]:hidden ${className}`}>
      {children}
      <span aria-hidden="true" className="text-sm transition-transform [[open]>summary>&]:rotate-180">
        ▾
      </span>
    </summary>
  );
}
