"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

// Announced to screen readers once each as they pass, as the countdown shows them; the ticking clock itself is not (it would talk every second).
function announcementsFor(graceMs: number, isDueDate: boolean): { atMs: number; text: string }[] {
  return [
    { atMs: 5 * 60_000, text: "5 minutes left." },
    { atMs: 60_000, text: "1 minute left." },
    { atMs: 0, text: isDueDate ? "Closed at the due date. Handing in the answers you saved." : "Time is up. Handing in the answers you saved." },
    { atMs: -graceMs, text: "Handed in. The link to your result is beside the clock." },
  ];
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** A timed attempt's clock, as the quiz page hands it to the quiz. */
export interface TimeLimit {
  deadlineAt: string;
  /** The deadline is the due date of an assessment that closes then, not a time limit: the clock reads "Closes in". */
  isDueDate?: boolean;
  serverNow: string;
  graceMs: number;
  resultHref: string;
}

/**
 * The countdown of a timed attempt. Display only: the server measures the
 * limit from the attempt's start on its own clock and refuses late answers.
 * `serverNow` corrects for a browser clock that is off, and makes the first
 * render the same on the server and in the browser. The server still takes
 * answers for `graceMs` after the limit (ones sent in the last second), and
 * closes the attempt only then, so the link to the result waits for it: a
 * result opened earlier would lead back to the quiz. At the limit it tells
 * the quiz (`onTimeUp`), which then takes no more answers.
 */
export function TimeLeft({ deadlineAt, isDueDate = false, serverNow, graceMs, resultHref, onTimeUp }: TimeLimit & { onTimeUp: () => void }) {
  const deadline = Date.parse(deadlineAt);
  const [remainingMs, setRemainingMs] = useState(() => deadline - Date.parse(serverNow));
  const [announcement, setAnnouncement] = useState("");
  const previousRef = useRef(remainingMs);
  // The latest callback, so that a new one each render does not restart the clock.
  const onTimeUpRef = useRef(onTimeUp);
  const hasTimedOutRef = useRef(false);
  useEffect(() => {
    onTimeUpRef.current = onTimeUp;
  }, [onTimeUp]);

  useEffect(() => {
    const skewMs = Date.parse(serverNow) - Date.now();
    const announcements = announcementsFor(graceMs, isDueDate);
    const tick = () => {
      const remaining = deadline - (Date.now() + skewMs);
      const crossed = announcements.filter((entry) => previousRef.current > entry.atMs && remaining <= entry.atMs).pop();
      if (crossed) setAnnouncement(crossed.text);
      previousRef.current = remaining;
      setRemainingMs(remaining);
      if (remaining <= 0 && !hasTimedOutRef.current) {
        hasTimedOutRef.current = true;
        onTimeUpRef.current();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, serverNow, graceMs, isDueDate]);

  const isUp = remainingMs <= 0;
  const isHandedIn = remainingMs <= -graceMs;
  const tone = isUp || remainingMs <= 60_000 ? "border-bad bg-bad-soft" : remainingMs <= 5 * 60_000 ? "border-warn bg-warn-soft" : "border-line bg-surface";

  return (
    <div className={`sticky top-0 z-20 flex flex-wrap items-center justify-between gap-2 rounded-lg border-2 px-3 py-2 ${tone}`}>
      {isUp ? (
        <>
          <p className="font-semibold">
            {isDueDate ? (isHandedIn ? "Closed at the due date." : "Closed at the due date. Handing in the answers you saved…") : isHandedIn ? "Time is up." : "Time is up. Handing in the answers you saved…"}
          </p>
          {isHandedIn ? (
            <Link href={resultHref} className="inline-flex min-h-11 items-center font-semibold underline underline-offset-4">
              See your result
            </Link>
          ) : null}
        </>
      ) : (
        <p className="font-semibold">
          {isDueDate ? "Closes in" : "Time left"}: <span role="timer" className="tabular-nums">{clock(remainingMs)}</span>
        </p>
      )}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
