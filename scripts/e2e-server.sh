#!/usr/bin/env bash
# The production build on a fresh embedded database, migrated and seeded before the server opens it
# (PGlite serves one process). Set E2E_DATABASE_URL to run against PostgreSQL instead.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${E2E_PORT:-3100}"
export NEXTAUTH_URL="http://localhost:${PORT}"
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-e2e-only-secret-e2e-only-secret-e2e-only}"
# Every browser here is one client (127.0.0.1): the limits themselves are tested in integration.
export SAJAM_RATE_SUBMIT_PER_HOUR=1000 SAJAM_RATE_TRACK_PER_10MIN=1000 SAJAM_RATE_OTP_PER_HOUR=1000
# The deadline job runs in the server (first pass a few seconds after start); /dev/outbox shows its messages.
export SAJAM_JOBS=on SAJAM_DEV_OUTBOX=on
if [ -n "${E2E_DATABASE_URL:-}" ]; then
  export DATABASE_URL="$E2E_DATABASE_URL"
  # A production build on PostgreSQL refuses to start without its own keys (lib/env.ts).
  export SAJAM_DATA_KEY="${SAJAM_DATA_KEY:-e2e-only-data-key-e2e-only-data-key-e2e}" SAJAM_TRACKING_KEY="${SAJAM_TRACKING_KEY:-e2e-only-tracking-key-e2e-only-tracking}"
else
  unset DATABASE_URL
  export PGLITE_DATA_DIR=".data/e2e"
  rm -rf "$PGLITE_DATA_DIR"
fi
[ -f .next/BUILD_ID ] || npm run build
npm run db:migrate
npm run db:seed
exec node server.mjs -p "$PORT"
