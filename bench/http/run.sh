#!/usr/bin/env bash
# HTTP benchmark: anjian's enterprise list against nginx serving the same bytes from a file.
# See bench/http/README.md. Exit 0 when the targets hold, 1 when they do not (BENCH_STRICT=0:
# always 0 once the measurement ran), 2 on a setup error.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin_given=${ANJIAN_BIN:+1}   # ANJIAN_BIN=/path/to/anjian: use that binary, build nothing
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
cd "$root"

duration=${BENCH_DURATION:-15s}
threads=${BENCH_THREADS:-2}
conns=${BENCH_CONNECTIONS:-256}
warmup=${BENCH_WARMUP:-3s}
min_ratio=${BENCH_MIN_RATIO:-0.40}
max_p99_ms=${BENCH_MAX_P99_MS:-20}
pinned_runs=${BENCH_PINNED_RUNS:-3}          # rounds of the pinned comparison (0: skip it)
pinned_duration=${BENCH_PINNED_DURATION:-10s}
pinned_conns=${BENCH_PINNED_CONNECTIONS:-64}
user=${BENCH_USER:-jining}
password=${BENCH_PASSWORD:-Demo@2026}
path='/api/v1/enterprises?page=1&page_size=50'
out_dir="$root/build/bench/http"

for tool in wrk nginx curl python3 taskset; do
  if ! command -v "$tool" >/dev/null 2>&1 && [[ ! -x "/usr/sbin/$tool" ]]; then
    echo "bench: $tool missing: run scripts/install-deps.sh --bench" >&2
    exit 2
  fi
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

nginx_dir=""
nginx_pid=""
cleanup() {
  stop_demo_server
  if [[ -n "$nginx_pid" ]]; then
    stop_pid "$nginx_pid" 10
    note "nginx (pid $nginx_pid) stopped"
    nginx_pid=""
  fi
  if [[ -n "$nginx_dir" ]]; then rm -rf "$nginx_dir"; nginx_dir=""; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z "$bin_given" ]]; then
  banner "bench/http: build"
  configure_preset release
  cmake --build --preset release --target anjian
fi

banner "bench/http: start anjian and nginx"
# shellcheck disable=SC2086  # word splitting intended: extra `anjian serve` flags
start_demo_server ${BENCH_SERVE_ARGS:-}
anjian_url="$DEMO_URL$path"

# login: signs in as $user on $DEMO_URL, sets auth ("Authorization: Bearer <token>").
login() {
  local answer token
  answer=$(curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' \
    --data "$(python3 -c 'import json,sys; print(json.dumps({"username": sys.argv[1], "password": sys.argv[2]}))' "$user" "$password")" \
    "$DEMO_URL/api/v1/auth/login") || { echo "bench: login as $user failed: $answer" >&2; exit 2; }
  token=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' <<<"$answer") \
    || { echo "bench: no token in login response: $answer" >&2; exit 2; }
  auth="Authorization: Bearer $token"
  note "logged in as $user"
}
login

mkdir -p "$out_dir"
nginx_dir=$(mktemp -d "${TMPDIR:-/tmp}/anjian-nginx.XXXXXX")
chmod 755 "$nginx_dir"
mkdir -p "$nginx_dir/www/api/v1" "$nginx_dir/tmp"
body="$nginx_dir/www/api/v1/enterprises"   # nginx serves this file for the same path
code=$(curl -sS -o "$body" -w '%{http_code}' -H "$auth" "$anjian_url")
if [[ "$code" != 200 ]]; then
  echo "bench: anjian answered HTTP $code for $path:" >&2
  head -c 500 "$body" >&2; echo >&2
  exit 2
fi
chmod 644 "$body"
cp "$body" "$out_dir/enterprises.json"
note "anjian response: $(wc -c <"$body") bytes (saved to build/bench/http/enterprises.json)"

nginx_port=$(free_port $(( ${DEMO_URL##*:} + 1 )))
nginx_conf() {  # WORKERS
cat <<EOF
worker_processes $1;
worker_rlimit_nofile 8192;
daemon off;
master_process on;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 75s;
  keepalive_requests 1000000;
  client_body_temp_path $nginx_dir/tmp/body;
  proxy_temp_path $nginx_dir/tmp/proxy;
  fastcgi_temp_path $nginx_dir/tmp/fastcgi;
  uwsgi_temp_path $nginx_dir/tmp/uwsgi;
  scgi_temp_path $nginx_dir/tmp/scgi;
  types { }
  default_type application/json;
  server {
    listen 127.0.0.1:$nginx_port;
    root $nginx_dir/www;
    # anjian's API headers, so both answers carry about the same header bytes
    location = /api/v1/enterprises {
      add_header X-Content-Type-Options nosniff;
      add_header X-Frame-Options DENY;
      add_header Referrer-Policy no-referrer;
      add_header Content-Security-Policy "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self' ws: wss:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
      add_header Cache-Control no-store;
    }
  }
}
EOF
}
nginx_conf 2 >"$nginx_dir/nginx.conf"
"$nginx_bin" -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" </dev/null &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nginx_port$path"
if ! "$root/scripts/wait-http.sh" "$nginx_url" 20 "$nginx_pid"; then
  cat "$nginx_dir/error.log" >&2 || true
  exit 2
fi
note "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*\///') (pid $nginx_pid, 2 workers) at http://127.0.0.1:$nginx_port"

# Same status, same bytes, JSON content type on both.
check() {  # name url [header]
  local name=$1 url=$2; shift 2
  local hdr="$nginx_dir/$name.headers" got="$nginx_dir/$name.body"
  curl -sS -D "$hdr" -o "$got" "$@" "$url"
  local status ctype
  status=$(head -n1 "$hdr" | awk '{print $2}')
  ctype=$(grep -i '^content-type:' "$hdr" | head -n1 | tr -d '\r' | cut -d' ' -f2-)
  note "$name: HTTP $status, Content-Type: $ctype, $(wc -c <"$got") bytes"
  [[ "$status" == 200 ]] || { echo "bench: $name answered HTTP $status" >&2; return 1; }
  [[ "$ctype" == application/json* ]] || { echo "bench: $name Content-Type is $ctype" >&2; return 1; }
  cmp -s "$got" "$body" || { echo "bench: $name body differs from the saved anjian response" >&2; return 1; }
}
check anjian "$anjian_url" -H "$auth" || exit 2
check nginx "$nginx_url" || exit 2
note "both answer 200 with identical bodies"

# wrk_run name url [wrk args...]: prints wrk's output, stores it in build/bench/http/NAME.txt
wrk_run() {
  local name=$1 url=$2; shift 2
  banner "wrk $name: -t$threads -c$conns -d$duration --latency  $url"
  wrk -t"$threads" -c"$conns" -d"$warmup" "$@" "$url" >/dev/null 2>&1 || true
  wrk -t"$threads" -c"$conns" -d"$duration" --latency "$@" "$url" | tee "$out_dir/$name.txt"
}
wrk_run anjian "$anjian_url" -H "$auth"
wrk_run nginx "$nginx_url"

# Requests/sec, p99 in ms, and non-2xx/socket-error counts from wrk's report.
parse() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
      if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
      return v + 0
    }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad += $NF }
    /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { gsub(",", "", $i); err += $i } }
    END { printf "%s %s %d %d\n", rps, p99, bad, err }
  ' "$1"
}
read -r a_rps a_p99 a_bad a_err < <(parse "$out_dir/anjian.txt")
read -r n_rps n_p99 n_bad n_err < <(parse "$out_dir/nginx.txt")

summary=$(python3 - "$a_rps" "$a_p99" "$a_bad" "$a_err" "$n_rps" "$n_p99" "$n_bad" "$n_err" \
                     "$min_ratio" "$max_p99_ms" "$threads" "$conns" "$duration" <<'PY'
import sys
a_rps, a_p99, a_bad, a_err, n_rps, n_p99, n_bad, n_err = map(float, sys.argv[1:9])
min_ratio, max_p99 = float(sys.argv[9]), float(sys.argv[10])
t, c, d = sys.argv[11:14]
ratio = a_rps / n_rps if n_rps else 0.0
ok_ratio = ratio >= min_ratio
ok_p99 = a_p99 <= max_p99
clean = a_bad == 0 and n_bad == 0
print(f"GET /api/v1/enterprises?page=1&page_size=50, wrk -t{t} -c{c} -d{d} --latency")
print(f"  anjian : {a_rps:10.0f} req/s   p99 {a_p99:8.2f} ms   non-2xx {a_bad:.0f}   socket errors {a_err:.0f}")
print(f"  nginx  : {n_rps:10.0f} req/s   p99 {n_p99:8.2f} ms   non-2xx {n_bad:.0f}   socket errors {n_err:.0f}")
print(f"  ratio anjian/nginx = {ratio:.3f}  (target >= {min_ratio:.2f}): {'OK' if ok_ratio else 'MISSED'}")
print(f"  anjian p99 = {a_p99:.2f} ms  (target <= {max_p99:g} ms): {'OK' if ok_p99 else 'MISSED'}")
if not clean:
    print("  WARNING: non-2xx responses during the run: figures are not valid")
print("targets: " + ("HOLD" if ok_ratio and ok_p99 and clean else "MISSED"))
PY
)
banner "bench/http: result"
echo "$summary" | tee "$out_dir/summary.txt"
note "raw wrk reports: build/bench/http/anjian.txt, nginx.txt"

# ---- Pinned comparison: CPU per request, one core each ------------------------------------
# anjian with one I/O thread on core 0, then nginx with one worker on core 0, wrk on core 1.
# The µs per request of a server pinned to one busy core is 1e6 / req/s.
pinned_summary=""
if [[ "$pinned_runs" -gt 0 ]]; then
  if (($(nproc) < 2)); then
    echo "bench: the pinned comparison needs 2 cores (nproc = $(nproc)): skipped" >&2
  else
    banner "bench/http: pinned comparison (server on core 0, wrk on core 1)"
    stop_pid "$nginx_pid" 10; nginx_pid=""
    stop_demo_server
    # shellcheck disable=SC2086
    start_demo_server ${BENCH_SERVE_ARGS:-} --threads 1
    taskset -a -cp 0 "$DEMO_PID" >/dev/null   # every thread of the server, blocking pool too
    anjian_url="$DEMO_URL$path"
    login
    # A new demo database has new timestamps: nginx serves this server's bytes from now on.
    code=$(curl -sS -o "$body" -w '%{http_code}' -H "$auth" "$anjian_url")
    [[ "$code" == 200 ]] || { echo "bench: pinned anjian answered HTTP $code" >&2; exit 2; }
    check anjian-pinned "$anjian_url" -H "$auth" || exit 2
    nginx_conf 1 >"$nginx_dir/nginx.conf"
    taskset -c 0 "$nginx_bin" -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" </dev/null &
    nginx_pid=$!
    "$root/scripts/wait-http.sh" "$nginx_url" 20 "$nginx_pid" || { cat "$nginx_dir/error.log" >&2; exit 2; }
    check nginx-pinned "$nginx_url" || exit 2
    note "anjian (pid $DEMO_PID, --threads 1) and nginx (1 worker) pinned to core 0; wrk -t1 -c$pinned_conns -d$pinned_duration on core 1, $pinned_runs rounds"
    # CPU per request, robust to other load on core 0: the server's task-clock (perf stat,
    # user + kernel time of its threads) over the middle of the run / requests served then.
    # "-" when perf is missing or not allowed (perf_event_paranoid).
    stat_secs=$(( ${pinned_duration%s} > 3 ? ${pinned_duration%s} - 2 : 1 ))
    have_perf=0
    if command -v perf >/dev/null 2>&1 && perf stat -e task-clock true >/dev/null 2>&1; then have_perf=1; fi
    pinned_wrk() {  # name pids url [wrk args...]: prints req/s, the non-2xx count, CPU us/request
      local name=$1 pids=$2 url=$3 rps bad wrk_pid cpu_us=- util=- ms; shift 3
      taskset -c 1 wrk -t1 -c"$pinned_conns" -d"$warmup" "$@" "$url" >/dev/null 2>&1 || true
      taskset -c 1 wrk -t1 -c"$pinned_conns" -d"$pinned_duration" --latency "$@" "$url" >"$out_dir/$name.txt" &
      wrk_pid=$!
      if ((have_perf)); then
        sleep 1
        perf stat -x, -e task-clock -p "$pids" -o "$out_dir/$name.perf" -- sleep "$stat_secs" 2>/dev/null || true
      fi
      wait "$wrk_pid"
      read -r rps _ bad _ < <(parse "$out_dir/$name.txt")
      if ((have_perf)) && ms=$(awk -F, '/task-clock/ {print $1}' "$out_dir/$name.perf" 2>/dev/null) && [[ -n "$ms" ]]; then
        cpu_us=$(python3 -c "import sys; ms, s, rps = map(float, sys.argv[1:]); print(f'{ms * 1000 / (rps * s):.1f}')" "$ms" "$stat_secs" "$rps")
        util=$(python3 -c "import sys; ms, s = map(float, sys.argv[1:]); print(f'{ms / 1000 / s:.2f}')" "$ms" "$stat_secs")
      fi
      echo "$rps $bad $cpu_us ${util:--}"
    }
    pinned_rows=()
    for ((round = 1; round <= pinned_runs; round++)); do
      read -r pa pa_bad pa_cpu pa_util < <(pinned_wrk "anjian-pinned-$round" "$DEMO_PID" "$anjian_url" -H "$auth")
      nginx_pids=$(pgrep -d, -P "$nginx_pid" || true)
      read -r pn pn_bad pn_cpu pn_util < <(pinned_wrk "nginx-pinned-$round" "${nginx_pids:-$nginx_pid}" "$nginx_url")
      note "round $round: anjian $pa req/s (CPU $pa_cpu us/request, $pa_util of core 0), nginx $pn req/s (CPU $pn_cpu us/request, $pn_util of core 0), non-2xx $pa_bad / $pn_bad"
      pinned_rows+=("$pa $pn $pa_bad $pn_bad $pa_cpu $pn_cpu $pa_util $pn_util")
    done
    pinned_summary=$(python3 - "$min_ratio" "$pinned_conns" "$pinned_duration" "${pinned_rows[@]}" <<'PY'
import statistics, sys
min_ratio = float(sys.argv[1]); conns, dur = sys.argv[2:4]
rows = [r.split() for r in sys.argv[4:]]
a = [float(r[0]) for r in rows]; n = [float(r[1]) for r in rows]
ratio = [x / y for x, y in zip(a, n) if y]
bad = sum(float(r[2]) + float(r[3]) for r in rows)
cpu_a = [float(r[4]) for r in rows if r[4] != "-"]; cpu_n = [float(r[5]) for r in rows if r[5] != "-"]
util = [float(u) for r in rows for u in r[6:8] if u != "-"]
def line(name, v):
    med = statistics.median(v)
    return (f"  {name:7}: median {med:9.0f} req/s  (spread {min(v):.0f}-{max(v):.0f})"
            f"   {1e6 / med:6.1f} us/request  (spread {1e6 / max(v):.1f}-{1e6 / min(v):.1f})")
print(f"pinned, one core each: server on core 0, wrk -t1 -c{conns} -d{dur} on core 1, {len(rows)} rounds")
print(line("anjian", a))
print(line("nginx", n))
if cpu_a and cpu_n:
    print(f"  CPU per request (perf stat task-clock / requests, independent of other load on core 0):")
    print(f"    anjian {statistics.median(cpu_a):.1f} us (spread {min(cpu_a):.1f}-{max(cpu_a):.1f}),"
          f" nginx {statistics.median(cpu_n):.1f} us (spread {min(cpu_n):.1f}-{max(cpu_n):.1f})")
med = statistics.median(ratio)
ok = med >= min_ratio
print(f"  ratio anjian/nginx: median {med:.3f}  (spread {min(ratio):.3f}-{max(ratio):.3f}, "
      f"target >= {min_ratio:.2f}): {'OK' if ok else 'MISSED'}")
if cpu_a and cpu_n:
    cpu_ratio = statistics.median(cpu_n) / statistics.median(cpu_a)
    ok = ok and cpu_ratio >= min_ratio  # both ways of measuring must agree
    print(f"  ratio of CPU per request nginx/anjian: {cpu_ratio:.3f}  (target >= {min_ratio:.2f}): "
          f"{'OK' if cpu_ratio >= min_ratio else 'MISSED'}")
if util and min(util) < 0.85:
    print(f"  WARNING: a pinned server used only {min(util):.2f} of core 0 in some round: other work ran"
          " there, req/s figures are skewed (CPU per request is not); rerun on an idle machine")
if bad:
    print("  WARNING: non-2xx responses during the pinned runs: figures are not valid")
print("pinned target: " + ("HOLDS" if ok and not bad else "MISSED"))
PY
)
    banner "bench/http: pinned result"
    echo "$pinned_summary" | tee "$out_dir/pinned-summary.txt"
    note "raw wrk reports: build/bench/http/{anjian,nginx}-pinned-N.txt"
  fi
fi

if [[ -n "$pinned_summary" && "$pinned_summary" != *"pinned target: HOLDS"* ]]; then
  summary=${summary/targets: HOLD/targets: MISSED (pinned ratio)}
fi
if [[ "$summary" != *"targets: HOLD"* && "${BENCH_STRICT:-1}" != 0 ]]; then
  exit 1
fi
