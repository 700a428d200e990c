#!/usr/bin/env bash
# Request recorder/replayer: proves a refactor changed nothing users see (scripts/replay/README.md).
#   scripts/replay/replay.sh record   BINARY OUT_DIR        a recording of BINARY (e.g. the old build)
#   scripts/replay/replay.sh compare  BINARY RECORDING      replays against BINARY (the new build), diffs
#   scripts/replay/replay.sh diff     RECORDING_A RECORDING_B
#   scripts/replay/replay.sh selftest BINARY                the same binary twice: zero differences
# Options: see `scripts/replay/replay.sh record --help`. Exit 0 identical, 1 differences, 2 errors.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v python3 >/dev/null || { echo "replay: python3 is needed (Debian: apt-get install python3)" >&2; exit 2; }
exec python3 -B "$here/replay.py" "$@"
