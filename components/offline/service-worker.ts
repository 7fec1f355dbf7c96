/**
 * The page's side of the service worker (public/sw.js): messages it
 * understands, and nothing at all where no worker runs (development, old
 * browsers), so every caller can stay unconditional.
 */

export type SavedLesson = { path: string; title: string };

type WorkerMessage = { type: "signed-in" } | { type: "signed-out" } | { type: "page-shown"; path: string };

/** Only production builds register the worker: development's chunks change under the same names. */
export function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
  // A browser that refuses (private mode, say) simply has no offline copies.
  navigator.serviceWorker.register("/sw.js").catch(() => undefined);
}

export function tellServiceWorker(message: WorkerMessage): void {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message)).catch(() => undefined);
}

/** The lessons saved on this device, newest first; none when no worker controls the page. */
export function listSavedLessons(): Promise<SavedLesson[]> {
  const worker = "serviceWorker" in navigator ? navigator.serviceWorker.controller : null;
  if (!worker) return Promise.resolve([]);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SavedLesson[]>) => resolve(event.data);
    worker.postMessage({ type: "list-saved-lessons" }, [channel.port2]);
  });
}
