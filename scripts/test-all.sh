#!/usr/bin/env bash
# Everything CI runs (`make test`), in order, stopping at the first failing stage. Servers it
# starts (PostgreSQL test cluster, demo anjian for e2e) are stopped on every exit path.
#
#   scripts/test-all.sh                 all stages
#   scripts/test-all.sh web-test e2e    only the named stages (in the usual order)
#   SKIP="fuzz e2e" scripts/test-all.sh  all but these
#
# Stages: deps build ctest ctest-pg cluster security web-install web-test web-build e2e fuzz
# The cluster stage (scripts/cluster-test.sh) starts PostgreSQL primary + synchronous standby,
# three anjian nodes and nginx (scripts/cluster.sh) and runs the issue-16 tests against them.
# The security stage runs the tests labelled `security` (hostile input against the real binary:
# path traversal, the three-admin grant matrix, out-of-scope objects, uploads); ctest runs the rest.
# The last line is `N passed, M failed` over the stages (skipped stages count in neither).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root" || exit 1

export CCACHE_DIR=${CCACHE_DIR:-${HOME:-$root/build}/.ccache}
export CTEST_OUTPUT_ON_FAILURE=1
ctest_timeout=${CTEST_TIMEOUT:-900}

all_stages=(deps build ctest ctest-pg cluster security web-install web-test web-build e2e fuzz)
declare -A wanted=()
if (($#)); then
  for s in "$@"; do
    [[ " ${all_stages[*]} " == *" $s "* ]] || { echo "unknown stage: $s (stages: ${all_stages[*]})" >&2; exit 2; }
    wanted[$s]=1
  done
else
  for s in "${all_stages[@]}"; do wanted[$s]=1; done
fi
for s in ${SKIP:-}; do unset "wanted[$s]"; done

pg_started=0
cleanup() {
  stop_demo_server
  if ((pg_started)); then
    "$root/scripts/pg-test-cluster.sh" stop || true
    pg_started=0
  fi
}
# Long commands run through `child`: in their own process group, in the background + wait, so
# that a signal reaches the trap at once instead of after the command ends; the trap then ends
# the command's whole process group.
CHILD=""
child() {
  setsid "$@" &
  CHILD=$!
  local rc=0
  wait "$CHILD" || rc=$?
  CHILD=""
  return $rc
}
on_signal() {
  echo "interrupted (signal $1): stopping"
  if [[ -n "$CHILD" ]]; then
    kill -TERM -- "-$CHILD" 2>/dev/null || true
    stop_pid "$CHILD" 10
    kill -KILL -- "-$CHILD" 2>/dev/null || true
  fi
  exit $((128 + $1))
}
trap cleanup EXIT
trap 'on_signal 2' INT
trap 'on_signal 15' TERM

SKIPPED=3   # a stage function returns this to say "nothing to run yet"

# ---- stages ---------------------------------------------------------------------------------

stage_deps() { child "$root/scripts/install-deps.sh" --verify; }

stage_build() {
  note "ccache: $CCACHE_DIR"
  child bash -c 'source scripts/lib.sh && configure_preset release' || return 1
  child cmake --build --preset release || return 1
  ccache -s 2>/dev/null | grep -iE 'hits|misses' | head -3 || true
}

stage_ctest() {
  local n
  n=$(ctest --test-dir build/release -N | awk '/^Total Tests:/ {print $3}')
  note "${n:-0} tests registered"
  child ctest --preset release --timeout "$ctest_timeout" --no-tests=error -LE security
}

stage_security() {
  local n
  n=$(ctest --test-dir build/release -N -L security | awk '/^Total Tests:/ {print $3}')
  note "${n:-0} security tests (SQLite; those labelled integration also run on PostgreSQL in ctest-pg)"
  child ctest --preset release -L security --timeout "$ctest_timeout" --no-tests=error
}

stage_ctest_pg() {
  local n url
  n=$(ctest --test-dir build/release -N -L integration | awk '/^Total Tests:/ {print $3}')
  if [[ "${n:-0}" == 0 ]]; then
    note "no tests labelled 'integration' are registered: PostgreSQL run skipped"
    return $SKIPPED
  fi
  # A cluster somebody started by hand (make pg-start) is used as is and left running.
  local mine=1
  if "$root/scripts/pg-test-cluster.sh" status >/dev/null 2>&1; then mine=0; fi
  url=$("$root/scripts/pg-test-cluster.sh" start) || return 1
  pg_started=$mine
  note "ANJIAN_TEST_PG=$url ($n integration tests)"
  local rc=0
  # Every suite copies one prepared database instead of migrating and seeding its own (~10 s
  # each; api_harness.cpp PreparedTemplate); the prefix is this run's, its templates go with it.
  local tpl="anjian_tpl_$$"
  note "template databases ${tpl}_*: prepared once per ten minutes, copied by every suite"
  ANJIAN_TEST_PG=$url ANJIAN_TEST_PG_TEMPLATE=$tpl \
    child ctest --preset release -L integration --timeout "$ctest_timeout" || rc=$?
  local psql=${PG_BIN:-/usr/lib/postgresql/15/bin}/psql
  local db
  for db in $("$psql" "$url" -Atc "SELECT datname FROM pg_database WHERE datname LIKE '${tpl}\_%'" 2>/dev/null); do
    "$psql" "$url" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  if ((pg_started)); then
    "$root/scripts/pg-test-cluster.sh" stop || true
    pg_started=0
  fi
  return $rc
}

stage_cluster() {
  [[ -x build/release/anjian ]] || { echo "build/release/anjian missing (stage build)"; return 1; }
  ANJIAN_BIN="$root/build/release/anjian" child "$root/scripts/cluster-test.sh"
}

stage_web_install() { child "$root/scripts/web.sh" install && child "$root/scripts/web.sh" lock-check; }
stage_web_test() { child npm --prefix web test && child npm --prefix web run check:api && child npm --prefix web run lint:api && child npm --prefix web run typecheck; }
stage_web_build() { child npm --prefix web run build; }

stage_e2e() {
  if [[ ! -f web/e2e/run.mjs ]]; then
    note "web/e2e/run.mjs does not exist yet: e2e skipped"
    return $SKIPPED
  fi
  [[ -f web/dist/index.html ]] || { echo "web/dist is not built (stage web-build)"; return 1; }
  mkdir -p build/e2e
  KEEP_DEMO_LOG="$root/build/e2e/server.log"
  start_demo_server --web-root "$root/web/dist" || { stop_demo_server; return 1; }
  local rc=0
  # Screenshots of every page the scenarios visit, with build/e2e/screens/index.html to review them.
  rm -rf build/e2e/screens && mkdir -p build/e2e/screens
  ANJIAN_URL=$DEMO_URL ANJIAN_SHOTS="$root/build/e2e/screens" child npm --prefix web run e2e || rc=$?
  stop_demo_server
  note "server log kept in build/e2e/server.log"
  return $rc
}

stage_fuzz() { FUZZ_SKIP_CODE=$SKIPPED child "$root/scripts/fuzz.sh" "${FUZZ_SECONDS:-20}"; }

# ---- runner ---------------------------------------------------------------------------------

passed=0
failed=0
results=()
start_all=$SECONDS
stop_now=0
for s in "${all_stages[@]}"; do
  if [[ -z "${wanted[$s]:-}" ]]; then
    continue
  fi
  if ((stop_now)); then
    results+=("$(printf '%-12s %-8s' "$s" "not run")")
    continue
  fi
  banner "stage $s"
  t0=$SECONDS
  rc=0
  "stage_${s//-/_}" || rc=$?
  dt=$((SECONDS - t0))
  if ((rc == 0)); then
    passed=$((passed + 1)); verdict=PASS
  elif ((rc == SKIPPED)); then
    verdict=SKIP
  else
    failed=$((failed + 1)); verdict="FAIL($rc)"; stop_now=1
  fi
  results+=("$(printf '%-12s %-8s %5ss' "$s" "$verdict" "$dt")")
  echo ">> stage $s: $verdict in ${dt}s"
done

cleanup
banner "summary ($((SECONDS - start_all))s)"
printf '%s\n' "${results[@]}"
echo "$passed passed, $failed failed"
((failed == 0))
