"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { forgetAllAnswered, forgetAnswered } from "@/components/quiz/answered-store";
import { registerServiceWorker, tellServiceWorker } from "./service-worker";

/**
 * Keeps lessons readable offline (public/sw.js): registers the worker, tells
 * it each page shown (it saves lessons, and drops a finished quiz's copy) and
 * whether anyone is signed in (a page shown signed out makes it forget every
 * saved page, and this device's answer copies go too, so the next person on
 * this phone cannot read them). Rendered once, by the root layout.
 */
export function OfflineSupport({ signedIn }: { signedIn: boolean }) {
  const pathname = usePathname();
  useEffect(registerServiceWorker, []);
  useEffect(() => {
    tellServiceWorker({ type: signedIn ? "signed-in" : "signed-out" });
    if (!signedIn) forgetAllAnswered();
  }, [signedIn]);
  useEffect(() => {
    if (signedIn) tellServiceWorker({ type: "page-shown", path: pathname });
    // A finished quiz's answers are on its result page now: the copies kept for a reload offline go.
    const finishedAttempt = /^\/quiz\/([^/]+)\/result$/.exec(pathname)?.[1];
    if (finishedAttempt) forgetAnswered(decodeURIComponent(finishedAttempt));
  }, [signedIn, pathname]);
  return null;
}
