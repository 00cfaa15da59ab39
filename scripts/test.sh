#!/usr/bin/env bash
# Installs what the tests need, then runs every test: native `cargo test`, the in-browser tests
# (wasm-bindgen-test in headless Chromium), the release build, the Playwright end-to-end tests
# against it (which also save docs/screenshots/), and a smoke run of every fuzz target.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --tests
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# wasm-bindgen-test-runner drives Chromium through chromedriver, found on PATH.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests: cargo test"
cargo test

step "in-browser tests: cargo test --target wasm32-unknown-unknown --test web --test web_links"
# Only tests/web.rs: the core's unit tests are native tests and run above.
cargo test --target wasm32-unknown-unknown --test web --test web_links

step "release build: dist/ and dist/stanag-check.html"
scripts/build.sh

step "end-to-end tests: Playwright on the release build"
# The JSON comparison runs the native CLI; build it first so the test does not wait on cargo.
cargo build --quiet --bin stanag-check
npx playwright test

step "fuzz smoke run: every target (scripts/fuzz.sh; FUZZ_RUNS for a longer run)"
scripts/fuzz.sh

step "all tests passed"
