#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
# Starts what the tests need (PostgreSQL, Chromium) when it is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Services: PostgreSQL and Chromium"
bash scripts/ensure-postgres.sh || {
  if [ "${CI:-}" = "true" ]; then echo "PostgreSQL is required on CI" >&2; exit 1; fi
  echo "!! PostgreSQL is not reachable: the PostgreSQL half of the integration tests will fail loudly." >&2
}
bash scripts/ensure-chromium.sh

step "Types and lint"
npx tsc --noEmit -p .
npx eslint . --max-warnings 0

step "Content pack"
npm run --silent content -- check

step "Unit and integration tests (SQLite and PostgreSQL)"
REQUIRE_POSTGRES="${REQUIRE_POSTGRES:-1}" npx vitest run

step "Build"
npx next build

step "End-to-end tests (desktop and phone, Chromium)"
npx playwright test
