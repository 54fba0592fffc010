# shellcheck shell=bash
# Sourced by bench/run.sh (and bench/index-growth.sh): one wrk run is one row of the results table. Needs DATABASE,
# SERVER_PID, REDIS_PID (and POSTGRES_PID on PostgreSQL), RESULTS, SECONDS_PER_RUN, WARMUP_SECONDS and TIMEOUT.

TICKS_PER_SECOND=$(getconf CLK_TCK)

# CPU time in clock ticks: of one process (user + system), and of the whole machine (everything but idle and iowait).
# Per request, the server's depends far less than req/s on what else runs; "other CPU" (wrk, plus anything else
# but the server, Redis and the database server) tells whether something else did.
process_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# database_ticks: of the database server; 0 on SQLite, which runs inside the app and counts in its CPU.
# shellcheck disable=SC2153 # DATABASE is the sourcing script's.
database_ticks() {
  if [ "$DATABASE" = PostgreSQL ]; then postgres_ticks; else echo 0; fi
}
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# memory_mib <pid> <VmRSS|VmHWM>
memory_mib() { awk -v field="$2:" '$1 == field { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# load_wrk <connections> <wrk arguments...>: wrk with one thread for one connection, else one thread per core,
# telling the scripts how many threads there are (WRK_THREADS, see bench/lua/common.lua).
load_wrk() {
  local connections=$1 threads=2
  shift
  [ "$connections" -eq 1 ] && threads=1
  WRK_THREADS=$threads wrk -t"$threads" -c"$connections" "$@"
}

table_header() {
  echo "| request | connections | req/s | p50 | p99 | server CPU µs/request | Redis CPU µs/request | database CPU µs/request | other CPU (cores) | requests | errors | server RSS after (MiB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
}

# settle: waits until the server has finished what the last run left in flight, so that it does not count in the
# next row (wrk stops without waiting for answers, and 64 sign-ins still hashing are seconds of CPU): until the server
# uses less than a tenth of a core for half a second, 30 s at most.
settle() {
  local before
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "The app has stopped; its log: $WORK/server.log" >&2; exit 1; }
  for _ in $(seq 60); do
    before=$(process_ticks "$SERVER_PID")
    sleep 0.5
    (( $(process_ticks "$SERVER_PID") - before < TICKS_PER_SECOND / 20 )) && return 0
  done
}

# wrk_requests and wrk_errors: read wrk's output; print how many requests it made, and how many failed (non-2xx
# answers plus socket errors).
wrk_requests() { awk '/requests in/ { print $1 }'; }
wrk_errors() {
  awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { for (i = 3; i <= NF; i++) n += $i } END { print n + 0 }'
}

# thousands <number>: with a comma between each group of three digits.
thousands() { sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta' <<<"$1"; }

# BESIDE=(<what> <wrk arguments...>) before a row: a second wrk, at 1 connection, sends those requests for as long as
# the row's own wrk runs (started just before it, stopped with SIGINT right after it), and the label ends with how
# many it sent and how many failed, as "(1,432 bookings, 0 errors)". The other columns are the row's own requests',
# but the CPU per request counts the server's work for both.
BESIDE=()

# PROFILE=<text> (run.sh's setting): a row at 64 connections whose label contains the text is also recorded by perf
# (cpu-clock at 499 Hz, with call stacks) for as long as its wrk runs, into $WORK/profile-<n>.data, and summarised by
# bench/lib/profile-summary.py into $WORK/profile-<n>.md. The sampling costs the server a little: compare such a row
# with the same row unprofiled, not with other rows.
profiles=0

# row <label> <connections> <wrk arguments...>
row() {
  local label=$1 connections=$2 seconds=$SECONDS_PER_RUN
  shift 2
  settle
  local output server_before redis_before database_before busy_before server_ticks redis_ticks database busy
  local beside_pid="" beside_output=$WORK/beside.txt
  server_before=$(process_ticks "$SERVER_PID")
  redis_before=$(process_ticks "$REDIS_PID")
  database_before=$(database_ticks)
  busy_before=$(busy_ticks)
  if [ ${#BESIDE[@]} -gt 0 ]; then
    # Longer than the row, so that the signal is what stops it; wrk itself rather than load_wrk, whose subshell would
    # take the signal instead.
    WRK_THREADS=1 wrk -t1 -c1 -d"$((seconds + 10))s" --timeout "$TIMEOUT" "${BESIDE[@]:1}" >"$beside_output" &
    beside_pid=$!
  fi
  local profile_pid="" profile=""
  if [ -n "${PROFILE:-}" ] && [ "$connections" = 64 ] && [[ "$label" == *"$PROFILE"* ]]; then
    profiles=$((profiles + 1))
    profile=$WORK/profile-$profiles
    perf record -q -e cpu-clock -F 499 -g -p "$SERVER_PID" -o "$profile.data" -- sleep "$seconds" 2>/dev/null &
    profile_pid=$!
  fi
  output=$(load_wrk "$connections" -d"${seconds}s" --timeout "$TIMEOUT" --latency "$@")
  if [ -n "$beside_pid" ]; then
    kill -INT "$beside_pid"
    wait "$beside_pid"
    label="$label ($(thousands "$(wrk_requests <"$beside_output")") ${BESIDE[0]}, $(wrk_errors <"$beside_output") errors)"
  fi
  [ -z "$profile_pid" ] || wait "$profile_pid"
  server_ticks=$(( $(process_ticks "$SERVER_PID") - server_before ))
  redis_ticks=$(( $(process_ticks "$REDIS_PID") - redis_before ))
  database=$(( $(database_ticks) - database_before ))
  busy=$(( $(busy_ticks) - busy_before ))

  local rps p50 p99 requests errors
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$output")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
  requests=$(wrk_requests <<<"$output")
  errors=$(wrk_errors <<<"$output")
  awk -v label="$label" -v connections="$connections" -v rps="$rps" -v p50="$p50" -v p99="$p99" \
    -v server="$server_ticks" -v redis="$redis_ticks" -v database="$database" -v busy="$busy" -v tick="$TICKS_PER_SECOND" \
    -v in_app="$([ "$DATABASE" = PostgreSQL ] || echo 1)" \
    -v seconds="$seconds" -v requests="$requests" -v errors="$errors" -v rss="$(memory_mib "$SERVER_PID" VmRSS)" \
    'function max(a, b) { return a > b ? a : b }
    BEGIN {
      per_request = 1e6 / tick / (requests > 0 ? requests : 1)
      printf "| %s | %d | %s | %s | %s | %d | %d | %s | %.2f | %d | %d | %d |\n", label, connections, rps, p50, p99,
        server * per_request, redis * per_request, in_app ? "in app" : sprintf("%d", database * per_request),
        max(0, (busy - server - redis - database) / tick / seconds), requests, errors, rss
    }' | tee -a "$RESULTS"
  # After the row's figures, so that perf's own work is not counted in them.
  if [ -n "$profile" ]; then
    { echo "# Profile of: $label, $connections connections"; echo
      perf script -i "$profile.data" 2>/dev/null | bench/lib/profile-summary.py; } >"$profile.md"
  fi
}

# warm_up <wrk arguments...>: JIT, connection pools and caches, at 64 connections, not measured.
warm_up() {
  load_wrk 64 -d"${WARMUP_SECONDS}s" --timeout "$TIMEOUT" "$@" >/dev/null
}
