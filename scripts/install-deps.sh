#!/usr/bin/env bash
# Installs the Debian 12 packages anjian needs to build, test, run and fuzz.
#
#   scripts/install-deps.sh            build/test/run/fuzz dependencies
#   scripts/install-deps.sh --bench    also wrk, linux-perf and taskset (bench/http)
#   scripts/install-deps.sh --verify   also check that the toolchain works (libFuzzer link, node)
#   scripts/install-deps.sh --list     print the package list and exit
#
# Idempotent: asks dpkg which packages are missing and installs only those (apt-get update runs
# only then). When nothing is missing it finishes in a few milliseconds.
# Root runs apt-get directly; otherwise sudo is used when available, else the exact command is
# printed and the script fails.
# Package installation does not start system services (postgresql, mosquitto, nginx): the
# project starts its own throwaway instances (scripts/pg-test-cluster.sh, bench/http/run.sh).
set -euo pipefail

bench=0
verify=0
list=0
for arg in "$@"; do
  case "$arg" in
    --bench) bench=1 ;;
    --verify) verify=1 ;;
    --list) list=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

packages=(
  # toolchain
  build-essential g++ cmake ninja-build ccache pkg-config make git ca-certificates
  # libraries
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev
  zlib1g-dev libmosquitto-dev libssl-dev openssl
  # tests
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-client-15 mosquitto
  # cluster stage (scripts/cluster.sh: nginx in front of three nodes)
  nginx-light
  # fuzzing (libFuzzer runtime lives in libclang-rt-14-dev on Debian 12)
  clang libclang-rt-14-dev
  # web UI and end-to-end tests
  chromium
  fonts-wqy-microhei
  # scripts
  curl python3
)
bench_packages=(wrk linux-perf util-linux)  # util-linux: taskset (bench/http pinned run)
((bench)) && packages+=("${bench_packages[@]}")

# Node.js: any node >= 18 with npm on PATH will do (Debian's nodejs 18 + npm 9, or an already
# installed distribution that bundles npm and conflicts with Debian's npm package).
if ! command -v node >/dev/null 2>&1; then
  packages+=(nodejs)
fi
if ! command -v npm >/dev/null 2>&1; then
  packages+=(npm)
fi

if ((list)); then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: this script needs a Debian 12 (bookworm) system with dpkg and apt-get." >&2
  exit 1
fi

# One dpkg-query call for all; a package dpkg has never heard of makes it exit 1, which is fine.
declare -A status=()
while read -r name state; do
  status["$name"]="$state"
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for p in "${packages[@]}"; do
  [[ "${status[$p]:-}" == ii* ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: missing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      if [[ -t 0 ]]; then sudo_cmd=(sudo); else sudo_cmd=(sudo -n); fi
    else
      echo "install-deps: not root and sudo is not available. Run as root:" >&2
      echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi

  # Keep maintainer scripts from starting services (postgresql main cluster, mosquitto, nginx
  # on port 80): policy-rc.d exit 101 = "action forbidden". Only if the admin has none.
  policy=/usr/sbin/policy-rc.d
  added_policy=0
  cleanup_policy() { if ((added_policy)); then "${sudo_cmd[@]}" rm -f "$policy"; fi; }
  trap cleanup_policy EXIT
  if [[ ! -e "$policy" ]]; then
    if printf '#!/bin/sh\n# added by anjian scripts/install-deps.sh during apt-get install\nexit 101\n' \
        | "${sudo_cmd[@]}" tee "$policy" >/dev/null && "${sudo_cmd[@]}" chmod 755 "$policy"; then
      added_policy=1
    fi
  fi

  export DEBIAN_FRONTEND=noninteractive
  apt_opts=(-y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  if ! "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q; then
    echo "install-deps: apt-get update failed${sudo_cmd:+ (sudo may need a password: run it in a terminal)}." >&2
    echo "  Run: ${sudo_cmd[*]} apt-get update && ${sudo_cmd[*]} env DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  if ! "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "${missing[@]}"; then
    echo "install-deps: apt-get install failed. Command was:" >&2
    echo "  ${sudo_cmd[*]} env DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "install-deps: installed ${#missing[@]} package(s)."
  verify=1
else
  echo "install-deps: all ${#packages[@]} Debian packages present."
fi

if ((verify)); then
  fail=0
  # node >= 18
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if ((node_major < 18)); then
    echo "install-deps: node >= 18 is required (found: $(node --version 2>/dev/null || echo none))." >&2
    fail=1
  fi
  # libFuzzer links with clang++
  tmp=$(mktemp -d)
  printf '#include <cstddef>\n#include <cstdint>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n' \
    > "$tmp/f.cc"
  if ! clang++ -fsanitize=fuzzer,address "$tmp/f.cc" -o "$tmp/f" >"$tmp/log" 2>&1; then
    echo "install-deps: clang++ -fsanitize=fuzzer does not link:" >&2
    cat "$tmp/log" >&2
    fail=1
  fi
  rm -rf "$tmp"
  [[ -x /usr/bin/chromium ]] || { echo "install-deps: /usr/bin/chromium missing." >&2; fail=1; }
  [[ -x /usr/lib/postgresql/15/bin/initdb ]] || { echo "install-deps: PostgreSQL 15 initdb missing." >&2; fail=1; }
  ((fail)) && exit 1
  echo "install-deps: toolchain verified (node $(node --version), npm $(npm --version 2>/dev/null), clang libFuzzer, chromium, postgresql 15)."
fi
