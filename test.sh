#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing (redis-server, PostgreSQL's server programs,
# Debian's chromium for the browser tests, curl and jq for docs/tour.sh; you need root or sudo; and the npm tools of
# tools/openapi-client and tools/axe), runs every test of the solution on SQLite, then the HTTP suite again on PostgreSQL (a cluster
# the tests start themselves), and ends with one line "N passed, N failed, N skipped" over both runs.
# Extra arguments go to both `dotnet test` runs, e.g. ./test.sh --filter "FullyQualifiedName~Store".
# TEST_DATABASES=Sqlite (or PostgreSQL) runs one of the two.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
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
# The accessibility tests inject axe-core into every page.
[ -d tools/axe/node_modules ] || npm ci --prefix tools/axe --no-audit --no-fund

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0
# A --filter among the extra arguments is combined with the PostgreSQL run's own filter.
user_filter=""
extra=()
while (($#)); do
  if [ "$1" = --filter ] && (($# > 1)); then user_filter=$2; shift 2; else extra+=("$1"); shift; fi
done
if dotnet build HomeRental.sln --nologo -v q; then
  for database in ${TEST_DATABASES:-Sqlite PostgreSQL}; do
    echo "Tests on $database:"
    filter=$user_filter
    if [ "$database" != Sqlite ]; then
      # Classes bound to one provider (trait Database) already ran in the SQLite run, whatever their provider.
      filter="${filter:+($filter)&}Database!=Sqlite&Database!=PostgreSQL"
    fi
    HOMERENTAL_TEST_DATABASE=$database dotnet test HomeRental.sln --no-build ${filter:+--filter "$filter"} \
      --logger "trx;LogFileName=results-$database.trx" --results-directory "$results" "${extra[@]}" || status=$?
  done
else
  status=1
fi

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
