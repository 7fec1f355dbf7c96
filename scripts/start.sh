#!/usr/bin/env bash
# `npm start`: build when needed, migrate the database and sync content, then serve.
# A fresh checkout has no build, and a pulled change makes the old one stale:
# rebuild whenever a source file is newer than the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

needs_build() {
  [ -f .next/BUILD_ID ] || return 0
  [ -n "$(find app components lib content proxy.ts next.config.js package.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]
}

npx tsx scripts/prepare.ts
if needs_build; then
  echo "Building the app (first start or changed sources)…"
  npx next build
fi
exec npx next start -p "${PORT:-3000}"
