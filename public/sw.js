/*
 * Groundwork's service worker: lessons a learner has opened stay readable,
 * and a quiz under way goes on, on a phone that has lost its connection.
 *
 * - Each lesson page the learner opens is saved (the page asks: see
 *   components/offline/offline-support.tsx), with the build's static files it
 *   needs, and shown from the cache when the network fails. The dashboard
 *   can ask for every lesson at once (save-lessons-offline.tsx).
 * - A quiz's page (not a timed one) is saved too when first shown (the page
 *   asks: keep-quiz-offline.tsx), so a reload offline carries on with it;
 *   the answers given since come from the page's own store
 *   (components/quiz/answered-store.ts). It is dropped once the quiz's
 *   result is shown.
 * - On a connection that answers nothing ("lie-fi"), a saved page is shown
 *   after a short wait rather than a blank one, and the page says it is the
 *   saved copy (components/offline/saved-copy-notice.tsx).
 * - Any other page asked for offline gets the saved /offline page, which
 *   lists the lessons that can still be read.
 * - Everything else goes to the network as if this worker were not here.
 *   Answers have their own offline queue in the page
 *   (components/quiz/answer-queue.ts).
 * - Saved pages belong to the signed-in learner: a page shown signed out
 *   (after signing out, or before someone else signs in) forgets them all.
 */

const PAGES = "groundwork-pages-v1";
const ASSETS = "groundwork-assets-v1";
const OFFLINE_PATH = "/offline";
// A saved page is fetched again when shown after this long: lessons change only with a content release,
// and a quiz's copy needs no refresh for its answers, which the page keeps itself.
const REFRESH_AFTER_MS = 6 * 60 * 60 * 1000;
// A network that has not answered a saved page by then is taken as stalled: the saved copy is shown instead.
const STALLED_AFTER_MS = 4000;

// Pages answered from a saved copy (client id → { savedAt }), until each asks.
const shownFromSaved = new Map();
// A link to a saved page that stalled: its page load, which follows at once, takes the saved copy without a second wait.
let stalledLink = null;

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith("groundwork-") && name !== PAGES && name !== ASSETS).map((name) => caches.delete(name)));
      // Navigations start while the worker boots, so going through it costs no extra wait.
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(savedAssetOrNetwork(request));
  else if (request.mode === "navigate") event.respondWith(pageOrSavedCopy(event, url));
  else if (isPayloadFetch(request, url)) event.respondWith(payloadUnlessStalled(request, url.pathname));
});

self.addEventListener("message", (event) => {
  const message = event.data;
  if (!message || typeof message.type !== "string") return;
  if (message.type === "page-shown" && typeof message.path === "string" && isLessonPath(message.path)) {
    event.waitUntil(saveInTurn(message.path));
  } else if (message.type === "page-shown" && typeof message.path === "string" && isQuizResultPath(message.path)) {
    const quizPath = message.path.replace(/\/result$/, "");
    event.waitUntil(inTurn(() => caches.open(PAGES).then((pages) => pages.delete(quizPath))));
  } else if (message.type === "keep-page" && typeof message.path === "string" && isQuizPath(message.path)) {
    event.waitUntil(saveInTurn(message.path));
  } else if (message.type === "signed-in") {
    event.waitUntil(saveInTurn(OFFLINE_PATH));
  } else if (message.type === "signed-out") {
    saves.abort();
    saves = new AbortController();
    event.waitUntil(inTurn(() => Promise.all([caches.delete(PAGES), caches.delete(ASSETS)])));
  } else if (message.type === "save-lessons" && Array.isArray(message.paths) && event.ports[0]) {
    event.waitUntil(saveLessons(message.paths.filter((path) => typeof path === "string" && isLessonPath(path)), event.ports[0]));
  } else if (message.type === "list-saved-lesson-paths" && event.ports[0]) {
    const reply = event.ports[0];
    event.waitUntil(savedLessonPaths().then((paths) => reply.postMessage(paths)));
  } else if (message.type === "list-saved-lessons" && event.ports[0]) {
    const reply = event.ports[0];
    event.waitUntil(savedLessons().then((lessons) => reply.postMessage(lessons)));
  } else if (message.type === "shown-from-saved-copy" && event.ports[0] && event.source) {
    event.ports[0].postMessage(shownFromSaved.get(event.source.id) ?? null);
    shownFromSaved.delete(event.source.id);
  }
});

// Saves and forgetting run one at a time: one save's clean-up must not drop
// the files of a page another save is still storing, nor a save outlive a sign-out.
let cacheWork = Promise.resolve();
// Signing out cancels every save not yet done, so that forgetting never waits on a stalled network.
let saves = new AbortController();
function inTurn(task) {
  cacheWork = cacheWork.then(task).catch(() => undefined);
  return cacheWork;
}

/** Saves the page when its turn comes, unless a sign-out has come first; settles (never fails) once done or given up. */
function saveInTurn(path) {
  const cancelled = saves.signal;
  return inTurn(() => saveUnlessFresh(path, cancelled));
}

/** Build files are hashed, so a saved copy is never stale; files no saved page needs go to the network. */
async function savedAssetOrNetwork(request) {
  const saved = await caches.match(request, { cacheName: ASSETS, ignoreSearch: true });
  return saved || fetch(request);
}

/**
 * The network's page while there is a network. Offline, a saved copy (a
 * lesson or a quiz) or the offline page; a saved copy also when the network
 * stalls.
 */
async function pageOrSavedCopy(event, url) {
  // Browsers without navigation preload have no preloadResponse.
  const network = Promise.resolve(event.preloadResponse).then((preloaded) => preloaded || fetch(event.request));
  const copy = isSavedPagePath(url.pathname) ? await caches.match(url.pathname, { cacheName: PAGES }) : undefined;
  if (copy && stalledLink && stalledLink.path === url.pathname && Date.now() < stalledLink.until) {
    stalledLink = null;
    network.catch(() => undefined);
    return savedCopyFor(event, copy);
  }
  try {
    const response = await (copy ? unlessStalled(network) : network);
    if (response) return response;
  } catch {
    // Offline: answered below.
  }
  if (copy) return savedCopyFor(event, copy);
  return (await caches.match(OFFLINE_PATH, { cacheName: PAGES })) || Response.error();
}

function savedCopyFor(event, copy) {
  if (event.resultingClientId) shownFromSaved.set(event.resultingClientId, { savedAt: savedAt(copy) });
  return copy;
}

/**
 * Next's client navigation fetches a page's payload (not the page). When it
 * stalls on a saved page, failing it makes Next load the page instead,
 * which the saved copy then answers.
 */
async function payloadUnlessStalled(request, path) {
  const network = fetch(request);
  if (!(await caches.match(path, { cacheName: PAGES }))) return network;
  const response = await unlessStalled(network);
  if (response) return response;
  stalledLink = { path, until: Date.now() + 10_000 };
  return Response.error();
}

/** The response, or null once STALLED_AFTER_MS has passed without one (the request carries on, unheeded). */
async function unlessStalled(responsePromise) {
  let timer;
  const stalled = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), STALLED_AFTER_MS);
  });
  responsePromise.catch(() => undefined);
  try {
    return await Promise.race([responsePromise, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Saves every lesson asked for (the learner's "save all"), each in its turn,
 * telling the page after each one how far it has got.
 */
function saveLessons(paths, reply) {
  // A failed save settles its turn too, so the page is told of every one and never waits.
  return Promise.all(paths.map((path, position) => saveInTurn(path).then(() => reply.postMessage({ done: position + 1, total: paths.length }))));
}

/** A failed save (a bad network) is tried again on the page's next visit. */
async function saveUnlessFresh(path, cancelled) {
  if (cancelled.aborted) return;
  const pages = await caches.open(PAGES);
  const saved = await pages.match(path);
  if (saved && Date.now() - (savedAt(saved) ?? 0) < REFRESH_AFTER_MS) return;
  await savePage(pages, path, cancelled);
}

/**
 * Saves the page with every build file it names, then drops the build files
 * no saved page names any more (those of earlier builds). A page whose files
 * could not all be saved is not saved: offline it would show unstyled and dead.
 */
async function savePage(pages, path, cancelled) {
  const response = await fetch(path, { cache: "no-store", signal: cancelled });
  // A redirect means the session has ended (to /sign-in) or the quiz has (to its result): nothing to save.
  if (!response.ok || response.redirected || !(response.headers.get("content-type") || "").includes("text/html")) return;
  const html = await response.clone().text();
  const assets = await caches.open(ASSETS);
  for (const assetPath of assetPathsIn(html)) {
    if (await assets.match(assetPath)) continue;
    const asset = await fetch(assetPath, { signal: cancelled });
    if (!asset.ok) return;
    if (assetPath.endsWith(".css")) {
      for (const cssAsset of assetPathsIn(await asset.clone().text())) {
        if (!(await assets.match(cssAsset))) await assets.add(cssAsset);
      }
    }
    await assets.put(assetPath, asset);
  }
  await pages.put(path, response);
  await dropUnusedAssets(pages, assets);
}

async function dropUnusedAssets(pages, assets) {
  const used = new Set();
  for (const page of await pages.keys()) {
    const saved = await pages.match(page);
    if (saved) for (const assetPath of assetPathsIn(await saved.text())) used.add(assetPath);
  }
  // A stylesheet's fonts and images are named in the stylesheet, not the page.
  for (const request of await assets.keys()) {
    const path = new URL(request.url).pathname;
    if (path.endsWith(".css") && used.has(path)) {
      const css = await assets.match(request);
      if (css) for (const assetPath of assetPathsIn(await css.text())) used.add(assetPath);
    }
  }
  for (const request of await assets.keys()) {
    if (!used.has(new URL(request.url).pathname)) await assets.delete(request);
  }
}

/** The saved lessons, newest first, as { path, title } for the offline page. */
async function savedLessons() {
  const pages = await caches.open(PAGES);
  const lessons = [];
  for (const path of await savedLessonPaths()) {
    const saved = await pages.match(path);
    if (saved) lessons.push({ path, title: pageTitle(await saved.text()) || path, savedAt: savedAt(saved) ?? 0 });
  }
  return lessons.sort((a, b) => b.savedAt - a.savedAt).map(({ path, title }) => ({ path, title }));
}

/** Which lessons are saved, from the cache's keys alone: the dashboard asks on every visit, and needs no page read. */
async function savedLessonPaths() {
  const pages = await caches.open(PAGES);
  return (await pages.keys()).map((request) => new URL(request.url).pathname).filter(isLessonPath);
}

/** When a saved page was fetched, by the server's clock (its Date header); null without one. */
function savedAt(saved) {
  return Date.parse(saved.headers.get("date") || "") || null;
}

function isLessonPath(path) {
  return /^\/lessons\/[^/?#]+$/.test(path);
}

/** A quiz's own page (not the new-quiz form, not a result). */
function isQuizPath(path) {
  return /^\/quiz\/[^/?#]+$/.test(path) && path !== "/quiz/new";
}

function isQuizResultPath(path) {
  return /^\/quiz\/[^/?#]+\/result$/.test(path);
}

/** The pages a copy may be saved of: their addresses are answered from it offline. */
function isSavedPagePath(path) {
  return isLessonPath(path) || isQuizPath(path);
}

/** A tapped link's fetch of a page's payload; prefetches are left alone, since nobody waits on them. */
function isPayloadFetch(request, url) {
  return isSavedPagePath(url.pathname) && request.headers.get("rsc") === "1" && !request.headers.has("next-router-prefetch");
}

/**
 * Every build file a page or stylesheet names: script and style tags, and the
 * chunks React's payload names without the /_next/ prefix, which the page
 * loads as it starts.
 */
function assetPathsIn(text) {
  const paths = new Set();
  for (const match of text.matchAll(/(?:\/_next\/)?static\/(?:chunks|css|media)\/[\w\-.~/%]+/g)) {
    const found = match[0].startsWith("/_next/") ? match[0] : `/_next/${match[0]}`;
    paths.add(found.replace(/\/+$/, ""));
  }
  return [...paths];
}

/** The page's <title> without the site's suffix, its entities decoded. */
function pageTitle(html) {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  if (!match) return "";
  const entities = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
  return match[1].replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => entities[entity]).replace(/ · Groundwork$/, "");
}
