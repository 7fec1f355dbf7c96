/**
 * The Content-Security-Policy for one response, following the Next.js 16 CSP
 * guide: scripts only with this request's nonce ('strict-dynamic' lets
 * Next's nonce'd bootstrap load its chunks), no 'unsafe-inline' for scripts.
 * Development adds 'unsafe-eval' (React Refresh) and inline styles (HMR).
 */
export function contentSecurityPolicy(nonce: string, options: { isDev: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce; Next applies it to the styles it inlines.
    options.isDev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // style="" attributes (e.g. a progress bar's width) cannot carry a nonce;
    // they cannot run code, so allow them rather than forbid inline widths.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The offline worker (public/sw.js), said outright: under script-src's 'strict-dynamic',
    // which sets 'self' aside, Chromium lets workers through but other browsers need not.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The headers every response carries, besides the CSP. */
export function staticSecurityHeaders(options: { sendHsts: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Production over HTTPS only: browsers ignore HSTS over http, and in
  // development it would pin localhost to https for every other project.
  if (options.sendHsts) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
