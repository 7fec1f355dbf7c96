import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveLessons, saveSilenceLimitMs } from "./service-worker";

type Progress = { done: number; total: number };

/** A controlling worker that hands each message's reply port to the test. */
function fakeWorker(): { ports: MessagePort[] } {
  const ports: MessagePort[] = [];
  vi.stubGlobal("navigator", { serviceWorker: { controller: { postMessage: (_message: unknown, transfer: MessagePort[]) => ports.push(...transfer) } } });
  return { ports };
}

/** Lets port messages, which travel through Node's event loop rather than the faked timers, arrive. */
const deliver = () => new Promise((resolve) => setImmediate(resolve));

async function after(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await deliver();
}

describe("saveLessons, the page's side of “Save all lessons”", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function start(paths: string[]) {
    const counts: number[] = [];
    let settled = false;
    void saveLessons(paths, (done) => counts.push(done)).then(() => (settled = true));
    return { counts, isSettled: () => settled };
  }

  it("passes on each count the worker reports and resolves at the last", async () => {
    const { ports } = fakeWorker();
    const save = start(["/lessons/a", "/lessons/b"]);
    const report = (progress: Progress) => ports[0]?.postMessage(progress);
    report({ done: 1, total: 2 });
    await deliver();
    expect(save.isSettled()).toBe(false);
    report({ done: 2, total: 2 });
    await deliver();
    expect(save.counts).toEqual([1, 2]);
    expect(save.isSettled()).toBe(true);
  });

  it("gives up when the worker says nothing for the silence limit, as one replaced halfway by an update would", async () => {
    fakeWorker();
    const save = start(["/lessons/a"]);
    await after(saveSilenceLimitMs - 1);
    expect(save.isSettled()).toBe(false);
    await after(1);
    expect(save.isSettled()).toBe(true);
    expect(save.counts).toEqual([]);
  });

  it("waits as long as the worker keeps reporting, and ignores what it says after giving up", async () => {
    const { ports } = fakeWorker();
    const save = start(["/lessons/a", "/lessons/b", "/lessons/c"]);
    const report = (progress: Progress) => ports[0]?.postMessage(progress);
    await after(saveSilenceLimitMs - 1_000);
    report({ done: 1, total: 3 });
    await after(saveSilenceLimitMs - 1_000);
    // Longer than the limit since the start, not since the last report.
    expect(save.isSettled()).toBe(false);
    await after(1_000);
    expect(save.isSettled()).toBe(true);
    report({ done: 2, total: 3 });
    await deliver();
    expect(save.counts).toEqual([1]);
  });

  it("resolves at once, with nothing asked, when no worker controls the page", async () => {
    vi.stubGlobal("navigator", { serviceWorker: { controller: null } });
    const save = start(["/lessons/a"]);
    await deliver();
    expect(save.isSettled()).toBe(true);
  });
});
