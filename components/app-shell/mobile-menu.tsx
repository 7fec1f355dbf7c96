"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone navigation: a native <details> disclosure (usable before
 * hydration), closed again after each navigation because the root layout,
 * and so this header, stays mounted across pages.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname]);

  return (
    <details ref={detailsRef} className="group relative lg:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg border border-line px-3 font-medium hover:bg-canvas [&::-webkit-details-marker]:hidden">
        Menu
        <span aria-hidden="true" className="text-sm transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      {children}
    </details>
  );
}
