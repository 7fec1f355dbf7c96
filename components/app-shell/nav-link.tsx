"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A header navigation link that marks the page the learner is on
 * (aria-current="page", and shown), from the current path on the client:
 * the root layout, and so the header, stays mounted across navigations.
 * `section` is the path prefix the link stands for (e.g. /quiz for Practise).
 */
export function NavLink({ href, section, children }: { href: string; section: string; children: ReactNode }) {
  const pathname = usePathname();
  const isCurrent = pathname === section || pathname.startsWith(`${section}/`);
  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className={`flex min-h-11 items-center rounded-lg px-3 font-medium hover:bg-canvas ${isCurrent ? "bg-canvas underline decoration-2 underline-offset-4" : ""}`}
    >
      {children}
    </Link>
  );
}
