"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

type CopyItem = { label: string; text: string; copiedMessage: string };

/**
 * Buttons that copy text to the clipboard, with one polite live region that
 * says what was copied. Clipboard access can be refused (permissions, an
 * insecure origin): then it says to copy by hand, since the text is on the page.
 */
export function CopyButtons({ items }: { items: CopyItem[] }) {
  const [status, setStatus] = useState("");

  async function copy(item: CopyItem) {
    try {
      await navigator.clipboard.writeText(item.text);
      setStatus(item.copiedMessage);
    } catch {
      setStatus("Copying is not allowed here. Select the text and copy it yourself.");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-2 sm:flex-row">
        {items.map((item) => (
          <Button key={item.label} variant="secondary" onClick={() => copy(item)}>
            {item.label}
          </Button>
        ))}
      </div>
      <p id="copy-status" aria-live="polite" className="text-sm text-muted">
        {status}
      </p>
    </div>
  );
}
