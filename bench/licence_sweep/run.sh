#!/usr/bin/env bash
# Licence conditions sweep benchmark of issue 15 §1 (bench/licence_sweep/README.md): a province of
# 10,000 licences, 100,000 people and 1,000,000 hidden dangers swept end to end on SQLite; target
# ≤ 10 s per pass. Exit 0 when it holds, 1 when missed (BENCH_STRICT=0: always 0 once measured).
# LICENCE_SWEEP_BENCH_BIN: use that binary; LICENCE_SWEEP_BENCH_ARGS: more flags (--licences N
# --hidden-dangers N --people N --runs R --db PATH).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"
bin=${LICENCE_SWEEP_BENCH_BIN:-}
if [[ -z "$bin" ]]; then
  banner "bench/licence_sweep: build"
  configure_preset release
  cmake --build --preset release --target anjian_licence_sweep_bench
  bin="$root/build/release/anjian_licence_sweep_bench"
fi
banner "bench/licence_sweep: a province's nightly conditions sweep"
rc=0
# shellcheck disable=SC2086
"$bin" ${LICENCE_SWEEP_BENCH_ARGS:-} || rc=$?
if [[ "${BENCH_STRICT:-1}" == "0" ]]; then exit 0; fi
exit $rc
