#!/usr/bin/env bash
# One-vote veto benchmark of issue 15 §4 (bench/veto/README.md): 10,000 applications checked
# against a province (1,000,000 hidden dangers, 10,000 licences) on SQLite, and on PostgreSQL
# when VETO_BENCH_PG holds a connection URI; target ≤ 2 s. Exit 0 when it holds, 1 when missed
# (BENCH_STRICT=0: always 0 once measured). VETO_BENCH_BIN: use that binary; VETO_BENCH_ARGS:
# more flags (--applications N --hidden-dangers N --runs R).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"
bin=${VETO_BENCH_BIN:-}
if [[ -z "$bin" ]]; then
  banner "bench/veto: build"
  configure_preset release
  cmake --build --preset release --target anjian_veto_bench
  bin="$root/build/release/anjian_veto_bench"
fi
rc=0
banner "bench/veto: 10,000 applications on SQLite"
# shellcheck disable=SC2086
"$bin" ${VETO_BENCH_ARGS:-} || rc=$?
if [[ -n "${VETO_BENCH_PG:-}" ]]; then
  banner "bench/veto: 10,000 applications on PostgreSQL"
  # shellcheck disable=SC2086
  "$bin" --db "$VETO_BENCH_PG" ${VETO_BENCH_ARGS:-} || rc=$?
fi
if [[ "${BENCH_STRICT:-1}" == "0" ]]; then exit 0; fi
exit $rc
