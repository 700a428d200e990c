#!/usr/bin/env bash
# A production-shaped anjian cluster on one machine, for tests and trials (docs/operations.md):
# PostgreSQL 15 primary + synchronous streaming standby, three `anjian serve` nodes on the libpq
# multi-host URL, nginx in front (round-robin upstream, passive health checks, WebSocket).
#
#   scripts/cluster.sh start [--demo]   start everything (fails and stops what it started on error)
#   scripts/cluster.sh stop             stop everything, delete CLUSTER_DIR
#   scripts/cluster.sh status           what runs (exit 1 when something is down)
#   scripts/cluster.sh env              shell assignments to `eval` (URLs, ports, pids, folders)
#   scripts/cluster.sh promote          promote the standby (after the primary died); clears
#                                       synchronous_standby_names there (no standby is left)
#   scripts/cluster.sh start-node N / stop-node N   one anjian node (1..3), e.g. after a kill -9
#
# Environment (defaults are what CI uses):
#   CLUSTER_DIR          state folder (default /tmp/anjian-cluster)
#   ANJIAN_BIN           server binary (default build/release/anjian)
#   ANJIAN_ARGS          extra `anjian serve` flags for every node (e.g. the --clock-* flags)
#   CLUSTER_PG_URL       use this existing database: no PostgreSQL is started
#   CLUSTER_NGINX_PORT   18160      CLUSTER_NODE_PORTS "18161 18162 18163"
#   CLUSTER_PG_PRIMARY_PORT 55461  CLUSTER_PG_STANDBY_PORT 55462
#   CLUSTER_FSYNC        off (default; safe against killed processes, not against power loss) | on
#   CLUSTER_STAGGER      1 = start node 1, wait for it, then the others (default: all at once when
#                        the binary knows --node-name, i.e. migrates under an advisory lock)
#   PG_BIN               /usr/lib/postgresql/15/bin
# As root, PostgreSQL runs as the `postgres` system user (initdb refuses root); nginx runs as the
# current user with its own prefix under CLUSTER_DIR (no system configuration is read or touched).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${CLUSTER_DIR:-/tmp/anjian-cluster}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
bin=${ANJIAN_BIN:-$root/build/release/anjian}
nginx_port=${CLUSTER_NGINX_PORT:-18160}
read -r -a node_ports <<<"${CLUSTER_NODE_PORTS:-18161 18162 18163}"
p1=${CLUSTER_PG_PRIMARY_PORT:-55461}
p2=${CLUSTER_PG_STANDBY_PORT:-55462}
nginx_bin=${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}

say() { echo "cluster: $*" >&2; }
die() { say "$*"; exit 1; }

as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
psql_p() { local port=$1; shift; as_pg "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/pg" -p "$port" -U postgres -d postgres -At "$@"; }

wait_http() { # url seconds pid
  local url=$1 secs=$2 pid=${3:-} i
  for ((i = 0; i < secs * 10; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.1
  done
  return 1
}

db_url() {
  if [[ -n "${CLUSTER_PG_URL:-}" ]]; then echo "$CLUSTER_PG_URL"; return; fi
  echo "postgresql://anjian@127.0.0.1:$p1,127.0.0.1:$p2/anjian?target_session_attrs=read-write&connect_timeout=3"
}

write_env() {
  {
    echo "CLUSTER_DIR=$dir"
    echo "CLUSTER_FRONT_URL=http://127.0.0.1:$nginx_port"
    local i urls=""
    for i in 1 2 3; do
      urls+="http://127.0.0.1:${node_ports[$((i - 1))]} "
      echo "CLUSTER_NODE${i}_URL=http://127.0.0.1:${node_ports[$((i - 1))]}"
      echo "CLUSTER_NODE${i}_PID=$(cat "$dir/n$i/pid" 2>/dev/null || true)"
      echo "CLUSTER_NODE${i}_LOG=$dir/n$i/server.log"
    done
    echo "CLUSTER_NODE_URLS=\"${urls% }\""
    echo "CLUSTER_DB_URL=\"$(db_url)\""
    echo "ANJIAN_BIN=$bin"
    if [[ -z "${CLUSTER_PG_URL:-}" ]]; then
      echo "CLUSTER_PG_PRIMARY_PORT=$p1"
      echo "CLUSTER_PG_STANDBY_PORT=$p2"
      echo "CLUSTER_PG_PRIMARY_DATA=$dir/pg/primary"
      echo "CLUSTER_PG_STANDBY_DATA=$dir/pg/standby"
      echo "CLUSTER_PG_SOCKET=$dir/pg"
      echo "CLUSTER_PG_PRIMARY_URL=\"postgresql://anjian@127.0.0.1:$p1/anjian\""
      echo "CLUSTER_PG_STANDBY_URL=\"postgresql://anjian@127.0.0.1:$p2/anjian\""
    fi
  } > "$dir/env.new"
  mv "$dir/env.new" "$dir/env"
}

# ---- PostgreSQL ----------------------------------------------------------------------------

pg_start_primary() {
  local data=$dir/pg/primary
  [[ -x "$pg_bin/initdb" ]] || die "$pg_bin/initdb not found (postgresql-15: scripts/install-deps.sh)"
  as_pg "$pg_bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/pg/initdb.log" 2>&1 || { cat "$dir/pg/initdb.log" >&2; return 1; }
  cat >> "$data/postgresql.conf" <<EOF

# anjian cluster (scripts/cluster.sh): primary with one synchronous standby
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/pg'
max_connections = 300
shared_buffers = 128MB
fsync = ${CLUSTER_FSYNC:-off}
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
wal_keep_size = 256MB
hot_standby = on
synchronous_commit = on
# synchronous_standby_names is set once the standby streams (pg_start_standby)
wal_sender_timeout = 10s
wal_receiver_timeout = 10s
wal_receiver_status_interval = 1s
log_min_messages = warning
log_line_prefix = '%m [%p] '
EOF
  cat > "$data/pg_hba.conf" <<EOF
# anjian test cluster: loopback only, trust (never for data you care about)
local all all trust
host all all 127.0.0.1/32 trust
local replication all trust
host replication replicator 127.0.0.1/32 trust
EOF
  as_pg "$pg_bin/pg_ctl" -D "$data" -l "$dir/pg/primary.log" -o "-p $p1" -w -t 60 start >/dev/null \
    || { tail -n 30 "$dir/pg/primary.log" >&2; return 1; }
  psql_p "$p1" -c "CREATE ROLE replicator WITH REPLICATION LOGIN" \
    -c "CREATE ROLE anjian WITH LOGIN" -c "CREATE DATABASE anjian OWNER anjian"
}

pg_start_standby() {
  local data=$dir/pg/standby
  as_pg "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$p1" -U replicator -D "$data" -R -X stream \
    -c fast -d "application_name=standby1" >"$dir/pg/basebackup.log" 2>&1 \
    || { cat "$dir/pg/basebackup.log" >&2; return 1; }
  # pg_basebackup -R wrote standby.signal and primary_conninfo (with application_name=standby1,
  # the name synchronous_standby_names waits for). Once promoted this server has no standby of its
  # own: it must not wait for one.
  cat >> "$data/postgresql.auto.conf" <<EOF
synchronous_standby_names = ''
EOF
  grep -q "application_name=standby1" "$data/postgresql.auto.conf" \
    || die "pg_basebackup -R did not record application_name=standby1"
  as_pg "$pg_bin/pg_ctl" -D "$data" -l "$dir/pg/standby.log" -o "-p $p2" -w -t 60 start >/dev/null \
    || { tail -n 30 "$dir/pg/standby.log" >&2; return 1; }
  # Synchronous from now on: a commit returns once standby1 has the WAL on disk.
  psql_p "$p1" -c "ALTER SYSTEM SET synchronous_standby_names = 'FIRST 1 (standby1)'" \
    -c "SELECT pg_reload_conf()" >/dev/null
  local i state=""
  for ((i = 0; i < 300; i++)); do
    state=$(psql_p "$p1" -c "SELECT sync_state FROM pg_stat_replication WHERE application_name='standby1' AND state='streaming'" 2>/dev/null || true)
    [[ "$state" == sync ]] && break
    sleep 0.1
  done
  [[ "$state" == sync ]] || { tail -n 30 "$dir/pg/standby.log" >&2; die "standby not synchronous (sync_state='$state')"; }
  say "PostgreSQL primary :$p1, synchronous standby :$p2 (sync_state=sync)"
}

pg_stop_one() {
  local data=$1
  [[ -f "$data/postmaster.pid" ]] || return 0
  as_pg "$pg_bin/pg_ctl" -D "$data" stop -m fast -w -t 20 >/dev/null 2>&1 && return 0
  as_pg "$pg_bin/pg_ctl" -D "$data" stop -m immediate -w -t 10 >/dev/null 2>&1 && return 0
  local pid
  pid=$(head -n1 "$data/postmaster.pid" 2>/dev/null || true)
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -9 "$pid" 2>/dev/null || true
}

# ---- anjian nodes --------------------------------------------------------------------------

node_flags=()
node_start() {
  local i=$1 port=${node_ports[$(($1 - 1))]}
  mkdir -p "$dir/n$i/data"
  local args=(--data "$dir/n$i/data" --database "$(db_url)" serve --port "$port" --bind 127.0.0.1)
  if "$bin" serve --help 2>/dev/null | grep -q -- '--node-name'; then args+=(--node-name "n$i"); fi
  args+=("${node_flags[@]}")
  # shellcheck disable=SC2206
  [[ -n "${ANJIAN_ARGS:-}" ]] && args+=($ANJIAN_ARGS)
  echo "$bin ${args[*]}" > "$dir/n$i/cmdline"
  # setsid: a node is its own process group, so a test's kill -9 hits only it.
  setsid "$bin" "${args[@]}" >>"$dir/n$i/server.log" 2>&1 </dev/null &
  echo $! > "$dir/n$i/pid"
}
node_wait() {
  local i=$1 port=${node_ports[$(($1 - 1))]}
  wait_http "http://127.0.0.1:$port/healthz" "${CLUSTER_START_TIMEOUT:-180}" "$(cat "$dir/n$i/pid")" \
    || { say "node n$i did not become healthy; last log lines:"; tail -n 30 "$dir/n$i/server.log" >&2; return 1; }
}
node_stop() {
  local i=$1 pid
  pid=$(cat "$dir/n$i/pid" 2>/dev/null || true)
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    local k
    for ((k = 0; k < 150; k++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/n$i/pid"
}

# ---- nginx ---------------------------------------------------------------------------------

nginx_start() {
  local n=$dir/nginx
  mkdir -p "$n/logs" "$n/tmp"
  local user_line=""
  [[ "$(id -u)" -eq 0 ]] && user_line="user root;"
  {
    cat <<EOF
# anjian cluster front (scripts/cluster.sh); see docs/operations.md
$user_line
worker_processes 1;
pid $n/nginx.pid;
error_log $n/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log $n/logs/access.log;
  client_body_temp_path $n/tmp/body;
  proxy_temp_path $n/tmp/proxy;
  fastcgi_temp_path $n/tmp/fastcgi;
  uwsgi_temp_path $n/tmp/uwsgi;
  scgi_temp_path $n/tmp/scgi;
  client_max_body_size 64m;

  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }

  upstream anjian {
    # round-robin; passive health checks: 2 failures within 5 s take a node out for 5 s
EOF
    local p
    for p in "${node_ports[@]}"; do
      echo "    server 127.0.0.1:$p max_fails=2 fail_timeout=5s;"
    done
    cat <<EOF
    keepalive 32;
  }

  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://anjian;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_connect_timeout 2s;
      proxy_read_timeout 3600s;
      proxy_send_timeout 60s;
      # The next node is tried on a connection error, a timeout, 502 and 503 — for GET/HEAD
      # always, for POST/PUT/PATCH/DELETE only when nothing was sent to the failed node yet
      # (no "non_idempotent"): a write is never sent twice by nginx.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
    }
  }
}
EOF
  } > "$n/nginx.conf"
  "$nginx_bin" -t -p "$n" -c "$n/nginx.conf" >"$n/logs/test.log" 2>&1 || { cat "$n/logs/test.log" >&2; return 1; }
  "$nginx_bin" -p "$n" -c "$n/nginx.conf" -g 'daemon off;' >>"$n/logs/stderr.log" 2>&1 </dev/null &
  echo $! > "$n/pid"
  wait_http "http://127.0.0.1:$nginx_port/healthz" 30 "$(cat "$n/pid")" \
    || { cat "$n/logs/error.log" >&2; return 1; }
}
nginx_stop() {
  local pid
  pid=$(cat "$dir/nginx/pid" 2>/dev/null || true)
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  kill -QUIT "$pid" 2>/dev/null || true
  local k
  for ((k = 0; k < 50; k++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$dir/nginx/pid"
}

# ---- commands ------------------------------------------------------------------------------

cmd_stop() {
  [[ -d "$dir" ]] || { say "not running (no $dir)"; return 0; }
  nginx_stop
  local i
  for i in 1 2 3; do node_stop "$i"; done
  pg_stop_one "$dir/pg/standby"
  pg_stop_one "$dir/pg/primary"
  case "$dir" in
    /tmp/*|"${TMPDIR:-/tmp}"/*) rm -rf "$dir" ;;
    *) say "kept $dir (not under /tmp)" ;;
  esac
  say "stopped"
}

cmd_start() {
  local demo=0 a
  for a in "$@"; do
    case "$a" in --demo) demo=1 ;; *) die "unknown start argument: $a" ;; esac
  done
  [[ -x "$bin" ]] || die "no server binary at $bin (make build, or ANJIAN_BIN=...)"
  [[ -x "$nginx_bin" ]] || die "nginx not found (apt-get install nginx-light: scripts/install-deps.sh)"
  if [[ -d "$dir" ]]; then say "$dir exists: stopping the previous cluster first"; cmd_stop; fi
  local p
  for p in "$nginx_port" "${node_ports[@]}"; do port_busy "$p" && die "port $p is in use"; done
  if [[ -z "${CLUSTER_PG_URL:-}" ]]; then
    for p in "$p1" "$p2"; do port_busy "$p" && die "port $p is in use"; done
  fi
  mkdir -p "$dir/pg"
  chmod 755 "$dir"
  [[ "$(id -u)" -eq 0 ]] && chown postgres: "$dir/pg"
  # Any failure from here on (a failed command under set -e, or die) stops what was started.
  trap 'rc=$?; if ((rc != 0)); then say "start failed: stopping what was started"; cmd_stop; fi' EXIT
  if [[ -z "${CLUSTER_PG_URL:-}" ]]; then
    pg_start_primary
    pg_start_standby
  fi
  node_flags=()
  ((demo)) && node_flags+=(--demo)
  local stagger=${CLUSTER_STAGGER:-}
  if [[ -z "$stagger" ]]; then
    if "$bin" serve --help 2>/dev/null | grep -q -- '--node-name'; then stagger=0; else stagger=1; fi
  fi
  local t0=$SECONDS i
  if ((stagger)); then
    node_start 1; node_wait 1
    node_start 2; node_start 3; node_wait 2; node_wait 3
  else
    for i in 1 2 3; do node_start "$i"; done
    for i in 1 2 3; do node_wait "$i"; done
  fi
  say "3 anjian nodes healthy in $((SECONDS - t0))s (ports ${node_ports[*]})"
  nginx_start
  write_env
  trap - EXIT
  say "nginx front at http://127.0.0.1:$nginx_port (eval \"\$(scripts/cluster.sh env)\")"
}

cmd_status() {
  [[ -f "$dir/env" ]] || { echo "not running"; return 1; }
  local bad=0 i pid role
  pid=$(cat "$dir/nginx/pid" 2>/dev/null || true)
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then echo "nginx   :$nginx_port up (pid $pid)"; else echo "nginx   :$nginx_port DOWN"; bad=1; fi
  for i in 1 2 3; do
    pid=$(cat "$dir/n$i/pid" 2>/dev/null || true)
    local port=${node_ports[$((i - 1))]} h
    h=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/healthz/node" 2>/dev/null || curl -fsS --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null || true)
    if [[ -n "$h" ]]; then echo "node n$i :$port up (pid $pid) $h"; else echo "node n$i :$port DOWN"; bad=1; fi
  done
  if [[ -z "${CLUSTER_PG_URL:-}" ]]; then
    for p in "$p1" "$p2"; do
      role=$(psql_p "$p" -c "SELECT CASE WHEN pg_is_in_recovery() THEN 'standby' ELSE 'primary' END" 2>/dev/null || echo DOWN)
      echo "postgres :$p $role"
      [[ "$role" == DOWN ]] && bad=1
    done
    echo "replication: $(psql_p "$p1" -c "SELECT string_agg(application_name||'='||sync_state, ',') FROM pg_stat_replication" 2>/dev/null || echo '-')"
  fi
  return $bad
}

cmd_promote() {
  [[ -z "${CLUSTER_PG_URL:-}" ]] || die "CLUSTER_PG_URL is set: this script does not manage that database"
  as_pg "$pg_bin/pg_ctl" -D "$dir/pg/standby" promote -w -t 60 >/dev/null
  psql_p "$p2" -c "ALTER SYSTEM SET synchronous_standby_names = ''" -c "SELECT pg_reload_conf()" >/dev/null
  say "standby :$p2 promoted (read-write)"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) [[ -f "$dir/env" ]] || die "not running (no $dir/env)"; cat "$dir/env" ;;
  promote) cmd_promote ;;
  start-node) [[ "${2:-}" =~ ^[123]$ ]] || die "start-node 1|2|3"
    # shellcheck disable=SC1091
    node_flags=(); node_start "$2"; node_wait "$2"; write_env ;;
  stop-node) [[ "${2:-}" =~ ^[123]$ ]] || die "stop-node 1|2|3"; node_stop "$2"; write_env ;;
  *) sed -n '2,27p' "$0" >&2; exit 2 ;;
esac
