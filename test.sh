#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing (redis-server, Debian's chromium for the
# browser tests, curl and jq for docs/tour.sh; you need root or sudo; and the npm tools of tools/openapi-client),
# runs every test of the solution, and ends with one line "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Store".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v jq >/dev/null 2>&1 || missing+=(jq)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} for the tests..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The OpenAPI tests generate a TypeScript client with these (versions pinned in the lock file).
[ -d tools/openapi-client/node_modules ] || npm ci --prefix tools/openapi-client --no-audit --no-fund

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
dotnet test HomeRental.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

counters=$(grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null || true)
if [ -z "$counters" ]; then
  echo "The tests did not run (see the build output above)." >&2
  exit $(( status == 0 ? 1 : status ))
fi
count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters" | awk '{ sum += $1 } END { print sum + 0 }'; }
total=$(count total)
executed=$(count executed)
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
echo "$passed passed, $failed failed, $(( total - executed )) skipped"
exit $status
