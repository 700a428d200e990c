#!/usr/bin/env bash
# Web UI helper.
#   scripts/web.sh install   npm ci, only when web/node_modules is missing or package-lock.json
#                            (or the node version) changed since the last successful install
#   scripts/web.sh test      npm test (vitest)
#   scripts/web.sh build     install, then npm run build -> web/dist
#   scripts/web.sh dist      like build, but skipped when web/dist is newer than every source
#   scripts/web.sh lock-check  `npm ci` of package-lock.json with Debian 12's npm 9 and with npm 11
#                            (the one of them that is not this machine's npm runs through npx in a
#                            temporary folder), so the lock serves both kinds of fresh machine
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
web="$root/web"
stamp="$web/node_modules/.anjian-install-stamp"
cd "$web"

export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

want_stamp() {
  printf '%s node=%s\n' "$(sha256sum package-lock.json | cut -d' ' -f1)" "$(node --version)"
}

install() {
  [[ -f package-lock.json ]] || { echo "web: web/package-lock.json missing" >&2; exit 1; }
  if [[ -d node_modules && -f "$stamp" && "$(cat "$stamp")" == "$(want_stamp)" ]]; then
    echo "web: node_modules up to date with package-lock.json (npm ci skipped)"
    return 0
  fi
  # The lock must resolve through the npm registry only (the one registry reachable here).
  local hosts
  hosts=$(grep -oE '"resolved": *"[a-z+]+://[^/"]+' package-lock.json \
            | sed -E 's/.*:\/\///' | sort -u | grep -vx 'registry.npmjs.org' || true)
  if [[ -n "$hosts" ]]; then
    echo "web: package-lock.json resolves packages from other hosts: $hosts" >&2
    echo "     only registry.npmjs.org is reachable; regenerate the lock against it." >&2
    exit 1
  fi
  echo "web: npm ci (node $(node --version), npm $(npm --version 2>/dev/null))"
  local log rc=0
  log=$(mktemp)
  npm ci --no-audit --no-fund --prefer-offline >"$log" 2>&1 || rc=$?
  tail -n 30 "$log"
  rm -f "$log"
  ((rc == 0)) || exit "$rc"
  want_stamp > "$stamp"
}

# The lock must list every optional platform package with its version (npm 11 refuses it
# otherwise): regenerate it with npm >= 10 (`npm install --package-lock-only`), never by hand.
lock_check() {
  local mine v dir rc=0
  mine=$(npm --version | cut -d. -f1)
  for v in 9 11; do
    if [[ "$mine" == "$v" ]]; then
      echo "web: npm $v is this machine's npm: its npm ci (web.sh install) checks the lock"
      continue
    fi
    if [[ "$v" == 11 && "$(node --version | sed -E 's/^v([0-9]+).*/\1/')" -lt 20 ]]; then
      echo "web: npm 11 needs node >= 20 (this is node $(node --version)): checked on machines that have it"
      continue
    fi
    dir=$(mktemp -d)
    cp package.json package-lock.json "$dir/"
    echo "web: npm ci with npm@$v (npx) in $dir"
    if ! (cd "$dir" && npx -y "npm@$v" ci --ignore-scripts --no-audit --no-fund --prefer-offline >"$dir/log" 2>&1); then
      tail -n 20 "$dir/log" >&2
      echo "web: npm@$v ci rejects package-lock.json; regenerate it with npm install --package-lock-only" >&2
      rc=1
    fi
    rm -rf "$dir"
  done
  return $rc
}

case "${1:-}" in
  install) install ;;
  lock-check) lock_check ;;
  test) install; npm test ;;
  build) install; npm run build ;;
  dist)
    install
    if [[ -f dist/index.html ]] && [[ -z "$(find src public index.html package.json package-lock.json \
          vite.config.* tsconfig*.json -newer dist/index.html -print -quit 2>/dev/null)" ]]; then
      echo "web: web/dist is up to date (npm run build skipped)"
    else
      npm run build
    fi ;;
  *) echo "usage: $0 install|test|build|dist|lock-check" >&2; exit 2 ;;
esac
