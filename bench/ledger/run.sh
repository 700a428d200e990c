#!/usr/bin/env bash
# Ledger benchmark of issue 4 (bench/ledger/README.md): posting against the bare client's
# ceiling on SQLite and PostgreSQL, trace lookups, peak memory. Exit 0 when the targets hold,
# 1 when one is missed (BENCH_STRICT=0: always 0 once the measurement ran), 2 on a setup error.
#
# Knobs (environment): LEDGER_BENCH_SCALE (1 = the issue's sizes: 10,000,000 codes in 1,000
# stores; 0.01 for a quick run), LEDGER_BENCH_PG_SCALE (default: a quarter of LEDGER_BENCH_SCALE:
# 10,000,000 codes on PostgreSQL take ~15 minutes on a loaded 2-core machine; the stocktake
# store keeps LEDGER_BENCH_SCALE x 1,000,000 codes on both),
# ANJIAN_BENCH_PG (use this PostgreSQL admin URI as it is configured; otherwise a throwaway
# cluster is started with scripts/pg-test-cluster.sh and made durable: fsync, synchronous_commit,
# full_page_writes on), LEDGER_BENCH_ONLY=sqlite|postgres, LEDGER_BENCH_BIN (use that binary,
# build nothing), LEDGER_BENCH_ARGS (more anjian_ledger_bench flags).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

scale=${LEDGER_BENCH_SCALE:-1}
pg_scale=${LEDGER_BENCH_PG_SCALE:-$(awk -v s="$scale" 'BEGIN { print s / 4 }')}
only=${LEDGER_BENCH_ONLY:-}
out_dir="$root/build/bench/ledger"
bin=${LEDGER_BENCH_BIN:-}

if [[ -z "$bin" ]]; then
  banner "bench/ledger: build"
  configure_preset release
  cmake --build --preset release --target anjian_ledger_bench
  bin="$root/build/release/anjian_ledger_bench"
fi

started_pg=""
cleanup() {
  if [[ -n "$started_pg" ]]; then
    "$root/scripts/pg-test-cluster.sh" stop >/dev/null 2>&1 || true
    note "PostgreSQL test cluster stopped"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

args=(--scale "$scale" --pg-scale "$pg_scale" --dir "$out_dir/data")
[[ -n "$only" ]] && args+=(--only "$only")
if [[ "$only" != sqlite ]]; then
  if [[ -n "${ANJIAN_BENCH_PG:-}" ]]; then
    args+=(--pg "$ANJIAN_BENCH_PG")
    note "PostgreSQL: $ANJIAN_BENCH_PG (settings as configured)"
  else
    banner "bench/ledger: PostgreSQL cluster"
    if ! "$root/scripts/pg-test-cluster.sh" status >/dev/null 2>&1; then started_pg=1; fi
    pg_url=$("$root/scripts/pg-test-cluster.sh" start | tail -1)
    args+=(--pg "$pg_url" --pg-durable)
    note "PostgreSQL: $pg_url (durable for the run: fsync, synchronous_commit, full_page_writes on)"
  fi
fi

banner "bench/ledger: anjian_ledger_bench ${args[*]} ${LEDGER_BENCH_ARGS:-}"
mkdir -p "$out_dir"
rc=0
# shellcheck disable=SC2086  # word splitting intended: extra flags
"$bin" "${args[@]}" ${LEDGER_BENCH_ARGS:-} | tee "$out_dir/summary.txt" || rc=${PIPESTATUS[0]}
note "output saved to build/bench/ledger/summary.txt"
if ((rc == 1)) && [[ "${BENCH_STRICT:-1}" == 0 ]]; then rc=0; fi
exit "$rc"
