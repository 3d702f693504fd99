#!/usr/bin/env bash
# A real PostgreSQL for the registry tests: uses the server at $RECOURS_TEST_PG_URL when one is
# given; otherwise installs Debian's postgresql if missing, starts a private cluster on port
# $RECOURS_PG_PORT (default 54329; data in /tmp/recours-pg-PORT, trust authentication on the
# loopback only) and prints its URL.
#   scripts/postgres.sh          start (if not running) and print the URL
#   scripts/postgres.sh stop     stop it (pg_ctl -m fast: sessions are terminated, as in a restart)
#   scripts/postgres.sh crash    SIGKILL the postmaster (a crash: recovery at the next start)
# Tests that stop or crash PostgreSQL use their own port, never the shared 54329.
set -euo pipefail
ACTION=${1:-start}
if [ -n "${RECOURS_TEST_PG_URL:-}" ] && [ -z "${RECOURS_PG_PORT:-}" ]; then echo "$RECOURS_TEST_PG_URL"; exit 0; fi
PORT=${RECOURS_PG_PORT:-54329}
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
DATA=/tmp/recours-pg-$PORT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$ACTION" in
  stop) as_pg "$bin/pg_ctl" -D "$DATA" -m fast -w stop >&2; exit 0 ;;
  crash) kill -9 "$(head -1 "$DATA/postmaster.pid")"; exit 0 ;;
  start) ;;
  *) echo "usage: $0 [start|stop|crash]" >&2; exit 2 ;;
esac
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then echo "$URL"; exit 0; fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_pg "$bin/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >&2
fi
# A crashed postmaster leaves its pid file; pg_ctl start copes with a stale one.
as_pg "$bin/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on" start >&2
echo "$URL"
