"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "1.5rem" }}>
        <main>
          <h1>Groundwork could not load this page</h1>
          <p>Try again; if it keeps happening, reload the page.</p>
          <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
