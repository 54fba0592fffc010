#!/usr/bin/env bash
# The house-read benchmark of issue 4: publishes the app in Release, seeds a SQLite database (10,000 houses,
# 50,000 orders), starts the app on 127.0.0.1 and measures with wrk at 64 connections, beside GET /health/live as
# the ceiling of the same server. Writes a Markdown table to $BENCH_DIR/results.md and stops the server at the end.
# Usage: bench/houses/run.sh [seconds per run, default 15]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_PER_RUN=${1:-15}
PORT=${PORT:-5080}
WORK=${BENCH_DIR:-/tmp/homerental-bench}
BASE="http://127.0.0.1:$PORT"
CONNECTIONS=64
THREADS=2
SCRIPTS=bench/houses

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/data"

echo "Publishing (Release) and seeding..."
dotnet publish HomeRental.Api -c Release -o "$WORK/app" --nologo -v q >/dev/null
dotnet run --project bench/HomeRental.Bench -c Release -- seed "$WORK/data/homerental.db"

(
  cd "$WORK/app"
  export ConnectionStrings__HomeRental="Data Source=$WORK/data/homerental.db"
  export Storage__UploadsPath="$WORK/data/uploads" Storage__KeysPath="$WORK/data/keys"
  export ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
  exec dotnet HomeRental.Api.dll
) >"$WORK/server.log" 2>&1 &
SERVER=$!
stop_server() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 60); do
  curl -fs "$BASE/health/live" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.5
done
curl -fs "$BASE/health/live" >/dev/null

checkIn=$(date -d "+30 days" +%F)
checkOut=$(date -d "+33 days" +%F)
repeated() { echo "$BASE/api/v1.0/houses?districtId=3&checkIn=$checkIn&checkOut=$checkOut&sort=$1&page=$2"; }

# CPU time in clock ticks (1/100 s): the server's, and the whole machine's. Per request, the server's depends far less
# than req/s on what else runs; "other CPU" (wrk, about half a core, plus anything else) tells whether something did.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# run <label> <seconds> <wrk arguments...>: one wrk run, one table row.
run() {
  local label=$1 duration=$2
  shift 2
  local output before after busy_before busy_after
  before=$(cpu_ticks)
  busy_before=$(busy_ticks)
  output=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --timeout 5s --latency "$@")
  after=$(cpu_ticks)
  busy_after=$(busy_ticks)
  local rps p50 p99 errors requests
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$output")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
  requests=$(awk '/requests in/ { print $1 }' <<<"$output")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { for (i = 3; i <= NF; i++) n += $i } END { print n + 0 }' <<<"$output")
  local cpu=$(( (after - before) * 10000 / (requests > 0 ? requests : 1) ))
  local other
  other=$(awk -v ticks=$(( busy_after - busy_before - (after - before) )) -v seconds="$duration" 'BEGIN { printf "%.2f", ticks / 100 / seconds }')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" "$cpu" "$other" "$requests" "$errors" | tee -a "$WORK/results.md"
}

{
  echo "| request | req/s | p50 | p99 | server CPU µs/request | other CPU (cores) | requests | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} | tee "$WORK/results.md"

# Warm-up: JIT and connection pools, not measured.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$SCRIPTS/search-unique.lua" "$BASE" -- price-asc 2 >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$SCRIPTS/detail.lua" "$BASE" -- 10000 >/dev/null

run "GET /health/live (ceiling)" "$SECONDS_PER_RUN" "$BASE/health/live"
for sort in new bookings price-asc price-desc; do
  for page in 1 5; do
    run "search, repeated, sort=$sort, page=$page" "$SECONDS_PER_RUN" "$(repeated "$sort" "$page")"
  done
done
for sort in new bookings price-asc price-desc; do
  for page in 1 5; do
    run "search, unique, sort=$sort, page=$page" "$SECONDS_PER_RUN" -s "$SCRIPTS/search-unique.lua" "$BASE" -- "$sort" "$page"
  done
done
run "GET /houses/{id}, ids 1..10000" "$SECONDS_PER_RUN" -s "$SCRIPTS/detail.lua" "$BASE" -- 10000
run "GET /health/live (ceiling, again)" "$SECONDS_PER_RUN" "$BASE/health/live"

echo "Results: $WORK/results.md"
