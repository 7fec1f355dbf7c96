"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { authPageHref } from "@/lib/validation/auth";

/** The signed-out header's "Sign in" and "Sign up", leading on to `next` once the visitor has an account. */
export function AuthLinks({ next }: { next?: string | null }) {
  return (
    <>
      <Link href={authPageHref("/sign-in", next)} className="flex min-h-11 items-center rounded-lg px-3 font-medium hover:bg-canvas">
        Sign in
      </Link>
      <Link href={authPageHref("/sign-up", next)} className="flex min-h-11 items-center rounded-lg bg-brand px-3 font-semibold text-brand-ink">
        Sign up
      </Link>
    </>
  );
}

/**
 * On a sign-in or sign-up page reached from a link that needs an account (a class's join link, say), the page's
 * `next` goes along, so switching between the two still ends where the visitor was going; the page it leads to
 * checks it.
 */
export function AuthLinksKeepingNext() {
  return <AuthLinks next={useSearchParams().get("next")} />;
}
