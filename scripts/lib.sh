# Shared shell helpers for scripts/*.sh and bench/http/run.sh. Source it; do not run it.
# shellcheck shell=bash

ANJIAN_ROOT=${ANJIAN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
ANJIAN_BIN=${ANJIAN_BIN:-$ANJIAN_ROOT/build/release/anjian}

banner() {
  local line="=================================================================="
  printf '\n%s\n== %s\n%s\n' "$line" "$*" "$line"
}

note() { printf '>> %s\n' "$*"; }

# port_busy PORT: true when something accepts connections on 127.0.0.1:PORT.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port [FIRST]: prints the first port from FIRST (default 18080) nobody listens on.
free_port() {
  local p=${1:-18080}
  local last=$((p + 200))
  while port_busy "$p"; do
    p=$((p + 1))
    if ((p > last)); then echo "no free port near ${1:-18080}" >&2; return 1; fi
  done
  echo "$p"
}

# configure_release: runs `cmake --preset release` when build/release has no build files yet
# (ninja re-runs cmake by itself when a CMakeLists.txt changes).
configure_preset() {
  local preset=$1
  if [[ ! -f "$ANJIAN_ROOT/build/$preset/build.ninja" ]]; then
    (cd "$ANJIAN_ROOT" && cmake --preset "$preset")
  fi
}

# start_demo_server [EXTRA SERVE ARGS...]: starts anjian serve --demo on a fresh temp data
# folder and a free port, waits for /healthz. Sets DEMO_PID, DEMO_URL, DEMO_DIR, DEMO_LOG.
# stop_demo_server stops it and deletes the folder.
DEMO_PID=""
DEMO_DIR=""
start_demo_server() {
  [[ -x "$ANJIAN_BIN" ]] || { echo "no server binary at $ANJIAN_BIN (make build)" >&2; return 1; }
  DEMO_DIR=$(mktemp -d "${TMPDIR:-/tmp}/anjian-demo.XXXXXX")
  local port
  port=$(free_port "${DEMO_PORT:-18080}") || return 1
  DEMO_URL="http://127.0.0.1:$port"
  DEMO_LOG="$DEMO_DIR/server.log"
  "$ANJIAN_BIN" --data "$DEMO_DIR/data" serve --demo --port "$port" "$@" \
    >"$DEMO_LOG" 2>&1 </dev/null &
  DEMO_PID=$!
  note "anjian serve --demo (pid $DEMO_PID) at $DEMO_URL, data $DEMO_DIR/data"
  if ! "$ANJIAN_ROOT/scripts/wait-http.sh" "$DEMO_URL/healthz" "${DEMO_START_TIMEOUT:-120}" "$DEMO_PID"; then
    echo "---- server log (last 40 lines) ----" >&2
    tail -n 40 "$DEMO_LOG" >&2 || true
    return 1
  fi
}

# stop_pid PID [SECONDS]: SIGTERM, wait, then SIGKILL.
stop_pid() {
  local pid=$1 secs=${2:-10} i
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "process $pid ignored SIGTERM for ${secs}s: SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

stop_demo_server() {
  if [[ -n "$DEMO_PID" ]]; then
    stop_pid "$DEMO_PID" 15
    note "anjian (pid $DEMO_PID) stopped"
    DEMO_PID=""
  fi
  if [[ -n "$DEMO_DIR" && -d "$DEMO_DIR" ]]; then
    if [[ -n "${KEEP_DEMO_LOG:-}" && -f "$DEMO_DIR/server.log" ]]; then
      cp "$DEMO_DIR/server.log" "$KEEP_DEMO_LOG" || true
    fi
    rm -rf "$DEMO_DIR"
  fi
  DEMO_DIR=""
}
