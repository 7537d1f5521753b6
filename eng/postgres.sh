#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests and the benchmark: installed from Debian's packages
# when missing, its files in a folder of the caller's, listening on a free loopback port only,
# trust authentication (nothing but this machine can reach it, and it holds nothing worth a secret).
#
#   eng/postgres.sh start DIR   starts a server in DIR and prints its connection string
#   eng/postgres.sh stop DIR    stops it and removes DIR
#   eng/postgres.sh halt DIR    stops it and keeps DIR (an outage, for eng/outage.sh)
#   eng/postgres.sh resume DIR  starts a halted server again on its port
set -euo pipefail
command=${1:?start or stop}
dir=${2:?folder}

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# The server refuses to run as root; the Debian package makes a postgres user for it.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

serve() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
}

case "$command" in
start)
  if [ -z "$(bindir)" ]; then
    echo "Installing PostgreSQL from Debian's packages..." >&2
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
  fi
  bin=$(bindir)
  mkdir -p "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
  port=0
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ "$port" -ne 0 ] || { echo "No free loopback port found." >&2; exit 1; }
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  echo "$port" > "$dir/port"
  serve
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  ;;
halt)
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  bin=$(bindir)
  port=$(cat "$dir/port")
  serve
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop|halt|resume DIR" >&2; exit 2
  ;;
esac
