#!/usr/bin/env bash
# Installs what building (and, with --tests, testing) the page needs, from the package registries
# only (crates.io, npm, Debian); skips whatever is already there. Safe to run again.
#   scripts/setup.sh           build tools: wasm target, wasm-bindgen, trunk, wasm-opt (npm)
#   scripts/setup.sh --tests   also Chromium, chromedriver, Playwright and axe-core
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # = Cargo.lock; wasm-bindgen-test-runner comes with it
TRUNK_VERSION=0.21.14          # trunk 0.22 needs a newer rustc
tests=false
[[ "${1:-}" == "--tests" ]] && tests=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "need root (or sudo) to run: $*" >&2; exit 1
  fi
}

apt_updated=false
apt_install() {
  if ! $apt_updated; then as_root apt-get update -qq; apt_updated=true; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup first (https://rustup.rs, or Debian's rustup package)" >&2
  exit 1
fi

# Debian tools: python3 serves dist/, node/npm run wasm-opt and the browser tests.
missing=()
command -v python3 >/dev/null || missing+=(python3)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v cc >/dev/null || missing+=(build-essential)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if $tests; then
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  [[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
fi
if ((${#missing[@]})); then say "apt: ${missing[*]}"; apt_install "${missing[@]}"; fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # No --locked: its lock file pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "cargo install trunk $TRUNK_VERSION (about 10 minutes, 2 GB of memory)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# npm: wasm-opt (binaryen 132; Debian's binaryen 108 breaks the page), Playwright, axe-core.
if [[ ! -x node_modules/.bin/wasm-opt || ! -d node_modules/@playwright/test || ! -d node_modules/@axe-core/playwright \
      || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

# trunk builds with --offline: fetch every crate now, while the registry is reachable.
say "cargo fetch"
cargo fetch --quiet

say "ready"
