#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the integration tests.
#
#   scripts/pg-test-cluster.sh start    initdb in a temp folder, start on 127.0.0.1, print the URI
#   scripts/pg-test-cluster.sh url      print postgresql://postgres@127.0.0.1:PORT/postgres
#   scripts/pg-test-cluster.sh status   exit 0 when running
#   scripts/pg-test-cluster.sh stop     pg_ctl stop -m fast, then delete the folder
#
# Env: PG_TEST_PORT (first port tried, default 55432; the next free one is taken),
#      PG_BIN (default /usr/lib/postgresql/15/bin).
# State (data folder, port) is kept in build/pg-test/STATE. Trust auth, loopback only,
# fsync off: for tests, never for data you care about.
# initdb refuses to run as root, so as root the server runs as the `postgres` system user
# created by Debian's postgresql package; as any other user it runs as that user.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state_dir="$root/build/pg-test"
state="$state_dir/STATE"
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
first_port=${PG_TEST_PORT:-55432}

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' user (is postgresql-15 installed? run scripts/install-deps.sh)"
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

load_state() {
  [[ -f "$state" ]] || return 1
  # shellcheck disable=SC1090
  source "$state"
  [[ -n "${PG_DIR:-}" ]]
}

running() {
  load_state || return 1
  [[ -d "$PG_DIR/data" ]] || return 1
  as_pg "$pg_bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1
}

url() { echo "postgresql://postgres@127.0.0.1:${PG_PORT}/postgres"; }

cmd_start() {
  if running; then
    echo "pg-test-cluster: already running on port $PG_PORT ($PG_DIR)" >&2
    url
    return 0
  fi
  if [[ -f "$state" ]]; then cmd_stop >/dev/null 2>&1 || true; fi
  [[ -x "$pg_bin/initdb" ]] || die "$pg_bin/initdb not found (postgresql-15 missing? run scripts/install-deps.sh)"

  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/anjian-pg.XXXXXX")
  chmod 755 "$dir"
  if [[ "$(id -u)" -eq 0 ]]; then chown postgres: "$dir"; fi
  mkdir -p "$state_dir"
  printf 'PG_DIR=%q\nPG_PORT=\n' "$dir" > "$state"
  PG_DIR=$dir PG_PORT=""

  if ! as_pg "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    cmd_stop >/dev/null 2>&1 || true
    die "initdb failed"
  fi
  cat >> "$dir/data/postgresql.conf" <<EOF

# anjian test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
log_min_messages = warning
EOF
  # Take the first free port from $first_port; if another process grabs it between the check
  # and the bind, move on to the next one.
  local port=$first_port started=0 attempt
  for attempt in 1 2 3 4 5; do
    while port_busy "$port"; do
      port=$((port + 1))
      ((port < first_port + 100)) || { cmd_stop >/dev/null 2>&1 || true; die "no free port in $first_port..$((first_port + 99))"; }
    done
    printf 'PG_DIR=%q\nPG_PORT=%q\n' "$dir" "$port" > "$state"
    PG_PORT=$port
    rm -f "$dir/server.log"
    if as_pg "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null; then
      started=1
      break
    fi
    grep -q 'Address already in use' "$dir/server.log" || break
    echo "pg-test-cluster: port $port taken meanwhile (attempt $attempt), trying the next one" >&2
    port=$((port + 1))
  done
  if ((!started)); then
    cat "$dir/server.log" >&2 || true
    cmd_stop >/dev/null 2>&1 || true
    die "server did not start"
  fi
  echo "pg-test-cluster: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
  url
}

cmd_stop() {
  if ! load_state; then
    echo "pg-test-cluster: not running (no $state)"
    return 0
  fi
  if [[ -d "$PG_DIR/data" ]]; then
    if ! as_pg "$pg_bin/pg_ctl" -D "$PG_DIR/data" stop -m fast -w -t 30 >/dev/null 2>&1; then
      # Still up? Kill the postmaster (its children follow).
      if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
        local pid
        pid=$(head -n1 "$PG_DIR/data/postmaster.pid")
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
          as_pg "$pg_bin/pg_ctl" -D "$PG_DIR/data" stop -m immediate -w -t 10 >/dev/null 2>&1 \
            || kill -9 "$pid" 2>/dev/null || true
        fi
      fi
    fi
  fi
  case "$PG_DIR" in
    "${TMPDIR:-/tmp}"/anjian-pg.*|/tmp/anjian-pg.*) rm -rf "$PG_DIR" ;;
  esac
  rm -f "$state"
  echo "pg-test-cluster: stopped (port $PG_PORT)"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) running || die "not running (scripts/pg-test-cluster.sh start)"; url ;;
  status)
    if running; then echo "running on port $PG_PORT ($PG_DIR)"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
