#!/usr/bin/env bash
# Polls URL until it answers HTTP 200, or fails after TIMEOUT seconds (default 60).
#   scripts/wait-http.sh URL [TIMEOUT] [PID]
# With PID, fails at once when that process has exited (a server that died on start).
set -euo pipefail
url=${1:?usage: wait-http.sh URL [TIMEOUT_SECONDS] [PID]}
timeout=${2:-60}
pid=${3:-}
deadline=$((SECONDS + timeout))
while ((SECONDS < deadline)); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null || true)
  [[ "$code" == 200 ]] && exit 0
  if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
    echo "wait-http: process $pid exited before $url answered 200" >&2
    exit 1
  fi
  sleep 0.2
done
echo "wait-http: $url did not answer 200 within ${timeout}s (last status: ${code:-none})" >&2
exit 1
