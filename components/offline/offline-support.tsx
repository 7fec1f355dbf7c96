"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { registerServiceWorker, tellServiceWorker } from "./service-worker";

/**
 * Keeps lessons readable offline (public/sw.js): registers the worker, tells
 * it each page shown (it saves lessons) and whether anyone is signed in (a
 * page shown signed out makes it forget every saved page, so the next person
 * on this phone cannot read them). Rendered once, by the root layout.
 */
export function OfflineSupport({ signedIn }: { signedIn: boolean }) {
  const pathname = usePathname();
  useEffect(registerServiceWorker, []);
  useEffect(() => tellServiceWorker({ type: signedIn ? "signed-in" : "signed-out" }), [signedIn]);
  useEffect(() => {
    if (signedIn) tellServiceWorker({ type: "page-shown", path: pathname });
  }, [signedIn, pathname]);
  return null;
}
