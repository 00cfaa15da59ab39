#!/usr/bin/env bash
# Retakes docs/screenshots/ (each main view of the release page) without running every test.
# Builds the page first when dist/ is missing; scripts/test.sh retakes them as part of its run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --tests
[[ -f dist/index.html && -f dist/stanag-check.html ]] || scripts/build.sh
npx playwright test e2e/screenshots.spec.js
ls -1 docs/screenshots/
