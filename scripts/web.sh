#!/usr/bin/env bash
# Web UI helper.
#   scripts/web.sh install   npm ci, only when web/node_modules is missing or package-lock.json
#                            (or the node version) changed since the last successful install
#   scripts/web.sh test      npm test (vitest)
#   scripts/web.sh build     install, then npm run build -> web/dist
#   scripts/web.sh dist      like build, but skipped when web/dist is newer than every source
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
  local log lock_sum rc=0
  log=$(mktemp)
  lock_sum=$(sha256sum package-lock.json)
  npm ci --no-audit --no-fund --prefer-offline >"$log" 2>&1 || rc=$?
  if ((rc != 0)); then
    # npm >= 11 insists that the lock lists every optional platform binary (rollup's
    # @rollup/rollup-<os>-<cpu>), even those the registry here does not serve, so a lock made
    # here is "out of sync" for npm 11's `npm ci` while npm 9 accepts it. Those show up as
    # "Missing: NAME@ from lock file" with no version. Only in that case install the locked
    # versions with `npm install --no-save`; any other mismatch is a real error.
    if grep -q 'can only install packages when your package.json and package-lock.json' "$log" \
        && ! grep -E '^npm (error|ERR!) (Invalid|Missing: .*@[^ ]+ from lock file)' "$log" | grep -qvE 'Missing: [^ ]+@ from lock file'; then
      echo "web: npm $(npm --version 2>/dev/null) rejects the lock only for optional platform packages" \
           "($(grep -c 'Missing: .*@ from lock file' "$log") missing, e.g. $(grep -m1 -o 'Missing: [^ ]*' "$log" | cut -d' ' -f2));" \
           "installing the locked versions with npm install --no-save"
      rm -rf node_modules
      rc=0
      npm install --no-save --no-audit --no-fund --prefer-offline >"$log" 2>&1 || rc=$?
      if [[ "$(sha256sum package-lock.json)" != "$lock_sum" ]]; then
        echo "web: npm install changed package-lock.json; the lock does not match package.json" >&2
        rc=1
      fi
    fi
  fi
  tail -n 30 "$log"
  rm -f "$log"
  ((rc == 0)) || exit "$rc"
  want_stamp > "$stamp"
}

case "${1:-}" in
  install) install ;;
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
  *) echo "usage: $0 install|test|build|dist" >&2; exit 2 ;;
esac
