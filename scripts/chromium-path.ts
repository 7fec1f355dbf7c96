import { existsSync } from "node:fs";

/** Debian's Chromium on machines that cannot download Playwright's own browser (PLAYWRIGHT_CHROMIUM_PATH overrides it). */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}
