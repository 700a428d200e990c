#!/usr/bin/env bash
# The `cluster` stage of `make test` (issue 16): starts scripts/cluster.sh (PostgreSQL primary +
# synchronous standby, three anjian nodes, nginx) and runs scripts/cluster-test.py:
#   api        the replay scenario (~1,200 requests, every area and role) through nginx
#   coherence  sign-out, permission change, statistics, WebSocket across nodes (delays quoted)
#   racing     two nodes post the same new detonator codes at once, CLUSTER_RACING_TRIES (1000)
#   failover   writers through nginx; kill -9 a node, kill -9 the primary, promote the standby
#   jobs       a fresh cluster on a simulated day (--clock-*), kill -9 the job leader
# One `PASS|FAIL <test>: <figures>` line per test, then a summary; exit 1 when one failed.
#   CLUSTER_TESTS="api racing" scripts/cluster-test.sh   a subset
# Env: ANJIAN_BIN (default build/release/anjian) and the ports of scripts/cluster.sh.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
export ANJIAN_BIN=${ANJIAN_BIN:-$root/build/release/anjian}
export CLUSTER_DIR=${CLUSTER_DIR:-/tmp/anjian-cluster-test}
tests=${CLUSTER_TESTS:-api coherence racing failover jobs}
want() { [[ " $tests " == *" $1 "* ]]; }

trap '"$root/scripts/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

lines=()
failed=0
run() { # name command...
  local name=$1 t0=$SECONDS rc=0 out
  shift
  echo ">> cluster test $name"
  out=$(mktemp)
  "$@" 2>&1 | tee "$out"
  rc=${PIPESTATUS[0]}
  local line
  line=$(grep -E '^(PASS|FAIL) ' "$out" | tail -n 1)
  rm -f "$out"
  [[ -n "$line" ]] || line="FAIL $name: no result line (exit $rc)"
  ((rc == 0)) || [[ "$line" == FAIL* ]] || line="FAIL $name: exit $rc"
  [[ "$line" == PASS* ]] || failed=$((failed + 1))
  lines+=("$line [$((SECONDS - t0))s]")
}
fail_line() { lines+=("FAIL $1: $2"); failed=$((failed + 1)); echo "FAIL $1: $2"; }

t_all=$SECONDS
if want api || want coherence || want racing || want failover; then
  echo ">> scripts/cluster.sh start --demo"
  if "$root/scripts/cluster.sh" start --demo; then
    want api && run api python3 scripts/cluster-test.py api
    want coherence && run coherence python3 scripts/cluster-test.py coherence
    want racing && run racing python3 scripts/cluster-test.py racing "${CLUSTER_RACING_TRIES:-1000}"
    want failover && run failover python3 scripts/cluster-test.py failover
  else
    fail_line cluster-start "scripts/cluster.sh start --demo failed"
  fi
  "$root/scripts/cluster.sh" stop
fi

if want jobs; then
  if ! "$ANJIAN_BIN" serve --help 2>/dev/null | grep -q -- '--clock-rate'; then
    fail_line jobs "$ANJIAN_BIN has no --clock-rate/--clock-epoch/--clock-until/--job-seconds"
  else
    # One simulated day in CLUSTER_JOBS_SECONDS (60) real seconds, starting once the nodes are
    # up (epoch = now + 45 s), every node reading the same simulated clock.
    real=${CLUSTER_JOBS_SECONDS:-60}
    rate=$((86400 / real))
    now=$(date +%s)
    epoch=$((now + ${CLUSTER_JOBS_LEAD:-45}))
    sim_start=$(( (now / 3600) * 3600 ))
    iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
    ANJIAN_ARGS="--clock-start $(iso "$sim_start") --clock-rate $rate --clock-epoch $epoch --clock-until $(iso $((sim_start + 86400))) --job-seconds ${CLUSTER_JOB_SECONDS:-2} ${ANJIAN_ARGS:-}"
    export ANJIAN_ARGS
    echo ">> ANJIAN_ARGS=$ANJIAN_ARGS scripts/cluster.sh start --demo"
    if "$root/scripts/cluster.sh" start --demo; then
      run jobs python3 scripts/cluster-test.py jobs $((epoch + real)) "$sim_start" "$epoch"
    else
      fail_line jobs "scripts/cluster.sh start --demo (clock flags) failed"
    fi
    "$root/scripts/cluster.sh" stop
  fi
fi

echo
echo "== cluster tests ($((SECONDS - t_all))s)"
printf '%s\n' "${lines[@]}"
((failed == 0))
