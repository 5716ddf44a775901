#!/usr/bin/env bash
# Installs what the real-editor tests need, skipping whatever is already there:
#   apt: chromium (driven by playwright-core), ripgrep (stands in for @vscode/ripgrep's GitHub download),
#        libkrb5-dev + pkg-config + a C++ toolchain (code-server's native modules), a CJK font (readable
#        screenshots), neovim + emacs-nox + elpa-eglot (test/editors/), libreoffice-writer-nogui + poppler-utils
#        (the Word export rendered to PDF and read back: test/e2e/render/)
#   npm: code-server 4.100.3 and playwright-core, pinned in test/e2e/package-lock.json, into test/e2e/node_modules
# Only the npm registry and Debian's packages are reachable on CI and here; nothing else is downloaded.
# Usage: test/e2e/install.sh [all|apt|npm]     (default all)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${REPORT_LINT_E2E_CACHE:-$ROOT/.e2e}     # git-ignored scratch space
WHAT=${1:-all}

# Version of @vscode/ripgrep that code-server 4.100.3 pins (lib/vscode/npm-shrinkwrap.json) and the asset it fetches.
RG_PKG_VERSION=1.15.11
case "$(uname -m)" in
  x86_64) RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz ;;
  aarch64) RG_ASSET=ripgrep-v13.0.0-10-aarch64-unknown-linux-musl.tar.gz ;;
  *) RG_ASSET= ;;
esac

APT_PKGS=(chromium ripgrep libkrb5-dev pkg-config python3 make g++ fonts-wqy-microhei neovim emacs-nox elpa-eglot libreoffice-writer-nogui poppler-utils)

t() { local s=$SECONDS rc=0; "$@" || rc=$?; echo "[install] $((SECONDS - s))s: $*" >&2; return $rc; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

install_apt() {
  local missing=() p
  for p in "${APT_PKGS[@]}"; do installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && { echo "[install] apt packages present" >&2; return 0; }
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "[install] need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  echo "[install] apt-get install ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  t "${sudo[@]}" apt-get update -qq
  t "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_npm() {
  local stamp="$HERE/node_modules/.report-lint-lock.sha256" want
  want=$(sha256sum "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1)
  if [ -x "$HERE/node_modules/.bin/code-server" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "[install] test/e2e/node_modules up to date" >&2
    return 0
  fi
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache under os.tmpdir() already holds the
  # asset: put Debian's rg there (same major version line; VS Code only runs `rg` with ordinary flags).
  mkdir -p "$CACHE/tmp"
  export TMPDIR="$CACHE/tmp"
  if [ -n "$RG_ASSET" ]; then
    command -v rg >/dev/null || { echo "[install] ripgrep missing: run '$0 apt' first" >&2; return 1; }
    mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
    tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
  fi
  # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which otherwise waits for a TTY.
  (cd "$HERE" && t env npm_config_unsafe_perm=true npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
  # (its own config dir: code-server writes a default config.yaml on first run)
  XDG_CONFIG_HOME="$CACHE/config" XDG_DATA_HOME="$CACHE/data" "$HERE/node_modules/.bin/code-server" --version >&2
  echo "$want" > "$stamp"
}

case "$WHAT" in
  all) install_apt; install_npm ;;
  apt) install_apt ;;
  npm) install_npm ;;
  *) echo "usage: $0 [all|apt|npm]" >&2; exit 2 ;;
esac
