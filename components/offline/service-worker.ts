/**
 * The page's side of the service worker (public/sw.js): messages it
 * understands, and nothing at all where no worker runs (development, old
 * browsers), so every caller can stay unconditional.
 */

export type SavedLesson = { path: string; title: string };

type WorkerMessage = { type: "signed-in" } | { type: "signed-out" } | { type: "page-shown"; path: string } | { type: "keep-page"; path: string };

/**
 * Only production builds register the worker: development's chunks change
 * under the same names. It starts once the page has settled, so its start-up
 * and the fetches it saves pages with do not slow the page being waited for.
 */
export function registerServiceWorker(): void {
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
  // A browser that refuses (private mode, say) simply has no offline copies.
  afterPageSettles(() => navigator.serviceWorker.register("/sw.js").catch(() => undefined));
}

/** Sends at once, since forgetting saved pages ("signed-out") must not wait; the rest once the page has settled. */
export function tellServiceWorker(message: WorkerMessage): void {
  if (!("serviceWorker" in navigator)) return;
  const send = () => navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message)).catch(() => undefined);
  if (message.type === "signed-out") send();
  else afterPageSettles(send);
}

/** The lessons saved on this device, newest first; none when no worker controls the page. */
export function listSavedLessons(): Promise<SavedLesson[]> {
  return askWorker<SavedLesson[]>("list-saved-lessons").then((lessons) => lessons ?? []);
}

/** The paths of the lessons saved on this device (no titles: cheaper to ask); none when no worker controls the page. */
export function listSavedLessonPaths(): Promise<string[]> {
  return askWorker<string[]>("list-saved-lesson-paths").then((paths) => paths ?? []);
}

export type SavedCopy = { savedAt: number | null };

/** The saved copy this page was shown from, if the worker answered it from one (offline, or on a stalled network); else null. */
export function savedCopyShown(): Promise<SavedCopy | null> {
  return askWorker<SavedCopy | null>("shown-from-saved-copy").then((copy) => copy ?? null);
}

/**
 * Asks the worker to save these lessons now, calling `onProgress` as each is
 * done (saved, already fresh, or failed); resolves once all are. Resolves at
 * once, with nothing done, when no worker controls the page, and after
 * `saveSilenceLimitMs` without a word from the worker: one replaced by an
 * update halfway never answers again, one on a network that answers nothing
 * waits minutes per lesson, and the page should not say "Saving…" forever.
 */
export function saveLessons(paths: string[], onProgress: (done: number) => void): Promise<void> {
  return new Promise((resolve) => {
    let port: MessagePort | null = null;
    let silence: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(silence);
      port?.close();
      resolve();
    };
    const onReply = ({ done, total }: { done: number; total: number }) => {
      onProgress(done);
      if (done === total) finish();
      else waitForWord();
    };
    const waitForWord = () => {
      clearTimeout(silence);
      silence = setTimeout(finish, saveSilenceLimitMs);
    };
    port = paths.length === 0 ? null : postWithReplies({ type: "save-lessons", paths }, onReply);
    if (port) waitForWord();
    else resolve();
  });
}

/** Long enough for a lesson on a slow phone network; a worker that says nothing for longer is not saving. */
export const saveSilenceLimitMs = 30_000;

/** The controlling worker's reply to a question; undefined when no worker controls the page. */
function askWorker<Reply>(type: "list-saved-lessons" | "list-saved-lesson-paths" | "shown-from-saved-copy"): Promise<Reply | undefined> {
  return new Promise((resolve) => {
    const port = postWithReplies<Reply>({ type }, (reply) => {
      port?.close();
      resolve(reply);
    });
    if (!port) resolve(undefined);
  });
}

/** Posts to the controlling worker with a port for its replies, returned so that it can be closed; null, and nothing sent, when no worker controls the page. */
function postWithReplies<Reply>(message: object, onReply: (reply: Reply) => void): MessagePort | null {
  const worker = controllingWorker();
  if (!worker) return null;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
  worker.postMessage(message, [channel.port2]);
  return channel.port1;
}

/** The worker in control of this page: none in development, in old browsers, or before it first takes control. */
export function controllingWorker(): ServiceWorker | null {
  return "serviceWorker" in navigator ? navigator.serviceWorker.controller : null;
}

/** After the load event, when the browser is next idle (Safari has no requestIdleCallback: a second later). */
function afterPageSettles(task: () => void): void {
  const whenIdle = () => {
    if ("requestIdleCallback" in window) requestIdleCallback(task, { timeout: 5_000 });
    else setTimeout(task, 1_000);
  };
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
