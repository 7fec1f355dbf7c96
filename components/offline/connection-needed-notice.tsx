"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";

interface HeldBack {
  /** The pressed button's words, so the notice says what did not go through. */
  label: string;
  pathname: string;
  /** Counts the attempts, so a second press moves focus back to the notice. */
  attempt: number;
}

/**
 * Every form in the app runs a server action, and an action cannot reach the
 * server offline: it would fail into the error page, taking the lesson or
 * quiz off the screen. So, while the phone is offline, a form is held back
 * before React sends it, and this notice, at the top of the page, says why.
 * Focus moves to it, as to a form's error summary. Rendered once, by the root
 * layout; a new page clears it.
 */
export function ConnectionNeededNotice() {
  const pathname = usePathname();
  const [heldBack, setHeldBack] = useState<HeldBack | null>(null);
  const online = useSyncExternalStore(onConnectionChange, () => navigator.onLine, () => true);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // In the capture phase, ahead of React's own submit handling, which skips an event already prevented.
    const holdBack = (event: SubmitEvent) => {
      if (navigator.onLine) return;
      event.preventDefault();
      const label = event.submitter?.textContent?.trim() || "That";
      setHeldBack((previous) => ({ label, pathname: window.location.pathname, attempt: (previous?.attempt ?? 0) + 1 }));
    };
    document.addEventListener("submit", holdBack, true);
    return () => document.removeEventListener("submit", holdBack, true);
  }, []);

  const attempt = heldBack?.attempt;
  useEffect(() => {
    if (attempt) noticeRef.current?.focus();
  }, [attempt]);

  if (!heldBack || heldBack.pathname !== pathname) return null;
  return (
    <div ref={noticeRef} tabIndex={-1} className="mb-4">
      <Alert tone="bad">
        No connection, so “{heldBack.label}” was not sent.{" "}
        {online ? "You are back online: try again." : "Try again once you are back online."}
      </Alert>
    </div>
  );
}

/** The browser's online and offline events, for useSyncExternalStore to read `navigator.onLine` again. */
function onConnectionChange(notify: () => void): () => void {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
}
