export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        Groundwork teaches from curated facts, each written in our own words and cited to its source.
      </p>
    </footer>
  );
}
