# Sourced by bench/run.sh: starts and stops redis-server and the published app. Needs WORK and APP_DIR.

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

# start_app <port> <redis port>: the published app in Production; sets SERVER_PID (dotnet itself, through exec).
start_app() {
  (
    cd "$APP_DIR"
    export ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
    export ConnectionStrings__HomeRental="Data Source=$WORK/data/homerental.db"
    export Storage__UploadsPath="$WORK/data/uploads" Storage__KeysPath="$WORK/data/keys"
    export Redis__Configuration="127.0.0.1:$2"
    # The rate limits count requests per client address, and every wrk connection comes from 127.0.0.1: they would
    # refuse nearly all captcha and sign-in requests of a run. 0 turns a limit off.
    export RateLimits__Captcha=0 RateLimits__Sms=0 RateLimits__SignIn=0
    exec dotnet HomeRental.Api.dll
  ) >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "The app" "$SERVER_PID" "$WORK/server.log" curl -fs "http://127.0.0.1:$1/health/ready"
}

stop_services() {
  local pid
  for pid in ${SERVER_PID:-} ${REDIS_PID:-}; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
