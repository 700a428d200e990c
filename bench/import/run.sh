#!/usr/bin/env bash
# Enterprise import benchmark of issue 10 D (bench/import/README.md): peak RSS, answer size and
# wall time of POST /api/v1/enterprises/import on the real binary, this build against an old one
# side by side. Exit 0 when the new build's peak RSS on the 1,000,000-bad-row file stays under
# IMPORT_BENCH_TARGET_MB (200), 1 when not (BENCH_STRICT=0: always 0 once measured), 2 on a setup error.
#
# Knobs (environment): ANJIAN_BIN (this build's binary; default: build target anjian),
# OLD_BIN (binary to compare with), OLD_REF (instead of OLD_BIN: a git ref, e.g. main, built
# into build/bench/import/old-src with its own build folder), IMPORT_BENCH_REPEAT (3),
# IMPORT_BENCH_BAD_ROWS (1000000), IMPORT_BENCH_GOOD_ROWS (400000: about the most that fits the 20
# MiB body limit), IMPORT_BENCH_TARGET_MB (200).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

out_dir="$root/build/bench/import"
new_bin=${ANJIAN_BIN:-}
old_bin=${OLD_BIN:-}

if [[ -z "$new_bin" ]]; then
  banner "bench/import: build"
  configure_preset release
  cmake --build --preset release --target anjian
  new_bin="$root/build/release/anjian"
fi

if [[ -z "$old_bin" && -n "${OLD_REF:-}" ]]; then
  banner "bench/import: build $OLD_REF for comparison"
  src="$out_dir/old-src"
  mkdir -p "$out_dir"
  if [[ -d "$src" ]]; then
    git -C "$src" checkout --quiet --detach "$OLD_REF"
  else
    git worktree add --detach "$src" "$OLD_REF"
  fi
  (cd "$src" && cmake --preset release -DANJIAN_BUILD_TESTS=OFF >/dev/null &&
    cmake --build --preset release --target anjian)
  old_bin="$src/build/release/anjian"
fi

[[ -x "$new_bin" ]] || { echo "bench/import: no binary at $new_bin" >&2; exit 2; }
[[ -z "$old_bin" || -x "$old_bin" ]] || { echo "bench/import: no binary at $old_bin" >&2; exit 2; }
command -v python3 >/dev/null || { echo "bench/import: python3 missing" >&2; exit 2; }

mkdir -p "$out_dir"
banner "bench/import: measure (uptime: $(uptime | sed 's/.*load/load/'))"
status=0
python3 "$root/bench/import/import_bench.py" --new "$new_bin" ${old_bin:+--old "$old_bin"} \
  --repeat "${IMPORT_BENCH_REPEAT:-3}" --bad-rows "${IMPORT_BENCH_BAD_ROWS:-1000000}" \
  --good-rows "${IMPORT_BENCH_GOOD_ROWS:-400000}" --target-mb "${IMPORT_BENCH_TARGET_MB:-200}" \
  --out "$out_dir" | tee "$out_dir/summary.txt" || status=$?
[[ "$status" == 1 && "${BENCH_STRICT:-1}" == 0 ]] && status=0
exit "$status"
