#!/usr/bin/env bash
# Dual-prevention benchmark of issue 3 (bench/dual_prevention/README.md): the regulator's
# hidden-danger list (two filters) and statistics summary under 32 concurrent clients, on SQLite
# and PostgreSQL, against a generated province (cached between runs). Exit 0 when the targets
# hold, 1 when one is missed (BENCH_STRICT=0: always 0 once the measurement ran), 2 on a setup
# error.
#
# Knobs (environment): DP_BENCH_SCALE (1 = the issue's sizes; 0.05 for a quick run),
# DP_BENCH_ONLY=sqlite|postgres, DP_BENCH_REGENERATE=1 (ignore the cached databases),
# DP_BENCH_SECONDS (measured seconds per endpoint and database, default 20),
# ANJIAN_BENCH_PG (use this PostgreSQL admin URI as it is; otherwise a bench cluster is kept in
# build/bench/dual_prevention/pg, started for the run on PG_TEST_PORT or the next free port,
# and stopped afterwards with its data kept), DP_BENCH_BIN (use that binary, build nothing),
# DP_BENCH_ARGS (more anjian_dp_bench flags).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

scale=${DP_BENCH_SCALE:-1}
only=${DP_BENCH_ONLY:-}
out_dir="$root/build/bench/dual_prevention"
bin=${DP_BENCH_BIN:-}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
pg_dir="$out_dir/pg"

if [[ -z "$bin" ]]; then
  banner "bench/dual_prevention: build"
  configure_preset release
  cmake --build --preset release --target anjian_dp_bench
  bin="$root/build/release/anjian_dp_bench"
fi

as_pg() {
  if [[ "$(id -u)" -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

started_pg=""
cleanup() {
  if [[ -n "$started_pg" ]]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast -w -t 60 >/dev/null 2>&1 || true
    note "bench PostgreSQL stopped (data kept in $pg_dir for the next run)"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The bench cluster: created once, its databases are the PostgreSQL cache. Reads are measured,
# so fsync is off as in the test cluster; shared_buffers holds a city's working set.
start_bench_pg() {
  mkdir -p "$pg_dir"
  if [[ "$(id -u)" -eq 0 ]]; then chown postgres: "$pg_dir"; fi
  if [[ ! -f "$pg_dir/data/PG_VERSION" ]]; then
    as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$pg_dir/initdb.log" 2>&1 || { cat "$pg_dir/initdb.log" >&2; exit 2; }
    cat >>"$pg_dir/data/postgresql.conf" <<CONF

# anjian dual-prevention bench cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_dir'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 1GB
effective_cache_size = 8GB
maintenance_work_mem = 512MB
max_wal_size = 8GB
log_min_messages = warning
CONF
  fi
  local port
  if as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1; then
    port=$(sed -n 4p "$pg_dir/data/postmaster.pid")
  else
    port=$(free_port "${PG_TEST_PORT:-55490}")
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -o "-p $port" -w -t 120 start \
      >/dev/null || { tail -20 "$pg_dir/server.log" >&2; exit 2; }
    started_pg=1
  fi
  pg_url="postgresql://postgres@127.0.0.1:$port/postgres"
}

args=(--scale "$scale" --dir "$out_dir")
[[ -n "$only" ]] && args+=(--only "$only")
[[ "${DP_BENCH_REGENERATE:-0}" == 1 ]] && args+=(--regenerate)
[[ -n "${DP_BENCH_SECONDS:-}" ]] && args+=(--seconds "$DP_BENCH_SECONDS")
if [[ "$only" != sqlite ]]; then
  if [[ -n "${ANJIAN_BENCH_PG:-}" ]]; then
    args+=(--pg "$ANJIAN_BENCH_PG")
    note "PostgreSQL: $ANJIAN_BENCH_PG (settings as configured)"
  else
    banner "bench/dual_prevention: PostgreSQL bench cluster"
    start_bench_pg
    args+=(--pg "$pg_url")
    note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'): $pg_url ($pg_dir)"
  fi
fi

banner "bench/dual_prevention: anjian_dp_bench ${args[*]} ${DP_BENCH_ARGS:-}"
mkdir -p "$out_dir"
rc=0
# shellcheck disable=SC2086  # word splitting intended: extra flags
"$bin" "${args[@]}" ${DP_BENCH_ARGS:-} | tee "$out_dir/summary.txt" || rc=${PIPESTATUS[0]}
note "output saved to build/bench/dual_prevention/summary.txt"
if ((rc == 1)) && [[ "${BENCH_STRICT:-1}" == 0 ]]; then rc=0; fi
exit "$rc"
