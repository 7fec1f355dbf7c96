#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Playwright's own browser download is
# unreachable on this network). Install it when it is missing and we can.
set -euo pipefail
if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] && [ -x "$PLAYWRIGHT_CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the e2e tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No /usr/bin/chromium and cannot apt-get it: installing Playwright's Chromium instead."
npx playwright install chromium
