#!/usr/bin/env bash
# Installs what is missing, builds the release page (dist/ and dist/stanag-check.html) and serves
# dist/ on 127.0.0.1. Usage: scripts/serve.sh [PORT]   (default 8080; Ctrl-C stops it)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8080}"

scripts/setup.sh
scripts/build.sh

echo
echo "stanag-check is served at http://127.0.0.1:${port}/"
echo "(the same page as one file, for machines without a server: $PWD/dist/stanag-check.html)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
