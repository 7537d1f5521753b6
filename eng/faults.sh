#!/usr/bin/env bash
# The fault suite (not a test; the tests run short forms of the same drills): builds in Release,
# starts a throwaway PostgreSQL server on a free loopback port, and runs, each on a fresh database
# with its own processes on 127.0.0.1 under write load:
#   the only silo killed with SIGKILL and started again, on SQLite and on PostgreSQL;
#   one silo of three killed with SIGKILL, writers going through two standalone gateways;
#   PostgreSQL stopped for --outage seconds (a server of the drill's own) and started again;
#   --clients concurrent clients writing and reading against a pool of --pool (8) database connections.
# Prints each drill's figures and a summary: acknowledged, read back, lost, 503s, max latency.
#   ./eng/faults.sh [--seconds 30] [--writers 16] [--outage 30] [--clients 512] [--pool 8] [--only NAME]
# NAME: silo-sqlite, silo-postgres, cluster, database-stop or pool. Exits non-zero when an
# acknowledged write is lost or lacks its journal record, an answer was a 5xx other than 503 or a
# 503 without Retry-After, or the system did not serve again. Stops only the servers it started.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

echo "Building (Release)..."
dotnet build bench/Collaboration.Faults -c Release --nologo -v quiet >/dev/null
postgres=$(mktemp -d)
trap 'eng/postgres.sh stop "$postgres"' EXIT
COLLABORATION_TEST_POSTGRES=$(eng/postgres.sh start "$postgres")
export COLLABORATION_TEST_POSTGRES
dotnet bench/Collaboration.Faults/bin/Release/net10.0/Collaboration.Faults.dll "$@"
