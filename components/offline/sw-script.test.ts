import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

type Listener = (event: unknown) => void;

/** Just enough of CacheStorage for the worker: saved responses by cache name and path. */
function fakeCaches(saved: Record<string, Record<string, Response>>) {
  const pathOf = (key: string | { url: string }) => (typeof key === "string" ? key : new URL(key.url).pathname);
  const open = async (name: string) => {
    const cache = (saved[name] ??= {});
    return {
      match: async (key: string | { url: string }) => cache[pathOf(key)]?.clone(),
      put: async (key: string, response: Response) => void (cache[pathOf(key)] = response),
      keys: async () => Object.keys(cache).map((path) => ({ url: `https://app.test${path}` })),
      delete: async (key: { url: string }) => delete cache[pathOf(key)],
    };
  };
  return {
    open,
    match: async (path: string, options: { cacheName: string }) => (await open(options.cacheName)).match(path),
    delete: async (name: string) => delete saved[name],
  };
}

/**
 * public/sw.js as the browser runs it (a classic script), with its top-level
 * helpers and its listeners reachable, and the network and the caches it
 * sees given by the test.
 */
function loadWorkerScript(globals: { fetch?: (request: unknown) => Promise<Response>; caches?: ReturnType<typeof fakeCaches> } = {}) {
  const source = readFileSync(path.join(__dirname, "../../public/sw.js"), "utf8");
  const listeners = new Map<string, Listener>();
  const context = vm.createContext({
    self: { addEventListener: (type: string, listener: Listener) => listeners.set(type, listener), location: { origin: "https://app.test" } },
    URL,
    Response,
    AbortController,
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
    ...globals,
  });
  vm.runInContext(source, context);
  return {
    listeners,
    assetPathsIn: context.assetPathsIn as (text: string) => string[],
    pageTitle: context.pageTitle as (html: string) => string,
    isLessonPath: context.isLessonPath as (path: string) => boolean,
    isQuizPath: context.isQuizPath as (path: string) => boolean,
  };
}

const worker = loadWorkerScript();

describe("the service worker script", () => {
  it("listens for install, activate, fetch and messages", () => {
    expect([...worker.listeners.keys()]).toEqual(["install", "activate", "fetch", "message"]);
  });

  it("finds every build file a page names: tags, React's payload (no /_next/ prefix) and a stylesheet's url()s, once each", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/433xbn6gcco-8.css" nonce="x"/>',
      '<script src="/_next/static/chunks/1oe8xhfj272c8.js" async=""></script>',
      '<script>(globalThis["TURBOPACK"]||[]).push({"otherChunks":["static/chunks/3945vz8b59ho2.js","static/chunks/1oe8xhfj272c8.js"]})</script>',
      '<script>self.__next_f.push([1,"4:\\"/_next/static/chunks/3trz4gdcjxi12.js\\"\\n"])</script>',
      "@font-face{src:url(/_next/static/media/inter.3f2a1b.woff2) format(\"woff2\")}",
      '<link rel="icon" href="/icon.svg?icon.2l91v4hedd413.svg"/>',
    ].join("");
    expect(worker.assetPathsIn(html)).toEqual([
      "/_next/static/chunks/433xbn6gcco-8.css",
      "/_next/static/chunks/1oe8xhfj272c8.js",
      "/_next/static/chunks/3945vz8b59ho2.js",
      "/_next/static/chunks/3trz4gdcjxi12.js",
      "/_next/static/media/inter.3f2a1b.woff2",
    ]);
  });

  it("names a saved lesson by its title, decoded and without the site's suffix", () => {
    expect(worker.pageTitle("<head><title>Aid, arms &amp; the &#x27;most allied ally&#x27; · Groundwork</title></head>")).toBe(
      "Aid, arms & the 'most allied ally'",
    );
    expect(worker.pageTitle("<head></head>")).toBe("");
  });

  it("saves quiz pages only as a quiz's own page: not the new-quiz form, nor a result", () => {
    expect(worker.isQuizPath("/quiz/cm4x2abc")).toBe(true);
    for (const other of ["/quiz/new", "/quiz", "/quiz/", "/quiz/cm4x2abc/result", "/lessons/a"]) {
      expect(worker.isQuizPath(other), other).toBe(false);
    }
  });

  it("saves lesson pages only as lessons, never a quiz, the dashboard or a page below a lesson", () => {
    expect(worker.isLessonPath("/lessons/cold-war-and-sanctions")).toBe(true);
    for (const other of ["/lessons", "/lessons/", "/lessons/a/b", "/lessonsx/a", "/quiz/abc", "/dashboard", "/offline"]) {
      expect(worker.isLessonPath(other), other).toBe(false);
    }
  });
});

describe("the service worker on a network that stalls", () => {
  const lessonPath = "/lessons/cold-war-and-sanctions";
  const savedOn = "Thu, 03 Dec 2026 17:20:00 GMT";
  const never = () => new Promise<Response>(() => undefined);
  let responded: Promise<Response> | undefined;
  let settled: Response | undefined;

  function withSavedLesson(network: (request: unknown) => Promise<Response>) {
    const savedLesson = new Response("<title>Saved lesson · Groundwork</title>", { headers: { "content-type": "text/html", date: savedOn } });
    const offlinePage = new Response("<title>Offline · Groundwork</title>", { headers: { "content-type": "text/html" } });
    return loadWorkerScript({ fetch: network, caches: fakeCaches({ "groundwork-pages-v1": { [lessonPath]: savedLesson, "/offline": offlinePage } }) });
  }

  /** Dispatches a fetch event as the browser would, keeping what the worker responds with. */
  function request(worker: ReturnType<typeof loadWorkerScript>, init: { path: string; mode: string; headers?: Record<string, string> }) {
    settled = undefined;
    responded = undefined;
    worker.listeners.get("fetch")!({
      request: { method: "GET", url: `https://app.test${init.path}`, mode: init.mode, headers: new Headers(init.headers) },
      preloadResponse: Promise.resolve(undefined),
      resultingClientId: "tab-1",
      respondWith: (response: Promise<Response>) => {
        responded = response;
        response.then((value) => (settled = value)).catch(() => undefined);
      },
      waitUntil: () => undefined,
    });
  }

  /** What the worker told the page about how it was shown: the page's question on load. */
  function askShownFromSavedCopy(worker: ReturnType<typeof loadWorkerScript>) {
    return new Promise((resolve) => {
      worker.listeners.get("message")!({ data: { type: "shown-from-saved-copy" }, ports: [{ postMessage: resolve }], source: { id: "tab-1" }, waitUntil: () => undefined });
    });
  }

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows a saved lesson once the network has kept it waiting 4 seconds, and tells that page so, once", async () => {
    const worker = withSavedLesson(never);
    request(worker, { path: lessonPath, mode: "navigate" });
    await vi.advanceTimersByTimeAsync(3_999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled!.text()).toContain("Saved lesson");
    expect(await askShownFromSavedCopy(worker)).toEqual({ savedAt: Date.parse(savedOn) });
    expect(await askShownFromSavedCopy(worker)).toBeNull();
  });

  it("shows the network's lesson when it answers in time, and the page is not told it is a saved copy", async () => {
    const worker = withSavedLesson(async () => new Response("<title>Fresh lesson · Groundwork</title>"));
    request(worker, { path: lessonPath, mode: "navigate" });
    expect(await (await responded!).text()).toContain("Fresh lesson");
    expect(await askShownFromSavedCopy(worker)).toBeNull();
  });

  it("shows the saved lesson at once when the network fails (offline)", async () => {
    const worker = withSavedLesson(() => Promise.reject(new TypeError("Failed to fetch")));
    request(worker, { path: lessonPath, mode: "navigate" });
    expect(await (await responded!).text()).toContain("Saved lesson");
    expect(await askShownFromSavedCopy(worker)).toEqual({ savedAt: Date.parse(savedOn) });
  });

  it("keeps waiting on the network for a page it has no copy of: a slow page is not an offline one", async () => {
    const worker = withSavedLesson(never);
    request(worker, { path: "/progress", mode: "navigate" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBeUndefined();
  });

  it("fails a tapped link's stalled payload fetch, so Next loads the page, which then takes the saved copy without a second wait", async () => {
    const worker = withSavedLesson(never);
    request(worker, { path: `${lessonPath}?_rsc=1x2y`, mode: "cors", headers: { rsc: "1" } });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(settled?.type).toBe("error");

    request(worker, { path: lessonPath, mode: "navigate" });
    expect(await (await responded!).text()).toContain("Saved lesson");
  });

  it("leaves prefetches and payloads of lessons it has not saved to the network, however long they take", async () => {
    const worker = withSavedLesson(never);
    request(worker, { path: `${lessonPath}?_rsc=1x2y`, mode: "cors", headers: { rsc: "1", "next-router-prefetch": "1" } });
    expect(responded).toBeUndefined();
    request(worker, { path: "/lessons/not-saved?_rsc=1x2y", mode: "cors", headers: { rsc: "1" } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBeUndefined();
  });
});

describe("the service worker signing out", () => {
  it("cancels a save stalled on the network, so the saved pages are forgotten at once", async () => {
    const stalledUntilCancelled = (_request: unknown, init?: { signal?: AbortSignal }) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("cancelled", "AbortError"))));
    const saved: Record<string, Record<string, Response>> = { "groundwork-pages-v1": { "/lessons/earlier": new Response("saved") }, "groundwork-assets-v1": {} };
    const worker = loadWorkerScript({ fetch: stalledUntilCancelled, caches: fakeCaches(saved) });
    const work: Promise<unknown>[] = [];
    const message = (data: object) => worker.listeners.get("message")!({ data, ports: [], waitUntil: (promise: Promise<unknown>) => work.push(promise) });

    message({ type: "page-shown", path: "/lessons/cold-war-and-sanctions" });
    message({ type: "signed-out" });
    await work[1];
    expect(saved).toEqual({});
  });
});

describe("the service worker saving every lesson at once", () => {
  it("saves each lesson asked for in turn, says how far it has got after each, failed or not, and saves nothing but lessons", async () => {
    const fetched: string[] = [];
    const network = async (path: unknown) => {
      fetched.push(String(path));
      if (path === "/lessons/b") throw new TypeError("Failed to fetch");
      return new Response(`<title>${String(path)}</title>`, { headers: { "content-type": "text/html", date: new Date().toUTCString() } });
    };
    const saved: Record<string, Record<string, Response>> = {};
    const worker = loadWorkerScript({ fetch: network, caches: fakeCaches(saved) });
    const progress: unknown[] = [];
    let work: Promise<unknown> = Promise.resolve();
    worker.listeners.get("message")!({
      data: { type: "save-lessons", paths: ["/lessons/a", "/lessons/b", "/quiz/x", 7, "/lessons/c"] },
      ports: [{ postMessage: (message: unknown) => progress.push(message) }],
      waitUntil: (promise: Promise<unknown>) => (work = promise),
    });
    await work;

    expect(fetched).toEqual(["/lessons/a", "/lessons/b", "/lessons/c"]);
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    expect(Object.keys(saved["groundwork-pages-v1"] ?? {}).sort()).toEqual(["/lessons/a", "/lessons/c"]);

    const paths = await new Promise((resolve) => {
      worker.listeners.get("message")!({ data: { type: "list-saved-lesson-paths" }, ports: [{ postMessage: resolve }], waitUntil: () => undefined });
    });
    expect(paths).toEqual(["/lessons/a", "/lessons/c"]);
  });
});

describe("the service worker keeping a quiz page", () => {
  it("saves a quiz page when asked to keep it, answers its address from the copy offline, and drops the copy once the result is shown", async () => {
    let online = true;
    const network = async (path: unknown) => {
      if (!online) throw new TypeError("Failed to fetch");
      return new Response(`<title>Quiz ${String(path)}</title>`, { headers: { "content-type": "text/html", date: new Date().toUTCString() } });
    };
    const saved: Record<string, Record<string, Response>> = {};
    const worker = loadWorkerScript({ fetch: network, caches: fakeCaches(saved) });
    const work: Promise<unknown>[] = [];
    const message = (data: object) => worker.listeners.get("message")!({ data, ports: [], waitUntil: (promise: Promise<unknown>) => work.push(promise) });

    message({ type: "page-shown", path: "/quiz/attempt-1" });
    message({ type: "keep-page", path: "/quiz/new" });
    await Promise.all(work);
    expect(Object.keys(saved["groundwork-pages-v1"] ?? {})).toEqual([]);

    message({ type: "keep-page", path: "/quiz/attempt-1" });
    await Promise.all(work);
    expect(Object.keys(saved["groundwork-pages-v1"] ?? {})).toEqual(["/quiz/attempt-1"]);

    online = false;
    let response: Promise<Response> | undefined;
    worker.listeners.get("fetch")!({
      request: { method: "GET", url: "https://app.test/quiz/attempt-1?asked=20", mode: "navigate", headers: new Headers() },
      preloadResponse: Promise.resolve(undefined),
      resultingClientId: "tab-1",
      respondWith: (promise: Promise<Response>) => (response = promise),
      waitUntil: () => undefined,
    });
    expect(await (await response!).text()).toBe("<title>Quiz /quiz/attempt-1</title>");

    message({ type: "page-shown", path: "/quiz/attempt-1/result" });
    await Promise.all(work);
    expect(Object.keys(saved["groundwork-pages-v1"] ?? {})).toEqual([]);
  });
});
