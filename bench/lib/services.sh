# shellcheck shell=bash
# Sourced by bench/run.sh and bench/index-growth.sh: starts and stops redis-server, the bench's PostgreSQL cluster
# and the published app. Needs WORK and APP_DIR.

# free_port <first port>: the first port from there up that nothing listens on.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# wait_for <what> <pid> <log> <command...>: until the command succeeds; fails, showing the log, if the process dies
# or 30 s pass.
wait_for() {
  local what=$1 pid=$2 log=$3
  shift 3
  for _ in $(seq 60); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "$what did not start; its log ($log):" >&2
  cat "$log" >&2
  exit 1
}

# start_redis <port>: an empty Redis that writes nothing to disk; sets REDIS_PID.
start_redis() {
  mkdir -p "$WORK/redis"
  redis-server --bind 127.0.0.1 --port "$1" --save "" --appendonly no --dir "$WORK/redis" >"$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  wait_for redis-server "$REDIS_PID" "$WORK/redis.log" redis-cli -p "$1" ping
}

# postgres_bin: the folder of the newest PostgreSQL server programs installed (Debian's layout), empty if none.
postgres_bin() {
  find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n1
}

# as_postgres <program> <arguments...>: PostgreSQL refuses to run as root, so as root it runs as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_postgres <port>: a fresh cluster of the bench's own in $WORK/postgres (never the machine's system cluster), on
# 127.0.0.1 only, with the settings of bench/postgresql.conf; its log is $WORK/postgres/server.log. Sets POSTGRES_PID
# (the postmaster) and POSTGRES_SOCKETS (the folder of its Unix socket).
start_postgres() {
  local bin data=$WORK/postgres/data log=$WORK/postgres/server.log
  bin=$(postgres_bin)
  POSTGRES_SOCKETS=$WORK/postgres
  mkdir -p "$POSTGRES_SOCKETS"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$POSTGRES_SOCKETS"
  fi
  # Trust on the loopback address only: the cluster serves this run and nothing else.
  as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 >"$WORK/postgres-initdb.log" 2>&1 || {
    echo "initdb failed; its output ($WORK/postgres-initdb.log):" >&2
    cat "$WORK/postgres-initdb.log" >&2
    exit 1
  }
  as_postgres tee -a "$data/postgresql.conf" <bench/postgresql.conf >/dev/null
  as_postgres "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $1 -c listen_addresses=127.0.0.1 -k $POSTGRES_SOCKETS" start >/dev/null || {
    echo "PostgreSQL did not start; its log ($log):" >&2
    cat "$log" >&2
    exit 1
  }
  POSTGRES_PID=$(head -n1 "$data/postmaster.pid")
}

# postgres_ticks: CPU clock ticks of the postmaster and of every server process it started, running or ended.
postgres_ticks() {
  local pid ticks
  ticks=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$POSTGRES_PID/stat")
  for pid in $(pgrep -P "$POSTGRES_PID"); do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$ticks"
}

# start_app <port> <redis port> [<setting>=<value>...]: the published app in Production on DATABASE and
# CONNECTION_STRING, with any further settings as environment variables (through env: a name such as
# Logging__LogLevel__HomeRental.Api.Houses is no shell variable); sets SERVER_PID (dotnet itself, through exec).
start_app() {
  (
    cd "$APP_DIR" || exit
    export ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
    export Database__Provider="$DATABASE" ConnectionStrings__HomeRental="$CONNECTION_STRING"
    export Storage__UploadsPath="$WORK/data/uploads" Storage__KeysPath="$WORK/data/keys"
    export Redis__Configuration="127.0.0.1:$2"
    # The rate limits count requests per client address, and every wrk connection comes from 127.0.0.1: they would
    # refuse nearly all captcha and sign-in requests of a run. 0 turns a limit off.
    export RateLimits__Captcha=0 RateLimits__Sms=0 RateLimits__SignIn=0
    # For perf: a map of the JIT-compiled methods, and no second mapping of their code (W^X), which hides them from it.
    if [ -n "${PROFILE:-}" ]; then
      export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
    fi
    exec env "${@:3}" dotnet HomeRental.Api.dll
  ) >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "The app" "$SERVER_PID" "$WORK/server.log" curl -fs "http://127.0.0.1:$1/health/ready"
}

# stop <pid>: stops a process this shell started, if it still runs, and waits for it.
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

stop_services() {
  local pid
  for pid in ${SERVER_PID:-} ${REDIS_PID:-}; do
    stop "$pid"
  done
  if [ -n "${POSTGRES_PID:-}" ]; then
    as_postgres "$(postgres_bin)/pg_ctl" -D "$WORK/postgres/data" -m fast -w stop >/dev/null || true
  fi
}
