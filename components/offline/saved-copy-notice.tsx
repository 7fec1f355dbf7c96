"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { savedCopyShown, type SavedCopy } from "./service-worker";

/**
 * The saved copy this page was shown from, which the worker shows offline or
 * when the network stalls; null for a page from the server. Ask once per page:
 * the worker answers each page load once.
 */
export function useSavedCopy(): SavedCopy | null {
  const [copy, setCopy] = useState<SavedCopy | null>(null);
  useEffect(() => {
    let mounted = true;
    savedCopyShown().then((shown) => {
      if (mounted) setCopy(shown);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return copy;
}

/**
 * Says so when the page on screen is the saved copy: it may be older than the server's, and what needs
 * the server waits for the connection. Once the connection comes back it says that instead: "No
 * connection" stayed up beside the quiz's "Saved" (UX review of 7 December).
 */
export function SavedCopyNotice({ page, copy }: { page: "lesson" | "quiz"; copy: SavedCopy | null }) {
  const isBackOnline = useIsBackOnline();
  if (!copy) return null;
  if (isBackOnline) {
    return (
      <Alert tone="info">
        {page === "lesson"
          ? "You are back online. This is the lesson as saved on this device: reload the page for the latest."
          : "You are back online. Answers kept on this device are sent to the server."}
      </Alert>
    );
  }
  return (
    <Alert tone="warn">
      {page === "lesson"
        ? `No connection, so this is the lesson as saved on this device${copy.savedAt ? ` on ${formatSavedAt(copy.savedAt)}` : ""}. Starting a check needs the connection.`
        : "No connection, so this is the quiz as saved on this device, with your answers since. New answers are kept here and sent once you are back online."}
    </Alert>
  );
}

/**
 * True once the browser has gone from offline to online while the page is open. Not `navigator.onLine`
 * alone: a saved copy also shows when the network stalls, and the browser then counts itself online.
 */
function useIsBackOnline(): boolean {
  const [isBackOnline, setIsBackOnline] = useState(false);
  useEffect(() => {
    const back = () => setIsBackOnline(true);
    const gone = () => setIsBackOnline(false);
    window.addEventListener("online", back);
    window.addEventListener("offline", gone);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener("offline", gone);
    };
  }, []);
  return isBackOnline;
}

/** The lesson page's notice (a server page: this asks the worker for it). */
export function SavedLessonNotice() {
  return <SavedCopyNotice page="lesson" copy={useSavedCopy()} />;
}

// Made only when a saved copy is shown: a page's first Intl formatter costs a phone tens of milliseconds.
function formatSavedAt(savedAt: number): string {
  return new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", hour: "numeric", minute: "2-digit" }).format(savedAt);
}
