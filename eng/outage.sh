#!/usr/bin/env bash
# A database outage under load (not a test): builds the silo in Release, starts a throwaway
# PostgreSQL server and the silo on free loopback ports, keeps a few writers busy, stops the
# database for a while and starts it again. Prints what the writers heard before, during and after
# the outage, when readiness changed, and checks that every acknowledged write reads back.
#   ./eng/outage.sh [--writers 4] [--warmup 10] [--outage 30] [--after 20]
# Exits non-zero when an acknowledged write is missing, a request answered 500, or readiness did
# not turn red during the outage and green after it. Stops only the server it started.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

writers=4 warmup=10 outage=30 after=20
while [ $# -gt 0 ]; do
  case "$1" in
  --writers) writers=$2; shift 2 ;;
  --warmup) warmup=$2; shift 2 ;;
  --outage) outage=$2; shift 2 ;;
  --after) after=$2; shift 2 ;;
  *) echo "usage: $0 [--writers N] [--warmup S] [--outage S] [--after S]" >&2; exit 2 ;;
  esac
done

free_port() {
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "No free loopback port found." >&2; exit 1
}
now() { date +%s%3N; }

work=$(mktemp -d)
postgres=$(mktemp -d)
silo_pid=""
cleanup() {
  touch "$work/stop"
  [ -z "$silo_pid" ] || kill "$silo_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  eng/postgres.sh stop "$postgres"
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the silo (Release)..."
dotnet build src/Silo -c Release --nologo -v quiet >/dev/null
program="$root/src/Silo/bin/Release/net10.0/Collaboration.Silo.dll"

admin=$(eng/postgres.sh start "$postgres")
psql=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql
"$psql" -h 127.0.0.1 -p "$(cat "$postgres/port")" -U postgres -q -c "CREATE DATABASE collaboration;" postgres
connection="${admin/Database=postgres/Database=collaboration}"

http_port=$(free_port)
api="http://127.0.0.1:$http_port"
settings=(
  "--Storage:Provider=Postgres" "--Storage:ConnectionString=$connection" "--Storage:DataDir=$work/data"
  "--Auth:LocalKeyFile=$work/data/signing-key.pem"
  "--Kestrel:Endpoints:Http:Url=$api" "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$(free_port)"
  "--Orleans:SiloPort=$(free_port)" "--Orleans:GatewayPort=$(free_port)"
  "--DemoData:Load=false" "--RateLimits:Writes:PermitLimit=1000000" "--Logging:LogLevel:Default=Warning"
)
mkdir -p "$work/data"
(cd "$(dirname "$program")" && exec dotnet "$program" "${settings[@]}") >"$work/silo.log" 2>&1 &
silo_pid=$!
echo "Waiting for the silo on $api..."
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health/ready")" = "200" ] && break
  kill -0 "$silo_pid" 2>/dev/null || { cat "$work/silo.log"; exit 1; }
  sleep 0.5
done
token=$(cd "$(dirname "$program")" && dotnet "$program" token --role admin "--Auth:LocalKeyFile=$work/data/signing-key.pem")

# One writer: PUT a new project after another, logging completion time, id, status, seconds taken
# and Retry-After ("-" when absent).
writer() {
  local n=$1 i=0
  while [ ! -f "$work/stop" ]; do
    local id="w$n-$i"
    local heard
    heard=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %header{retry-after}' --max-time 60 -X PUT "$api/api/projects/$id" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"title\": \"Prosjekt $id\"}" || true)
    read -r status seconds retry <<<"$heard"
    echo "$(now) $id ${status:-000} ${seconds:-0} ${retry:--}" >>"$work/writes-$n.log"
    i=$((i + 1))
  done
}
watch_readiness() {
  while [ ! -f "$work/stop" ]; do
    echo "$(now) $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$api/health/ready" || true) $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$api/health/live" || true)" >>"$work/ready.log"
    sleep 0.5
  done
}

for n in $(seq 1 "$writers"); do writer "$n" & done
watch_readiness &
echo "Load: $writers writers for ${warmup} s, then PostgreSQL stops for ${outage} s, then ${after} s more."
sleep "$warmup"
down=$(now)
eng/postgres.sh halt "$postgres"
echo "PostgreSQL stopped."
sleep "$outage"
eng/postgres.sh resume "$postgres"
up=$(now)
echo "PostgreSQL started again."
sleep "$after"
touch "$work/stop"
sleep 1
cat "$work"/writes-*.log >"$work/writes.log"

echo
echo "Answers (status: count; max seconds) before, during and after the outage:"
awk -v down="$down" -v up="$up" '
  { phase = $1 < down ? "before" : ($1 <= up ? "during" : "after")
    key = phase " " $3; count[key]++; if ($4 > slowest[key]) slowest[key] = $4 }
  END { for (key in count) printf "  %-7s %s: %d; max %.2f s\n", substr(key, 1, index(key, " ") - 1), substr(key, index(key, " ") + 1), count[key], slowest[key] }
' "$work/writes.log" | sort -k1,1r -k2,2
echo
echo "Readiness and liveness (seconds from the stop):"
awk -v down="$down" '$2 != last || $3 != lastlive { printf "  %+7.1f s  ready %s  live %s\n", ($1 - down) / 1000, $2, $3; last = $2; lastlive = $3 }' "$work/ready.log"

echo
awk '$3 == 200 || $3 == 201 { print $2 }' "$work/writes.log" >"$work/acknowledged"
awk '$3 == 503 { print $2 }' "$work/writes.log" >"$work/refused"
check() { xargs -P 4 -I{} sh -c "curl -s -o /dev/null -w '%{http_code} {}\n' '$api/api/projects/{}'" <"$1"; }
missing=$(check "$work/acknowledged" | grep -vc '^200 ' || true)
stored_refusals=$(check "$work/refused" | grep -c '^200 ' || true)
echo "Acknowledged writes: $(wc -l <"$work/acknowledged"), missing after recovery: $missing"
echo "Writes answered 503: $(wc -l <"$work/refused"), found stored anyway: $stored_refusals"

failed=0
[ "$missing" -eq 0 ] || { echo "FAIL: acknowledged writes are missing."; failed=1; }
if awk '$3 == 500 { found = 1 } END { exit !found }' "$work/writes.log"; then echo "FAIL: some writes answered 500."; failed=1; fi
if awk '$3 == 503 && $5 == "-" { found = 1 } END { exit !found }' "$work/writes.log"; then echo "FAIL: a 503 came without Retry-After."; failed=1; fi
awk -v down="$down" -v up="$up" '$1 >= down && $1 <= up && $2 == 503 { found = 1 } END { exit !found }' "$work/ready.log" ||
  { echo "FAIL: readiness never turned red during the outage."; failed=1; }
[ "$(tail -n 1 "$work/ready.log" | cut -d' ' -f2)" = "200" ] || { echo "FAIL: readiness did not turn green after the outage."; failed=1; }
if ! awk '$3 != 200 { found = 1 } END { exit found }' "$work/ready.log"; then echo "FAIL: liveness was not always 200."; failed=1; fi
[ "$failed" -eq 0 ] && echo "OK: 503 with Retry-After during the outage, nothing acknowledged lost." || tail -n 40 "$work/silo.log"
exit "$failed"
