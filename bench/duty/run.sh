#!/usr/bin/env bash
# Duty-roster coverage benchmark of issue 14 §1 (bench/duty/README.md): 50,000 shifts of a
# province, 14 days ahead, checked end to end on SQLite; target ≤ 1 s. Exit 0 when it holds, 1
# when missed (BENCH_STRICT=0: always 0 once measured). DUTY_BENCH_BIN: use that binary;
# DUTY_BENCH_ARGS: more flags (--shifts N --runs R).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"
bin=${DUTY_BENCH_BIN:-}
if [[ -z "$bin" ]]; then
  banner "bench/duty: build"
  configure_preset release
  cmake --build --preset release --target anjian_duty_bench
  bin="$root/build/release/anjian_duty_bench"
fi
banner "bench/duty: coverage of 50,000 shifts"
rc=0
# shellcheck disable=SC2086
"$bin" ${DUTY_BENCH_ARGS:-} || rc=$?
if [[ "${BENCH_STRICT:-1}" == "0" ]]; then exit 0; fi
exit $rc
