#!/usr/bin/env bash
# National-scale benchmark of issue 16 (bench/national/README.md): the national dataset on
# PostgreSQL (cached between runs), three anjian nodes behind nginx, wrk against the front.
#
# Knobs (environment):
#   SCALE=1            fraction of the issue's sizes (500,000 enterprises, 10,000,000 hidden dangers,
#                      50,000,000 code movements; the 2,846 county-level regions always)
#   REGENERATE=1       drop the cached database and generate again
#   ANJIAN_BIN=PATH    the server binary (default build/release/anjian, else
#                      /work/wt-int/build/release/anjian)
#   NAT_PG_PORT=55481  port of the bench's PostgreSQL cluster (data kept in
#                      build/bench/national/pg, stopped again after the run unless it was running)
#   NAT_NODE_PORTS=18181,18182,18183  NAT_NGINX_PORT=18180
#   SECONDS_EACH=20 WARMUP=5 REPEAT=3 CLIENTS=32   wrk runs (each figure REPEAT times)
#   ONLY=upper,county,scale   a subset of the measurements; GEN_ONLY=1: the dataset only
#   NODE_ARGS="--deadline-check-seconds 0"   flags of every node: the deadline job is off because
#                      its first run over the generated backlog holds the audit chain's row lock
#                      for many minutes and every sign-in waits (README.md, "Findings")
# Exit 0 when measured (targets are reported, not enforced), 2 on a setup error.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/bench/national"
scale=${SCALE:-1}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
out_dir="$root/build/bench/national"
pg_dir="$out_dir/pg"
port=${NAT_PG_PORT:-55481}
node_ports=${NAT_NODE_PORTS:-18181,18182,18183}
bin=${ANJIAN_BIN:-}
if [[ -z "$bin" ]]; then
  for b in "$root/build/release/anjian" /work/wt-int/build/release/anjian; do
    [[ -x "$b" ]] && { bin=$b; break; }
  done
fi
[[ -x "$bin" ]] || { echo "national: no anjian binary (ANJIAN_BIN)" >&2; exit 2; }
for tool in psql wrk nginx python3; do
  command -v "$tool" >/dev/null || { echo "national: $tool missing (scripts/install-deps.sh --bench)" >&2; exit 2; }
done
note() { printf '   %s\n' "$*"; }

as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# ---- PostgreSQL: the bench's own cluster; its database is the cached dataset ----------------
started_pg=""
cleanup() {
  if [[ -n "$started_pg" ]]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast -w -t 120 >/dev/null 2>&1 || true
    note "bench PostgreSQL stopped (data kept in $pg_dir)"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$pg_dir"
[[ "$(id -u)" -eq 0 ]] && chown postgres: "$pg_dir"
if [[ ! -f "$pg_dir/data/PG_VERSION" ]]; then
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 2; }
  # Reads are measured: fsync off as in the test cluster. shared_buffers 2 GB of the 23 GB.
  cat >>"$pg_dir/data/postgresql.conf" <<CONF

# anjian national bench cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 2GB
effective_cache_size = 12GB
maintenance_work_mem = 1GB
work_mem = 16MB
max_wal_size = 16GB
wal_level = minimal
max_wal_senders = 0
log_min_messages = warning
CONF
fi
if ! as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1; then
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -o "-p $port" -w -t 300 start \
    >/dev/null || { tail -20 "$pg_dir/server.log" >&2; exit 2; }
  started_pg=1
fi
port=$(sed -n 4p "$pg_dir/data/postmaster.pid")
pg_pid=$(sed -n 1p "$pg_dir/data/postmaster.pid")
admin="postgresql://postgres@127.0.0.1:$port/postgres"
dbname="anjian_national_${scale//./_}"
url="postgresql://postgres@127.0.0.1:$port/$dbname"
note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $port ($pg_dir), database $dbname"

# ---- the dataset (cached) -------------------------------------------------------------------
cached=""
if [[ "${REGENERATE:-0}" != 1 ]] &&
   [[ "$(psql -X -qAt "$url" -c "SELECT value FROM national_bench_meta WHERE key = 'version'" 2>/dev/null)" == \
      "$(sed -n 's/^GENERATOR_VERSION = "\(.*\)"/\1/p' "$here/gen.py")" ]]; then
  cached=1
  note "cached dataset: $(psql -X -qAt "$url" -c "SELECT string_agg(key || '=' || value, ' ' ORDER BY key) FROM national_bench_meta")"
fi
if [[ -z "$cached" ]]; then
  psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" -c "CREATE DATABASE $dbname"
  t0=$(date +%s)
  # The schema and the reference data (regions of the national list, demo city: its accounts'
  # password hash is the one every bench regulator gets) come from the server itself.
  # start_once ARGS...: one node until it answers /healthz, then stopped (start-up work only).
  start_once() {
    local seed_dir seed_pid
    seed_dir=$(mktemp -d "${TMPDIR:-/tmp}/anjian-national-seed.XXXXXX")
    "$bin" --data "$seed_dir" --database "$url" serve --bind 127.0.0.1 --port "${node_ports%%,*}" \
      "$@" >"$seed_dir/server.log" 2>&1 &
    seed_pid=$!
    for _ in $(seq 1 1200); do
      curl -sf "http://127.0.0.1:${node_ports%%,*}/healthz" >/dev/null 2>&1 && break
      kill -0 "$seed_pid" 2>/dev/null || { cat "$seed_dir/server.log" >&2; exit 2; }
      sleep 0.5
    done
    kill "$seed_pid"; wait "$seed_pid" || true
    rm -rf "$seed_dir"
  }
  start_once --demo
  note "schema migrated and demo seeded by $bin"
  python3 "$here/gen.py" --url "$url" --scale "$scale" | tail -1 >"$out_dir/generation.json"
  # gen.py loads with the triggers off and marks the hidden-danger statistics summary (V058)
  # for a rebuild: a start-up makes it (RebuildStatisticsSummaryIfNeeded), so the cached
  # database carries it for any binary measured on it afterwards.
  t1=$(date +%s)
  start_once
  psql -X -q "$url" -c "INSERT INTO national_bench_meta VALUES ('summary_rebuild_seconds', '$(( $(date +%s) - t1 ))')"
  psql -X -q "$url" -c "INSERT INTO national_bench_meta VALUES ('total_load_seconds', '$(( $(date +%s) - t0 ))')"
fi
psql -X -qAt "$url" -c "SELECT 'database size ' || pg_size_pretty(pg_database_size(current_database())) || ' (' || pg_database_size(current_database()) || ' bytes)'" \
  -c "SELECT 'rows: ' || (SELECT COUNT(*) FROM regions WHERE kind = 'county') || ' county-level regions, ' || (SELECT COUNT(*) FROM enterprises) || ' enterprises, ' || (SELECT COUNT(*) FROM hidden_dangers) || ' hidden dangers, ' || (SELECT COUNT(*) FROM code_movements) || ' code movements, ' || (SELECT COUNT(*) FROM users WHERE username LIKE 'nat.%') || ' bench regulators'" \
  -c "SELECT 'load: ' || string_agg(key || ' ' || value, ', ' ORDER BY key) FROM national_bench_meta WHERE key LIKE '%seconds'" \
  | sed 's/^/   /' | tee "$out_dir/dataset.txt"
[[ "${GEN_ONLY:-0}" == 1 ]] && exit 0

# ---- measurements -----------------------------------------------------------------------------
python3 "$here/measure.py" --bin "$bin" --db "$url" --out "$out_dir" --pg-pid "$pg_pid" \
  --node-ports "$node_ports" --nginx-port "${NAT_NGINX_PORT:-18180}" \
  --seconds "${SECONDS_EACH:-20}" --warmup "${WARMUP:-5}" --repeat "${REPEAT:-3}" \
  --clients "${CLIENTS:-32}" --only "${ONLY:-}" \
  --node-args "${NODE_ARGS:---deadline-check-seconds 0}" | tee "$out_dir/summary.txt"
