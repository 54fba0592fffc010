#!/usr/bin/env bash
# The availability index as the data grows: for each size (10,000 and 100,000 houses; 5 orders a house, as run.sh's
# 50,000 for 10,000), seeds a SQLite database with the bench tool, starts the published app on it as run.sh does
# (Production, an empty Redis, with HomeRental.Api.Houses logging at Information), waits until it is ready and the
# index has logged its load ("Availability index loaded: <houses> houses, <ranges> taken nights ranges, <size> MiB,
# in <ms> ms"), then sends 5 s of unique searches at 64 connections. Writes a Markdown table to
# $BENCH_DIR/index-growth.md: the index's size and load time from that line, the server's RSS after the load (VmRSS)
# and its peak after the searches (VmHWM). Seeding took 35-45 s for 10,000 houses and 6-8 min for 100,000 on the 2
# shared cores of the machine in docs/BENCHMARKS.md, with other work beside it.
# A size whose index does not log within INDEX_WAIT_SECONDS gets a note saying so, and the script goes on.
#
# Usage: bench/index-growth.sh [houses...]      # default: 10000 100000
# Environment: BENCH_DIR (default /tmp/homerental-index-growth); PORT and REDIS_PORT, the first ports tried (5080,
# 6390); INDEX_WAIT_SECONDS (30, counted from the app's readiness); TIMEOUT (wrk's --timeout, 10s).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -gt 0 ] || set -- 10000 100000
SIZES=("$@")
WORK=${BENCH_DIR:-/tmp/homerental-index-growth}
INDEX_WAIT_SECONDS=${INDEX_WAIT_SECONDS:-30}
TIMEOUT=${TIMEOUT:-10s}
DATABASE=Sqlite
APP_DIR=$WORK/app
RESULTS=$WORK/index-growth.md
ORDERS_PER_HOUSE=5
SEARCH_SECONDS=5

source bench/lib/services.sh
source bench/lib/measure.sh

for program in wrk redis-server redis-cli curl; do
  command -v "$program" >/dev/null || { echo "$program is missing: apt-get install -y wrk redis-server curl" >&2; exit 1; }
done

mkdir -p "$WORK"
rm -rf "$APP_DIR" "$WORK/tool" "$WORK/data" "$WORK/redis" "$RESULTS"
echo "Publishing (Release)..."
dotnet publish HomeRental.Api -c Release -o "$APP_DIR" --nologo -v q >/dev/null
dotnet publish bench/HomeRental.Bench -c Release -o "$WORK/tool" --nologo -v q >/dev/null

trap stop_services EXIT
trap 'exit 130' INT TERM
REDIS_PORT=$(free_port "${REDIS_PORT:-6390}")
start_redis "$REDIS_PORT"

# index_line: the index's load line in the app's log, empty until it is there.
index_line() { grep -o 'Availability index loaded: .*' "$WORK/server.log" | head -n1 || true; }

{
  echo "# The availability index as the data grows, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "SQLite; $SEARCH_SECONDS s of unique searches at 64 connections after the load; $(nproc) cores."
  echo
  echo "| houses | orders | index (MiB) | index load (ms) | server RSS after the load (MiB) | server peak RSS after the searches (MiB) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
} | tee "$RESULTS"
notes=()
for houses in "${SIZES[@]}"; do
  orders=$((houses * ORDERS_PER_HOUSE))
  CONNECTION_STRING="Data Source=$WORK/data/homerental-$houses.db"
  mkdir -p "$WORK/data"
  echo "Seeding $houses houses and $orders orders..." >&2
  SECONDS=0
  dotnet "$WORK/tool/HomeRental.Bench.dll" seed "$DATABASE" "$CONNECTION_STRING" "$houses" "$orders" >&2
  echo "Seeded in $SECONDS s." >&2

  PORT=$(free_port "${PORT:-5080}")
  start_app "$PORT" "$REDIS_PORT" Logging__LogLevel__HomeRental.Api.Houses=Information
  for _ in $(seq $((INDEX_WAIT_SECONDS * 2))); do
    [ -n "$(index_line)" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "The app has stopped; its log: $WORK/server.log" >&2; exit 1; }
    sleep 0.5
  done
  line=$(index_line)
  if [ -n "$line" ]; then
    read -r index_mib load_ms < <(sed -E 's/.* ([0-9.]+) MiB, in ([0-9]+) ms.*/\1 \2/' <<<"$line")
  else
    index_mib="not logged" load_ms="not logged"
    notes+=("$houses houses: the index did not log its load within $INDEX_WAIT_SECONDS s.")
    echo "${notes[-1]}" >&2
  fi
  rss_after_load=$(memory_mib "$SERVER_PID" VmRSS)
  errors=$(load_wrk 64 -d"${SEARCH_SECONDS}s" --timeout "$TIMEOUT" -s bench/lua/search-unique.lua \
    "http://127.0.0.1:$PORT" -- new 1 | wrk_errors)
  [ "$errors" -eq 0 ] || notes+=("$houses houses: $errors of the searches failed.")
  echo "| $(thousands "$houses") | $(thousands "$orders") | $index_mib | $load_ms | $rss_after_load |" \
    "$(memory_mib "$SERVER_PID" VmHWM) |" | tee -a "$RESULTS"
  stop "$SERVER_PID"
  cp "$WORK/server.log" "$WORK/server-$houses.log"
done
if [ ${#notes[@]} -gt 0 ]; then
  echo | tee -a "$RESULTS"
  printf -- '- %s\n' "${notes[@]}" | tee -a "$RESULTS"
fi
echo "Results: $RESULTS"
