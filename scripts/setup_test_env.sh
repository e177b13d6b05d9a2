#!/usr/bin/env bash
# Install what the browser test of the report needs, only when it is missing:
#   Debian's chromium + chromium-driver (apt) and the python `selenium` package (into the venv).
# Idempotent and quiet (prints only what it installs; VERBOSE=1 for versions); safe to run on every CI job.
# Also installs fonts-noto-core with chromium so Arabic renders in the test's screenshots.
# Usage: scripts/setup_test_env.sh [PYTHON]
set -euo pipefail
PY="${1:-${PYTHON:-}}"
if [ -z "$PY" ]; then
  here="$(cd "$(dirname "$0")/.." && pwd)"
  if [ -x "$here/.venv/bin/python" ]; then PY="$here/.venv/bin/python"; else PY="python3"; fi
fi

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup_test_env: apt-get not available; cannot install ${need_apt[*]}" >&2
    exit 2
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fonts-noto-core >/dev/null
  echo "setup_test_env: installed ${need_apt[*]}"
fi

if ! "$PY" -c "import selenium" >/dev/null 2>&1; then
  "$PY" -m pip install -q "selenium>=4.15"
  echo "setup_test_env: installed selenium into $("$PY" -c 'import sys; print(sys.prefix)')"
fi
if [ "${VERBOSE:-0}" = 1 ]; then
  echo "setup_test_env: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), selenium $("$PY" -c 'import selenium; print(selenium.__version__)')"
fi
