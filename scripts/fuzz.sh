#!/usr/bin/env bash
# Builds the fuzz preset (clang++, -DANJIAN_FUZZ=ON -> build/fuzz) and runs every fuzz_*
# target for FUZZ_SECONDS (default 20) each.
#   scripts/fuzz.sh [SECONDS]
# Seeds: server/fuzz/corpus/<target>/ (or .../<target without fuzz_>/) when present; new inputs
# go to build/fuzz/corpus/<target>/, crashes to build/fuzz/artifacts/. Exit 0 with a message
# when there are no fuzz targets yet; exit 3 means "skipped" to scripts/test-all.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
secs=${1:-${FUZZ_SECONDS:-20}}
skip_code=${FUZZ_SKIP_CODE:-0}

if [[ ! -f "$root/server/fuzz/CMakeLists.txt" ]]; then
  note "no server/fuzz/CMakeLists.txt yet: fuzzing skipped"
  exit "$skip_code"
fi

cd "$root"
configure_preset fuzz
cmake --build --preset fuzz

mapfile -t targets < <(find build/fuzz -path build/fuzz/CMakeFiles -prune -o \
  -type f -name 'fuzz_*' -perm -u+x -print | sort)
if ((${#targets[@]} == 0)); then
  note "the fuzz preset built no fuzz_* executables: fuzzing skipped"
  exit "$skip_code"
fi

mkdir -p build/fuzz/artifacts
failed=()
for t in "${targets[@]}"; do
  name=$(basename "$t")
  corpus="build/fuzz/corpus/$name"
  mkdir -p "$corpus"
  seeds=()
  for s in "server/fuzz/corpus/$name" "server/fuzz/corpus/${name#fuzz_}"; do
    [[ -d "$s" ]] && seeds+=("$s")
  done
  dict=()
  for d in "server/fuzz/$name.dict" "server/fuzz/${name#fuzz_}.dict"; do
    [[ -f "$d" ]] && dict=("-dict=$d")
  done
  note "$name: ${secs}s (corpus $corpus${seeds:+, seeds ${seeds[*]}})"
  log="build/fuzz/$name.log"
  if "$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="build/fuzz/artifacts/$name-" "${dict[@]}" \
       "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done ' "$log" | tr '\n' ' ' || true
    echo
  else
    echo "---- $name FAILED (log $log, last 40 lines) ----"
    tail -n 40 "$log"
    failed+=("$name")
  fi
done

if ((${#failed[@]})); then
  echo "fuzz: ${#failed[@]} of ${#targets[@]} targets found problems: ${failed[*]}" \
       "(reproducers in build/fuzz/artifacts/)"
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${secs}s each without a crash"
