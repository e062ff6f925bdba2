#!/usr/bin/env bash
# Runs COMMAND… beside a throwaway PostgreSQL cluster (a fresh folder, 127.0.0.1, a free port, trust auth),
# with COUNTRY_DESK_TEST_PG pointing at it; the cluster is stopped and its folder removed however COMMAND ends.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: scripts/with-test-postgres.sh COMMAND..." >&2
  exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
  echo "with-test-postgres: no PostgreSQL server found under /usr/lib/postgresql (install Debian's postgresql)" >&2
  exit 1
fi

dir="$(mktemp -d /tmp/country-desk-pg.XXXXXX)"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap "exit 130" INT
trap "exit 143" TERM

port="$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export COUNTRY_DESK_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit "$status"
