"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { savedCopyShown, type SavedCopy } from "./service-worker";

/**
 * Says so when the page on screen is the copy saved on this device, which
 * the worker shows offline or when the network stalls: it may be older than
 * the server's, and what needs the server waits for the connection.
 */
export function SavedCopyNotice({ page, className }: { page: "lesson" | "quiz"; className?: string }) {
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

  if (!copy) return null;
  return (
    <Alert tone="warn" className={className}>
      {page === "lesson"
        ? `No connection, so this is the lesson as saved on this device${copy.savedAt ? ` on ${formatSavedAt(copy.savedAt)}` : ""}. Starting a check needs the connection.`
        : "No connection, so this is the quiz as saved on this device, with your answers since. New answers are kept here and sent once you are back online."}
    </Alert>
  );
}

// Made only when a saved copy is shown: a page's first Intl formatter costs a phone tens of milliseconds.
function formatSavedAt(savedAt: number): string {
  return new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", hour: "numeric", minute: "2-digit" }).format(savedAt);
}
