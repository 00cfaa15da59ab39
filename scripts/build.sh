#!/usr/bin/env bash
# Builds the release page: dist/ for a static host (trunk, offline) and dist/stanag-check.html,
# one self-contained file that works from disk. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

trunk build --release
scripts/build-single-file.sh
