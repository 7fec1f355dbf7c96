"use client";

import { useEffect } from "react";
import { tellServiceWorker } from "./service-worker";

/**
 * Asks the worker to save this quiz page, so that a reload offline carries on
 * with the quiz (public/sw.js). Rendered only for quizzes without a time
 * limit (see the quiz page).
 */
export function KeepQuizOffline() {
  useEffect(() => tellServiceWorker({ type: "keep-page", path: window.location.pathname }), []);
  return null;
}
