"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const noConnection = isNetworkFailure(error);
  return (
    <div role="alert" className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{noConnection ? "No connection" : "Something went wrong"}</h1>
      <p>
        {noConnection
          ? "That needs the network, and this device could not reach Groundwork. Nothing you submitted was lost: try again once you are back online."
          : "Nothing you submitted was lost. Try again; if it keeps happening, reload the page."}
      </p>
      <button type="button" onClick={reset} className="min-h-11 self-start rounded-lg bg-brand px-4 font-semibold text-brand-ink">
        {/* Shows the page again; it sends nothing. */}
        {noConnection ? "Back to the page" : "Try again"}
      </button>
    </div>
  );
}

/**
 * A server action whose request never got an answer fails in the browser with a TypeError, worded
 * by each browser its own way. A server's error reaches the page as a digest, never as one of these.
 */
function isNetworkFailure(error: Error): boolean {
  return error.name === "TypeError" && /failed to fetch|networkerror|load failed/i.test(error.message);
}
