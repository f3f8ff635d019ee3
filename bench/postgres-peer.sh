#!/usr/bin/env bash
# PostgreSQL 15 peer of the query benchmark: installs postgresql-15 from Debian if it is missing, runs a private
# cluster in WORK/pg (unix socket in WORK/pg/socket only, no TCP listener), loads WORK/docs.jsonl and measures
# WORK/queries.tsv through the bench module, then stops the cluster by its postmaster pid.
# Usage: bench/postgres-peer.sh WORK [bench postgres options, e.g. --reps 5 --clients 1,8]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
work="$(cd "${1:?usage: bench/postgres-peer.sh WORK [options]}" && pwd)"; shift
pgbin=/usr/lib/postgresql/15/bin
port=5432 # names the socket file only: the cluster listens on no TCP port
if [ ! -x "$pgbin/initdb" ]; then
  echo "postgres: installing postgresql-15 (Debian)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q postgresql-15
fi
id postgres >/dev/null # the Debian package creates the OS user the cluster runs as

pg="$work/pg"
as_pg() { runuser -u postgres -- "$@"; }
stop() {
  [ -f "$pg/data/postmaster.pid" ] || return 0
  local pid; pid="$(head -1 "$pg/data/postmaster.pid")"
  as_pg "$pgbin/pg_ctl" -D "$pg/data" -m fast -w -t 60 stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
}
trap stop EXIT INT TERM

stop
rm -rf "$pg"
mkdir -p "$pg/socket"
chown -R postgres:postgres "$pg"
chmod 700 "$pg"
if ! as_pg test -w "$pg"; then
  echo "postgres: the postgres user cannot reach $pg; use a --work folder outside private directories" >&2
  exit 1
fi
as_pg "$pgbin/initdb" -D "$pg/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$pg/initdb.log"
# Memory for a 2-core, 23 GiB machine; JIT off because it only adds compile time to sub-second queries.
cat >>"$pg/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$pg/socket'
port = $port
shared_buffers = 512MB
work_mem = 64MB
maintenance_work_mem = 512MB
effective_cache_size = 8GB
max_wal_size = 4GB
jit = off
CONF
as_pg "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/postgres.log" -w -t 120 start >/dev/null
echo "postgres: cluster up (pid $(head -1 "$pg/data/postmaster.pid"), socket $pg/socket)"
java -XX:+UseSerialGC -Xmx1g -jar bench/target/bench.jar postgres --work "$work" --socket-dir "$pg/socket" \
  --port "$port" "$@"
