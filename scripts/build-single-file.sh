#!/usr/bin/env bash
# Makes dist/stanag-check.html: the wasm (base64), the wasm-bindgen glue (no-modules) and the CSS
# inlined in one HTML file, for machines with no web server (opened straight from disk, file://).
# Uses the release wasm that `trunk build --release` (scripts/build.sh) leaves in target/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

wasm=target/wasm32-unknown-unknown/release/stanag-check.wasm
out=target/single-file
[[ -f "$wasm" ]] || cargo build --release --target wasm32-unknown-unknown --bin stanag-check
rm -rf "$out"
mkdir -p "$out" dist
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" --out-name stanag-check "$wasm"
# The same optimisation trunk runs for data-wasm-opt="z".
wasm-opt -Oz -o "$out/stanag-check_bg.opt.wasm" "$out/stanag-check_bg.wasm"
python3 scripts/inline_page.py \
  --js "$out/stanag-check.js" \
  --wasm "$out/stanag-check_bg.opt.wasm" \
  --css style/main.css \
  --out dist/stanag-check.html
echo "dist/stanag-check.html: $(wc -c < dist/stanag-check.html) bytes"
