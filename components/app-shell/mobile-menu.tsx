"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone navigation: a native <details> disclosure (usable before
 * hydration), closed again after each navigation because the root layout,
 * and so this header, stays mounted across pages. Once hydrated it also
 * closes the way a menu is expected to: on Escape (focus back on its
 * button) and on a tap outside it.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const details = detailsRef.current;
      if (event.key !== "Escape" || !details?.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      const details = detailsRef.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, []);

  return (
    // Not `relative`: the menu is placed against the header (site-header.tsx), since the button may wrap to a row of
    // its own left of "Sign out", and a menu hung from it ran off the left edge at 320 px (UX review).
    <details ref={detailsRef} className="group lg:hidden">
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
