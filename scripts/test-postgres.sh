#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests, in a temporary folder, run as the postgres user.
#   scripts/test-postgres.sh start   prints `export READOUT_TEST_POSTGRES_URL=...` (eval it)
#   scripts/test-postgres.sh stop    stops it and removes its folder
# The folder is named in /tmp/readout-test-postgres.dir so `stop` finds it from another shell.
# Port 54329 on 127.0.0.1 (and a socket in the folder): away from a system server on 5432.
set -euo pipefail
PORT="${READOUT_TEST_POSTGRES_PORT:-54329}"
STATE=/tmp/readout-test-postgres.dir
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "test-postgres: no PostgreSQL server installed (apt-get install postgresql)" >&2; exit 1; }
# initdb refuses to run as root: the server runs as the postgres user (Debian's package makes it).
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
start)
  DIR=$(mktemp -d /tmp/readout-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  as_postgres "$BIN/initdb" -D "$DIR/data" -U readout --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-k $DIR -p $PORT -h 127.0.0.1 -c max_connections=200" start >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 1; }
  echo "$DIR" >"$STATE"
  as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U readout readout_test
  echo "export READOUT_TEST_POSTGRES_URL=postgres://readout@127.0.0.1:$PORT/readout_test"
  ;;
stop)
  [ -f "$STATE" ] || exit 0
  DIR=$(cat "$STATE")
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR" "$STATE"
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac
