"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { savedCopyShown, type SavedCopy } from "./service-worker";

const savedAtFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "long", hour: "numeric", minute: "2-digit" });

/**
 * Says so when the lesson on screen is the copy saved on this device, which
 * the worker shows offline or when the network stalls: it may be older than
 * the server's, and starting a check needs the connection.
 */
export function SavedCopyNotice() {
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
    <Alert tone="warn">
      The network is not answering, so this is the copy of the lesson saved on this device
      {copy.savedAt ? ` on ${savedAtFormat.format(copy.savedAt)}` : ""}. Starting a check needs the connection.
    </Alert>
  );
}
