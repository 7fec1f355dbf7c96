"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { controllingWorker, listSavedLessonPaths, saveLessons } from "./service-worker";

/**
 * How many of the lessons this device can read offline, and a way to save
 * them all at once (before a journey, say) rather than one by one as each is
 * opened. Nothing where no worker can save them (development, old browsers).
 */
export function SaveLessonsOffline({ lessonPaths }: { lessonPaths: string[] }) {
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const [savingDone, setSavingDone] = useState<number | null>(null);
  const [someFailed, setSomeFailed] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const total = lessonPaths.length;

  const countSaved = useCallback(async () => {
    const saved = new Set(await listSavedLessonPaths());
    return lessonPaths.filter((path) => saved.has(path)).length;
  }, [lessonPaths]);

  useEffect(() => {
    let mounted = true;
    const refresh = () => {
      if (controllingWorker()) void countSaved().then((count) => mounted && setSavedCount(count));
    };
    refresh();
    // On a first visit the worker takes control of the page only once it has started.
    navigator.serviceWorker?.addEventListener("controllerchange", refresh);
    return () => {
      mounted = false;
      navigator.serviceWorker?.removeEventListener("controllerchange", refresh);
    };
  }, [countSaved]);

  async function saveAll() {
    setSomeFailed(false);
    setSavingDone(0);
    await saveLessons(lessonPaths, setSavingDone);
    const count = await countSaved();
    setSavedCount(count);
    setSavingDone(null);
    setSomeFailed(count < total);
    // The button goes once all are saved: focus moves to what happened rather than being lost.
    if (count === total) requestAnimationFrame(() => statusRef.current?.focus());
  }

  if (savedCount === null || total === 0) return null;
  const isSaving = savingDone !== null;
  let status: string;
  // The live status says once that saving started; the count beside it is not live, or a screen reader would read out every lesson.
  if (isSaving) status = "Saving lessons to read offline…";
  else if (savedCount === total) status = `All ${total} lessons are saved on this device, to read offline.`;
  else if (someFailed) status = `${savedCount} of ${total} lessons are saved on this device. The rest could not be saved just now: try again on a better connection.`;
  else status = `Lessons you open are saved on this device, to read offline: ${savedCount} of ${total} so far.`;

  return (
    <div className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <p ref={statusRef} tabIndex={-1} role="status" className="focus:outline-none">
          {status}
        </p>
        {isSaving ? (
          <p className="text-sm text-muted tabular-nums" data-testid="saving-count">
            {savingDone} of {total} done
          </p>
        ) : null}
      </div>
      {savedCount < total || isSaving ? (
        <Button variant="secondary" onClick={saveAll} disabled={isSaving} className="shrink-0">
          {isSaving ? "Saving…" : "Save all lessons"}
        </Button>
      ) : null}
    </div>
  );
}
