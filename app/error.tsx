"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>Nothing you submitted was lost. Try again; if it keeps happening, reload the page.</p>
      <button type="button" onClick={reset} className="min-h-11 self-start rounded-lg bg-brand px-4 font-semibold text-brand-ink">
        Try again
      </button>
    </div>
  );
}
