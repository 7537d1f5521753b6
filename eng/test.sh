#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line of totals:
#   N passed, N failed, N skipped
# Exits non-zero when anything failed (a build error or a crashed test host counts as a failure).
# Needs the .NET SDK; installs PostgreSQL from Debian's packages when it is missing and runs a
# throwaway server on a free loopback port for the duration of the run. The grain and plugin
# suites run twice: on SQLite and on PostgreSQL.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
"$root/eng/chromium.sh" || { echo "0 passed, 1 failed"; exit 1; } # the browser tests drive Debian's chromium

results=$(mktemp -d)
postgres=$(mktemp -d)
trap 'eng/postgres.sh stop "$postgres"; rm -rf "$results"' EXIT

if ! dotnet build Collaboration.sln --nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

if ! COLLABORATION_TEST_POSTGRES=$(eng/postgres.sh start "$postgres"); then
  echo "PostgreSQL did not start."
  echo "0 passed, 1 failed"
  exit 1
fi
export COLLABORATION_TEST_POSTGRES

status=0
run() { dotnet test "$@" --no-build --nologo --blame-hang-timeout 10m --logger trx --results-directory "$results" || status=$?; }
run Collaboration.sln
COLLABORATION_TEST_STORAGE=postgres run tests/StorageSuites.slnf

passed=0 failed=0 skipped=0
counter() { grep -o "<Counters [^>]*>" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]*"; }
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  passed=$((passed + $(counter "$trx" passed)))
  failed=$((failed + $(counter "$trx" failed) + $(counter "$trx" error)))
  skipped=$((skipped + $(counter "$trx" notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run failed without a failing test: a test host crashed or hung
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
