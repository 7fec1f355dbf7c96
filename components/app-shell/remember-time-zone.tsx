"use client";

import { useEffect } from "react";

/** Sets the cookie `gw-tz` (read by app/(learn)/learner-time-zone.ts) to the browser's time zone. */
export function rememberTimeZone(): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone) document.cookie = `gw-tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Tells the server the visitor's time zone on whatever page they first open (the sign-in page, usually), so
 * dates, streaks and "due today" follow their days rather than UTC from the next page on. Reading the zone
 * through Intl costs a phone tens of milliseconds the first time a page uses Intl, so it waits for the
 * browser's first idle moment instead of lengthening hydration, the page's longest task. Rendered once, by
 * the root layout.
 */
export function RememberTimeZone() {
  useEffect(() => {
    // Safari has no requestIdleCallback: a timeout also runs after hydration's task.
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(rememberTimeZone, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(rememberTimeZone, 0);
    return () => window.clearTimeout(timer);
  }, []);
  return null;
}
