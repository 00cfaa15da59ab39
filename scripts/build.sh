#!/usr/bin/env bash
# Builds the release page: dist/ for a static host (trunk, offline) and dist/stanag-check.html,
# one self-contained file that works from disk. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

trunk build --release
# The offline copy (web/sw.js) is named by a hash of the files it keeps: a new build is a new
# copy, installed in place of the old one.
build=$(cd dist && cat index.html boot.js stanag-check.js stanag-check_bg.wasm main.css | sha256sum | cut -c1-16)
sed -i "s/__BUILD__/$build/" dist/sw.js
scripts/build-single-file.sh
