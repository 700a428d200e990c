#!/usr/bin/env bash
# The `cluster` stage of `make test` (issue 16): starts scripts/cluster.sh (PostgreSQL primary +
# synchronous standby, three anjian nodes, nginx) and runs scripts/cluster-test.py:
#   api        the replay scenario (~1,200 requests, every area and role) through nginx
#   coherence  sign-out, permission change, statistics, WebSocket across nodes (delays quoted)
#   racing     two nodes post the same new detonator codes at once, CLUSTER_RACING_TRIES (1000)
#   failover   writers through nginx; kill -9 a node, kill -9 the primary, promote the standby
#   jobs       a fresh cluster on a simulated day (--clock-*), kill -9 the job leader; the same
#              day on one node (a copy of the seeded database) must send the same reminders
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

trap 'solo_stop; "$root/scripts/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
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

# The single-node reference run of the jobs test (started by us; stopped by its pid).
solo_port=${CLUSTER_SOLO_PORT:-18164}
solo_pid=""
solo_start() {
  eval "$("$root/scripts/cluster.sh" env)"
  local sock=$CLUSTER_PG_SOCKET port=$CLUSTER_PG_PRIMARY_PORT t0=$SECONDS
  local pgb=${PG_BIN:-/usr/lib/postgresql/15/bin} as=()
  [[ "$(id -u)" -eq 0 ]] && as=(runuser -u postgres --)
  (cd / && "${as[@]}" "$pgb/psql" -X -q -h "$sock" -p "$port" -U postgres -d postgres \
    -c "CREATE DATABASE $solo_db OWNER anjian") || return 1
  (cd / && "${as[@]}" "$pgb/pg_dump" -h "$sock" -p "$port" -U postgres anjian |
    "${as[@]}" "$pgb/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d "$solo_db" \
      >/dev/null) || return 1
  mkdir -p "$CLUSTER_DIR/solo/data"
  # shellcheck disable=SC2086
  setsid "$ANJIAN_BIN" --data "$CLUSTER_DIR/solo/data" \
    --database "postgresql://anjian@127.0.0.1:$port/$solo_db?connect_timeout=3" serve \
    --port "$solo_port" --bind 127.0.0.1 --node-name solo --demo $ANJIAN_ARGS \
    >"$CLUSTER_DIR/solo/server.log" 2>&1 </dev/null &
  solo_pid=$!
  local i
  for ((i = 0; i < 600; i++)); do
    curl -fsS --max-time 1 "http://127.0.0.1:$solo_port/healthz" >/dev/null 2>&1 && break
    kill -0 "$solo_pid" 2>/dev/null || { tail -n 20 "$CLUSTER_DIR/solo/server.log"; return 1; }
    sleep 0.1
  done
  local left=$((epoch - $(date +%s)))
  echo ">> single node 'solo' on a copy of the seeded database in $((SECONDS - t0))s, ${left}s before the simulated day"
  ((left > 0))
}
solo_stop() {
  [[ -n "$solo_pid" ]] || return 0
  kill -TERM "$solo_pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 100; i++)); do kill -0 "$solo_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$solo_pid" 2>/dev/null || true
  solo_pid=""
}

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
    # up (epoch = now + 65 s: the cluster, then the single reference node on a copy of its database,
    # ~45 s + ~10 s on two cores), every node reading the same simulated clock.
    real=${CLUSTER_JOBS_SECONDS:-60}
    rate=$((86400 / real))
    now=$(date +%s)
    epoch=$((now + ${CLUSTER_JOBS_LEAD:-65}))
    sim_start=$(( (now / 3600) * 3600 ))
    iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
    ANJIAN_ARGS="--clock-start $(iso "$sim_start") --clock-rate $rate --clock-epoch $epoch --clock-until $(iso $((sim_start + 86400))) --job-seconds ${CLUSTER_JOB_SECONDS:-2} ${ANJIAN_ARGS:-}"
    export ANJIAN_ARGS
    echo ">> ANJIAN_ARGS=$ANJIAN_ARGS scripts/cluster.sh start --demo"
    if "$root/scripts/cluster.sh" start --demo; then
      # "Nothing lost" (issue 16): the same simulated day on ONE node, on a copy of the cluster's
      # freshly seeded database (anjian_solo on the same primary), up before the day begins; the
      # jobs test compares its reminders with the cluster's after the leader's kill -9.
      solo_db=anjian_solo
      if solo_start; then
        run jobs python3 scripts/cluster-test.py jobs $((epoch + real)) "$sim_start" "$epoch" \
          "$solo_port" "$solo_db"
      else
        fail_line jobs "the single-node reference run did not start before the simulated day"
      fi
      solo_stop
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
