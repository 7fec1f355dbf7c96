"use client";

import { useEffect } from "react";

/**
 * Tells the server the learner's time zone (cookie `gw-tz`, read by
 * app/(learn)/learner-time-zone.ts), so streaks and "due today" follow their
 * days, not the server's. Reading the zone through Intl costs a phone tens of
 * milliseconds the first time a page uses Intl, so it waits for the browser's
 * first idle moment instead of lengthening hydration, the page's longest task.
 */
export function useRememberTimeZone(): void {
  useEffect(() => {
    const remember = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone) document.cookie = `gw-tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    };
    // Safari has no requestIdleCallback: a timeout also runs after hydration's task.
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(remember, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(remember, 0);
    return () => window.clearTimeout(timer);
  }, []);
}
