#!/usr/bin/env bash
# The HomeRental benchmark: publishes the app in Release, seeds a database (10,000 houses, 2,000 users, 50,000
# orders; the same data on either provider), starts an empty redis-server and the app on 127.0.0.1, and measures the
# key endpoints with wrk at 1 connection and at 64, each row after a warm-up, beside GET /health/live as the ceiling
# of the same server. On PostgreSQL it first starts a cluster of its own in $BENCH_DIR/postgres (settings in
# bench/postgresql.conf). Writes a Markdown table to $BENCH_DIR/results-<database>.md; stops the app, Redis and
# PostgreSQL at the end. The index's memory as the data grows is bench/index-growth.sh's.
#
# The rows, in order, by the group names of BENCH_ROWS:
#   ceiling    GET /health/live, first and last (at 1 and 64 connections, as every row below but where it says 64)
#   districts  GET /districts
#   featured   GET /houses/featured
#   detail     GET /houses/{id} over ids 1..10000, each in the cache
#   repeated   GET /houses, one dated search, each sort, page 1 and 20 (64 only but sort=new)
#   unique     GET /houses, a new district and stay each request (search-unique.lua), as repeated
#   popular    GET /houses, 20 popular dated searches in rotation (search-popular.lua), at 64: alone, then with a
#              booking every 50 ms and every 10 ms from a separate connection (order-paced.lua, which waits that
#              long before each booking, so a slow booking makes them fewer: the label says how many there were)
#   mixed      at 64, per 100 requests 70 searches (35 popular, 35 unique), 20 details, 4 featured, 4 districts,
#              2 bookings (mixed.lua); the server's peak RSS right after it goes in the summary
#   captcha    GET /captchas/{id}, a new id each
#   sign-in    POST /sessions as each user in turn
#   orders     POST /orders, a new (house, night) each (order.lua), last but the ceiling: the bookings grow the
#              orders table that the rows before them read
#
# Usage: bench/run.sh [seconds per run, default 15]
#   bench/run.sh 10                           # SQLite, 10 s per row
#   BENCH_DATABASE=PostgreSQL bench/run.sh 10 # PostgreSQL (needs: apt-get install -y postgresql)
#   WARMUP_SECONDS=1 BENCH_ROWS="popular mixed" bench/run.sh 2   # a quick check of some rows
# Environment: BENCH_DATABASE (Sqlite, the default, or PostgreSQL); BENCH_DIR (default /tmp/homerental-bench);
# BENCH_ROWS (the groups above to run, separated by spaces; all by default; every warm-up runs whatever it says);
# PORT, REDIS_PORT and POSTGRES_PORT, the first ports tried (5080, 6390, 5440); WARMUP_SECONDS (5 per kind of
# request); TIMEOUT (wrk's --timeout, 10s); PROFILE, a part of a row's label: each such row at 64 connections is also
# recorded by perf, and where its CPU went is summarised in $BENCH_DIR/profile-<n>.md (needs perf:
# apt-get install -y linux-perf), for example PROFILE="POST /orders" BENCH_ROWS=orders bench/run.sh 20.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${1:-15}
WORK=${BENCH_DIR:-/tmp/homerental-bench}
WARMUP_SECONDS=${WARMUP_SECONDS:-5}
# 64 sign-ins at once wait for each other's password hashing: 1.5 to 3 s here, longer on a busy machine.
TIMEOUT=${TIMEOUT:-10s}
DATABASE=${BENCH_DATABASE:-Sqlite}
ROW_GROUPS="ceiling districts featured detail repeated unique popular mixed captcha sign-in orders"
ROWS=${BENCH_ROWS:-$ROW_GROUPS}
APP_DIR=$WORK/app
INPUTS=$WORK/inputs
RESULTS=$WORK/results-$DATABASE.md
LUA=bench/lua

# What the seed makes by default.
HOUSES=10000
# Page 20 (houses 191 to 200) exists for every district and stay of the unique searches on the seeded data (the
# fewest free houses found was about 450).
DEEP_PAGE=20
# Seeded orders end within 180 + 28 days and the unique searches look at most 365 + 14 days ahead: bookings from
# day 400 on meet neither. Each order run gets its own 40 nights, room for 40 x ~7,000 houses = 280,000 bookings,
# and the 7 runs end before the app's booking horizon (Orders:BookingHorizonDays).
FIRST_BOOKED_NIGHT=400
NIGHTS_PER_ORDER_RUN=40
BOOKING_HORIZON_DAYS=730

source bench/lib/services.sh
source bench/lib/sessions.sh
source bench/lib/measure.sh

bench_tool() { dotnet "$WORK/tool/HomeRental.Bench.dll" "$@"; }

for program in wrk redis-server redis-cli; do
  command -v "$program" >/dev/null || { echo "$program is missing: apt-get install -y wrk redis-server" >&2; exit 1; }
done
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 1; }
if [ -n "${PROFILE:-}" ]; then
  command -v perf >/dev/null || { echo "PROFILE needs perf: apt-get install -y linux-perf" >&2; exit 1; }
fi
for group in $ROWS; do
  [[ " $ROW_GROUPS " == *" $group "* ]] || { echo "BENCH_ROWS names \"$group\": use some of $ROW_GROUPS." >&2; exit 1; }
done
# wanted <group>: whether BENCH_ROWS asks for that group of rows.
wanted() { [[ " $ROWS " == *" $1 "* ]]; }
case $DATABASE in
  Sqlite) ;;
  PostgreSQL)
    [ -n "$(postgres_bin)" ] || { echo "PostgreSQL's server programs are missing: apt-get install -y postgresql" >&2; exit 1; } ;;
  *) echo "BENCH_DATABASE is \"$DATABASE\": use Sqlite or PostgreSQL." >&2; exit 1 ;;
esac

mkdir -p "$WORK"
rm -rf "$APP_DIR" "$WORK/tool" "$WORK/data" "$WORK/redis" "$WORK/postgres" "$INPUTS" "$RESULTS" "$WORK"/profile-*

echo "Publishing (Release)..."
dotnet publish HomeRental.Api -c Release -o "$APP_DIR" --nologo -v q >/dev/null
dotnet publish bench/HomeRental.Bench -c Release -o "$WORK/tool" --nologo -v q >/dev/null

echo "Timing one password verification..."
read -r best_hash_us mean_hash_us hashes_per_second < <(bench_tool password-cost 50 | awk -F'[= ]' '{ print $2, $4, $6 }')

trap stop_services EXIT
trap 'exit 130' INT TERM
if [ "$DATABASE" = PostgreSQL ]; then
  POSTGRES_PORT=$(free_port "${POSTGRES_PORT:-5440}")
  start_postgres "$POSTGRES_PORT"
  echo "PostgreSQL $("$(postgres_bin)/postgres" -V | awk '{ print $3 }') on port $POSTGRES_PORT (pid $POSTGRES_PID)."
  CONNECTION_STRING="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres;Database=homerental"
else
  CONNECTION_STRING="Data Source=$WORK/data/homerental.db"
fi

echo "Seeding $DATABASE..."
bench_tool seed "$DATABASE" "$CONNECTION_STRING"
if [ "$DATABASE" = PostgreSQL ]; then
  # What autovacuum does within a minute or so of a bulk load on a live server (planner statistics, the visibility
  # map for index-only scans), done now so that it does not happen during a row.
  "$(postgres_bin)/psql" -q -h "$POSTGRES_SOCKETS" -p "$POSTGRES_PORT" -U postgres -d homerental -c "VACUUM ANALYZE"
fi
bench_tool inputs "$DATABASE" "$CONNECTION_STRING" "$INPUTS"
password=$(cat "$INPUTS/password.txt")

REDIS_PORT=$(free_port "${REDIS_PORT:-6390}")
start_redis "$REDIS_PORT"
PORT=$(free_port "${PORT:-5080}")
start_app "$PORT" "$REDIS_PORT"
BASE="http://127.0.0.1:$PORT"
API="$BASE/api/v1.0"
echo "App on $BASE (pid $SERVER_PID), Redis on port $REDIS_PORT (pid $REDIS_PID)."

IFS=$'\t' read -r anonymous_cookie anonymous_token < <(anonymous_client)
[ -n "$anonymous_token" ] || { echo "GET /api/v1.0/csrf-token set no csrf_token cookie." >&2; exit 1; }
guests=$INPUTS/guest-sessions.tsv
: >"$guests"
while read -r phone; do
  signed_in_client "$phone" "$password" >>"$guests" || { echo "Setting up the guests failed." >&2; exit 1; }
done <"$INPUTS/guest-phones.txt"

checkIn=$(date -d "+30 days" +%F)
checkOut=$(date -d "+33 days" +%F)
# repeated_search and unique_search <sort> <page>: set SEARCH to the wrk arguments of a search row.
repeated_search() { SEARCH=("$API/houses?districtId=3&checkIn=$checkIn&checkOut=$checkOut&sort=$1&page=$2"); }
unique_search() { SEARCH=(-s "$LUA/search-unique.lua" "$BASE" -- "$1" "$2"); }
sign_in=(-s "$LUA/sign-in.lua" "$BASE" -- "$INPUTS/phones.txt" "$password" "$anonymous_cookie" "$anonymous_token")
popular=(-s "$LUA/search-popular.lua" "$BASE")
order_runs=0
# next_order_nights: sets BOOKING to the arguments that every booking script starts with (common.booking's): the
# houses, the guests and the first of nights that no earlier run booked.
next_order_nights() {
  local first=$((FIRST_BOOKED_NIGHT + NIGHTS_PER_ORDER_RUN * order_runs))
  (( first + NIGHTS_PER_ORDER_RUN <= BOOKING_HORIZON_DAYS )) ||
    { echo "Order run $((order_runs + 1)) would book past the booking horizon: fewer nights per run." >&2; exit 1; }
  BOOKING=("$INPUTS/nightly-houses.txt" "$guests" "$first")
  order_runs=$((order_runs + 1))
}
# next_order_run: sets ORDERS to the wrk arguments of an order run on nights that no earlier run booked.
next_order_run() {
  next_order_nights
  ORDERS=(-s "$LUA/order.lua" "$BASE" -- "${BOOKING[@]}")
}

# both <label> <wrk arguments...>: a row at 1 connection, then one at 64.
both() {
  local label=$1
  shift
  row "$label" 1 "$@"
  row "$label" 64 "$@"
}

echo "Warming up..."
# First, so that the house pages that the bookings change are read again by the warm-ups after them.
next_order_run
warm_up "${ORDERS[@]}"
warm_up "${sign_in[@]}"
warm_up -s "$LUA/captcha.lua" "$BASE"
warm_up "$BASE/health/live"
warm_up "$API/districts"
warm_up "$API/houses/featured"
warm_up "${popular[@]}"
# Each sort walks its own lists of the index.
for sort in new bookings price-asc price-desc; do
  warm_up -s "$LUA/search-unique.lua" "$BASE" -- "$sort" "$DEEP_PAGE"
done
warm_up -s "$LUA/detail.lua" "$BASE" -- "$HOUSES"
# Bookings once more, among the searches: tiered compilation only counts calls once no new method has been compiled
# for a while, so the bookings of the first warm-up leave their code unoptimised, and its recompilation (a fifth of
# the server's CPU for seconds, in a profile) fell in the first row with bookings beside searches.
next_order_nights
warm_up -s "$LUA/mixed.lua" "$BASE" -- "${BOOKING[@]}" "$HOUSES"

{
  echo "# HomeRental benchmark on $DATABASE, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$SECONDS_PER_RUN s per row after ${WARMUP_SECONDS} s of warm-up per kind of request; $(nproc) cores;" \
    "load average at the start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  table_header
} | tee "$RESULTS"

if wanted ceiling; then
  both "GET /health/live (ceiling)" "$BASE/health/live"
fi
if wanted districts; then
  both "GET /districts" "$API/districts"
fi
if wanted featured; then
  both "GET /houses/featured" "$API/houses/featured"
fi
if wanted detail; then
  # Every house once, right before (cache entries live a minute), so that these rows measure what the cache answers
  # and not how far a warm-up got.
  curl -sSf --no-progress-meter --parallel --parallel-max 8 "$API/houses/[1-$HOUSES]" >/dev/null
  both "GET /houses/{id}, ids 1..$HOUSES" -s "$LUA/detail.lua" "$BASE" -- "$HOUSES"
fi
for kind in repeated unique; do
  wanted "$kind" || continue
  for sort in new bookings price-asc price-desc; do
    for page in 1 "$DEEP_PAGE"; do
      "${kind}_search" "$sort" "$page"
      label="GET /houses search, $kind, sort=$sort, page=$page"
      # At 1 connection only the default sort: the 64-connection rows show how little the sort changes.
      if [ "$sort" = new ]; then
        row "$label" 1 "${SEARCH[@]}"
      fi
      row "$label" 64 "${SEARCH[@]}"
    done
  done
done
if wanted popular; then
  row "GET /houses search, 20 popular" 64 "${popular[@]}"
  for pause in 50 10; do
    next_order_nights
    BESIDE=(bookings -s "$LUA/order-paced.lua" "$BASE" -- "${BOOKING[@]}" "$pause")
    row "GET /houses search, 20 popular, with a booking every $pause ms" 64 "${popular[@]}"
    BESIDE=()
  done
fi
if wanted mixed; then
  next_order_nights
  row "Mixed: 35% popular searches, 35% unique, 20% details, 4% featured, 4% districts, 2% bookings" 64 \
    -s "$LUA/mixed.lua" "$BASE" -- "${BOOKING[@]}" "$HOUSES"
  mixed_peak_mib=$(memory_mib "$SERVER_PID" VmHWM)
fi
if wanted captcha; then
  both "GET /captchas/{id}, a new id each" -s "$LUA/captcha.lua" "$BASE"
fi
if wanted sign-in; then
  both "POST /sessions (sign-in; 1 password check = $best_hash_us µs CPU)" "${sign_in[@]}"
fi
if wanted orders; then
  for connections in 1 64; do
    next_order_run
    row "POST /orders, 1 night, a new (house, night) each" "$connections" "${ORDERS[@]}"
  done
fi
if wanted ceiling; then
  both "GET /health/live (ceiling, again)" "$BASE/health/live"
fi

{
  echo
  echo "- Server peak RSS (VmHWM): $(memory_mib "$SERVER_PID" VmHWM) MiB."
  if [ -n "${mixed_peak_mib:-}" ]; then
    echo "- Server peak RSS (VmHWM) right after the mixed row (the peak of every row until then): $mixed_peak_mib MiB."
  fi
  echo "- One password verification (User.VerifyPassword on one thread, 5 batches of 10, before the server started):" \
    "$best_hash_us µs of CPU in the fastest batch, $mean_hash_us µs on average; compare the server CPU per sign-in above."
  echo "- Password verifications a second with one thread per core (the most sign-ins a second this machine can answer):" \
    "$hashes_per_second; compare the sign-in rows' req/s."
} | tee -a "$RESULTS"
echo "Results: $RESULTS"
