#!/usr/bin/env bash
# A real PostgreSQL for the registry tests: uses the server at $RECOURS_TEST_PG_URL when one is
# given; otherwise installs Debian's postgresql if missing, starts a private cluster on port
# 54329 (data in /tmp, trust authentication on the loopback only) and prints its URL.
set -euo pipefail
if [ -n "${RECOURS_TEST_PG_URL:-}" ]; then echo "$RECOURS_TEST_PG_URL"; exit 0; fi
PORT=54329
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then echo "$URL"; exit 0; fi
DATA=/tmp/recours-pg-$PORT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_pg "$bin/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >&2
fi
as_pg "$bin/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on" start >&2
echo "$URL"
