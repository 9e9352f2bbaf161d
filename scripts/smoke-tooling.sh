#!/usr/bin/env bash
# Smoke runs of the data-generating and benchmark scripts, for CI (.ci/run): small sizes, no timing
# asserted, only exit codes, so a schema change that breaks one of them fails CI instead of rotting
# until the next benchmark. Each run uses a throwaway PostgreSQL database and drops it.
#
#   scripts/smoke-tooling.sh data    db:migrate, admin:create, db:seed, db:seed:large (2,000 reports), bench:queues, bench:agencies
#                                    and bench:outcomes-stats (its SQL part) in-process; bench:certificate; annual-reports:run on a queued report
#   scripts/smoke-tooling.sh build   needs the production build: bench:submit (a few hundred submissions)
#                                    and bench:queues over HTTP against server.mjs on a seeded database
#
# SMOKE_PG: the server to create databases on, as a URL ending in a database name (default
# postgresql://postgres@127.0.0.1:5432/postgres). SMOKE_REPORTS (2000), SMOKE_SUBMISSIONS (200) and
# SMOKE_PORT (3210) change the sizes and the port.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:?usage: scripts/smoke-tooling.sh data|build}"
PG="${SMOKE_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
DB="sajam_smoke_tooling_$$"
DB_URL="${PG%/*}/${DB}"
PORT="${SMOKE_PORT:-3210}"
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-smoke-only-secret-smoke-only-secret-000}"
# A production server on PostgreSQL refuses to start without its own keys (lib/env.ts); the seed encrypts with the same.
export SAJAM_DATA_KEY="${SAJAM_DATA_KEY:-smoke-only-data-key-smoke-only-data-key-0}" SAJAM_TRACKING_KEY="${SAJAM_TRACKING_KEY:-smoke-only-tracking-key-smoke-only-track}"
export SEED_LARGE_REPORTS="${SMOKE_REPORTS:-2000}" BENCH_RUNS=3 BENCH_WARMUP=1
unset NODE_ENV

SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill -TERM -- "-$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  psql "$PG" -qXc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null || true
}
trap cleanup EXIT

phase() { printf -- '--- smoke: %s (%ss)\n' "$1" "$SECONDS"; }

large_data_set() {
  psql "$PG" -qXc "CREATE DATABASE \"$DB\"" >/dev/null
  export DATABASE_URL="$DB_URL"
  phase "db:migrate on $DB"
  npm run -s db:migrate
  # A new deployment's first administrator, from the environment (no accounts yet: it must succeed).
  phase "admin:create"
  SAJAM_ADMIN_NAME='مدیر نخست' SAJAM_ADMIN_EMAIL='first-admin@sajam.invalid' npm run -s admin:create >/dev/null
  phase "db:seed"
  npm run -s db:seed
  phase "db:seed:large ($SEED_LARGE_REPORTS reports)"
  npm run -s db:seed:large >/dev/null
}

case "$MODE" in
  data)
    large_data_set
    phase "bench:queues ($BENCH_RUNS runs, in-process)"
    npm run -s bench:queues >/dev/null
    phase "bench:agencies ($BENCH_RUNS runs)"
    npm run -s bench:agencies >/dev/null
    phase "bench:outcomes-stats, expected SQL ($BENCH_RUNS runs)"
    BENCH_PARTS=sql BENCH_STATS_RUNS=1 BENCH_REFRESH_RUNS=1 npm run -s bench:outcomes-stats >/dev/null
    phase "bench:certificate (2 runs)"
    BENCH_RUNS=2 npm run -s bench:certificate >/dev/null
    phase "annual-reports:run (a queued province report, made outside the server)"
    psql "$DB_URL" -qXc "INSERT INTO \"AnnualReport\" (id, year, scope, \"provinceId\", \"requestedById\", status, \"activeKey\")
      SELECT gen_random_uuid(), 1404, 'PROVINCE', 4, u.id, 'QUEUED', 'PROVINCE:4:1404' FROM \"User\" u WHERE 'NATIONAL_OFFICE' = ANY(u.roles) LIMIT 1" >/dev/null
    npm run -s annual-reports:run | grep -q '"done":1' || { echo "annual-reports:run made no report" >&2; exit 1; }
    [ "$(psql "$DB_URL" -qXAtc "SELECT count(*) FROM \"AnnualReport\" WHERE status = 'DONE' AND \"byteSize\" > 0")" = 1 ]
    ;;
  build)
    [ -f .next/BUILD_ID ] || { echo "smoke-tooling build: no production build (.next/BUILD_ID); run npm run build first" >&2; exit 1; }
    phase "bench:submit (production build)"
    BENCH_PG="$PG" BENCH_TOTAL="${SMOKE_SUBMISSIONS:-200}" BENCH_WARMUP=50 BENCH_CONCURRENCY=8 BENCH_PORT="$PORT" npm run -s bench:submit
    large_data_set
    phase "bench:queues over HTTP (server.mjs on port $PORT)"
    # Its own session (setsid), so the whole process group can be stopped at the end.
    NODE_ENV=production SAJAM_JOBS=off NEXTAUTH_URL="http://127.0.0.1:$PORT" setsid node server.mjs -p "$PORT" -H 127.0.0.1 >/dev/null &
    SERVER_PID=$!
    node -e 'const u = process.argv[1]; (async () => { for (let i = 0; i < 120; i++) { if (await fetch(u).then((r) => r.ok, () => false)) return; await new Promise((r) => setTimeout(r, 500)); } console.error(`no answer from ${u} within 60 s`); process.exit(1); })();' "http://127.0.0.1:$PORT/api/health"
    BENCH_HTTP="http://127.0.0.1:$PORT" npm run -s bench:queues >/dev/null
    ;;
  *)
    echo "usage: scripts/smoke-tooling.sh data|build" >&2
    exit 2
    ;;
esac
phase "done"
