#!/usr/bin/env bash
# Installs what the integration rigs need and a fresh machine lacks: Debian Chromium (both rigs) and code-server with
# its Node 24 (the Node extension host rig, in a cache folder outside the project). Quick when all is there already.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "test setup: '$*' needs root; run it as root first" >&2; exit 1
  fi
}

if [[ -z "${CHROMIUM:-}${CHROME_PATH:-}" && ! -x /usr/bin/chromium && ! -x /usr/bin/chromium-browser ]]; then
  echo "test setup: installing Debian chromium"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

bash scripts/install-code-server.sh
