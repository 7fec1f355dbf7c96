import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

/** public/sw.js as the browser runs it (a classic script), with its top-level helpers reachable. */
function loadWorkerScript() {
  const source = readFileSync(path.join(__dirname, "../../public/sw.js"), "utf8");
  const listeners: string[] = [];
  const context = vm.createContext({ self: { addEventListener: (type: string) => listeners.push(type) }, URL });
  vm.runInContext(source, context);
  return {
    listeners,
    assetPathsIn: context.assetPathsIn as (text: string) => string[],
    pageTitle: context.pageTitle as (html: string) => string,
    isLessonPath: context.isLessonPath as (path: string) => boolean,
  };
}

const worker = loadWorkerScript();

describe("the service worker script", () => {
  it("listens for install, activate, fetch and messages", () => {
    expect(worker.listeners).toEqual(["install", "activate", "fetch", "message"]);
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

  it("saves lesson pages only, never a quiz, the dashboard or a page below a lesson", () => {
    expect(worker.isLessonPath("/lessons/cold-war-and-sanctions")).toBe(true);
    for (const other of ["/lessons", "/lessons/", "/lessons/a/b", "/lessonsx/a", "/quiz/abc", "/dashboard", "/offline"]) {
      expect(worker.isLessonPath(other), other).toBe(false);
    }
  });
});
