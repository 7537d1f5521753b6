#!/usr/bin/env bash
# Benchmark of the persisted write path (not a test): builds in Release, starts a throwaway
# PostgreSQL server on a free loopback port, and prints writes per second and p50/p99 latency
# through the gateway on SQLite and PostgreSQL next to each database's raw upsert rate.
# Each store runs with Orleans' ADO.NET grain storage and with grouped writes, back to back.
#   ./eng/bench.sh [--seconds 20] [--warmup 10] [--clients 32] [--writes both|adonet|grouped]
# Lists and registers at scale (SQLite only, no PostgreSQL server):
#   ./eng/bench.sh lists [--objects 10000] [--others 10000] [--clients 32] [--queries 200]
# Every figure beside its ceiling or target in one run (writes and reads on both stores and both
# write paths, memory, lists, portfolio), printed as one table and written as figures.csv and
# figures.png under artifacts/bench/<UTC time>/ and artifacts/bench/latest/; --quick takes small
# sizes (5 s figures, 10,000 grains, 1,000 objects, 5,000 portfolio entries):
#   ./eng/bench.sh report [--quick] [--seconds 20] [--grains 100000] [--objects 10000] [--entries 100000]
# A change to a forum with years of meetings beside the same change to a new forum (SQLite only):
#   ./eng/bench.sh forums [--years 10] [--changes 200]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

dotnet build bench/Collaboration.Benchmarks -c Release --nologo -v quiet
if [[ "${1:-}" == lists || "${1:-}" == forums ]]; then
  exec dotnet bench/Collaboration.Benchmarks/bin/Release/net10.0/Collaboration.Benchmarks.dll "$@"
fi
postgres=$(mktemp -d)
trap 'eng/postgres.sh stop "$postgres"' EXIT
COLLABORATION_TEST_POSTGRES=$(eng/postgres.sh start "$postgres")
export COLLABORATION_TEST_POSTGRES
dotnet bench/Collaboration.Benchmarks/bin/Release/net10.0/Collaboration.Benchmarks.dll "$@"
