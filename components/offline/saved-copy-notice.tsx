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
 * Says so when the page on screen is the saved copy: it may be older than the server's, and what needs the
 * server waits for the connection. `hasReachedServer` (the quiz: an answer got through since the page
 * loaded) turns it into "back online". That, not the browser's online event, is the proof: a stalled
 * network shows the copy while the browser counts itself online.
 */
export function SavedCopyNotice({ page, copy, hasReachedServer = false }: { page: "lesson" | "quiz"; copy: SavedCopy | null; hasReachedServer?: boolean }) {
  if (!copy) return null;
  if (hasReachedServer) return <Alert tone="info">Back online: the answers you gave on this device have reached the server.</Alert>;
  return (
    <Alert tone="warn">
      {page === "lesson"
        ? `No connection, so this is the lesson as saved on this device${copy.savedAt ? ` on ${formatSavedAt(copy.savedAt)}` : ""}. Starting a check needs the connection.`
        : "No connection, so this is the quiz as saved on this device, with your answers since. New answers are kept here and sent once you are back online."}
    </Alert>
  );
}

/** The lesson page's notice (a server page: this asks the worker for it). */
export function SavedLessonNotice() {
  return <SavedCopyNotice page="lesson" copy={useSavedCopy()} />;
}

// Made only when a saved copy is shown: a page's first Intl formatter costs a phone tens of milliseconds.
function formatSavedAt(savedAt: number): string {
  return new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", hour: "numeric", minute: "2-digit" }).format(savedAt);
}
