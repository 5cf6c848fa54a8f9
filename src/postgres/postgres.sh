#!/usr/bin/env bash
# A throwaway PostgreSQL server for `mvn verify`, which runs the whole test suite on it a second time
# (after the H2 run) and the two-node and crash tests. `postgres.sh start PORT` installs Debian's
# PostgreSQL when no server binaries are found (apt, as root), creates a fresh cluster under /tmp and
# starts it on PORT with a database `civilrights` (user postgres, trust authentication, local only);
# `postgres.sh stop PORT` stops it. Idempotent: a server left running by an interrupted build is stopped
# and replaced.
set -euo pipefail
action=${1:?start or stop}
port=${2:-55433}
data=/tmp/civilrights-postgres-$port

bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bin=$(bindir)
if [ -z "$bin" ]; then
  if [ "$action" = stop ]; then exit 0; fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "postgres: installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin=$(bindir)
  else
    echo "postgres: no PostgreSQL server binaries; install Debian's postgresql package (sudo apt-get install postgresql)" >&2
    exit 1
  fi
fi

stop() {
  if [ -f "$data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  fi
}

case "$action" in
  start)
    stop
    rm -rf "$data"
    mkdir -p "$data"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; fi
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # a test server: no fsync (the tests kill the application, never the database server)
    as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
      -o "-p $port -k /tmp -c listen_addresses=localhost -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    as_postgres "$bin/psql" -h /tmp -p "$port" -U postgres -q -c "CREATE DATABASE civilrights" >/dev/null
    echo "postgres: $("$bin/postgres" --version) on port $port, database civilrights"
    ;;
  stop)
    stop
    echo "postgres: stopped (port $port)"
    ;;
  *)
    echo "usage: postgres.sh start|stop [PORT]" >&2
    exit 2
    ;;
esac
