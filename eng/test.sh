#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line of totals:
#   N passed, N failed, N skipped
# Exits non-zero when anything failed (a build error or a crashed test host counts as a failure).
# Needs only the .NET SDK; later parts of the suite will install and start what they need here.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
"$root/eng/chromium.sh" || { echo "0 passed, 1 failed"; exit 1; } # the browser tests drive Debian's chromium

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

if ! dotnet build Collaboration.sln --nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
dotnet test Collaboration.sln --no-build --nologo --logger trx --results-directory "$results" \
  --blame-hang-timeout 10m || status=$?

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
