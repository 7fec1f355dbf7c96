"use client";

import { useEffect, useState } from "react";
import { listSavedLessons, type SavedLesson } from "./service-worker";

/** The lessons this device can show offline, as plain links: offline, a page load is what the worker can answer. */
export function SavedLessons() {
  const [lessons, setLessons] = useState<SavedLesson[] | null>(null);
  useEffect(() => {
    listSavedLessons().then(setLessons);
  }, []);

  if (lessons === null) return null;
  if (lessons.length === 0) {
    return <p className="text-muted">No lesson is saved on this device yet. Each lesson you open while online is kept here, to read without a connection.</p>;
  }
  return (
    <section aria-labelledby="saved-lessons-heading" className="flex flex-col gap-2">
      <h2 id="saved-lessons-heading" className="text-lg font-semibold">
        Lessons saved on this device
      </h2>
      <ul className="flex flex-col gap-1">
        {lessons.map((lesson) => (
          <li key={lesson.path}>
            {/* A full page load: offline, the worker answers it from its saved copy. */}
            <a href={lesson.path} className="flex min-h-11 items-center rounded-lg px-2 font-medium text-brand underline underline-offset-2 hover:bg-canvas">
              {lesson.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
