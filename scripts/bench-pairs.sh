#!/usr/bin/env bash
# The pairs benchmark (issue 5): pairing 1,000 items (the multinational example repeated, about
# 500,000 candidate pairs) natively with criterion and in the release page's WebAssembly in
# headless Chromium, and the ratio browser / native. A benchmark, not a test: figures are for
# comparing runs on one machine. Usage: scripts/bench-pairs.sh [N]   (N = 100 or 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

scripts/setup.sh --tests >/dev/null
[[ -f dist/index.html ]] || scripts/build.sh

echo "== native: cargo bench --bench check -- pairs/items/$n"
native_log="$(mktemp)"
trap 'rm -f "$native_log"' EXIT
cargo bench --quiet --bench check -- "pairs/items/$n\$" >"$native_log" 2>&1
grep -E "^pairs/items|time:|thrpt:" "$native_log"
# criterion prints `time:   [low median high]`, each with a unit (ns, µs, ms or s).
native_ms="$(python3 -c '
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"time:\s*\[\S+ \S+ (\S+) (ns|µs|us|ms|s) ", text)
if not m:
    sys.exit("no criterion time in the output:\n" + text)
scale = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}[m.group(2)]
print(f"{float(m.group(1)) * scale:.3f}")
' "$native_log")"

echo "== browser: the release page's wasm (dist/), headless Chromium"
browser_out="$(node scripts/bench-pairs.js "$n" 7)"
printf '%s\n' "$browser_out"
browser_ms="$(printf '%s\n' "$browser_out" | sed -n 's/^BROWSER_MEDIAN_MS=//p')"

python3 - "$n" "$native_ms" "$browser_ms" <<'PY'
import sys
n, native, browser = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
print(f"\npairs of {n} items: native {native:.1f} ms (criterion median), browser {browser:.1f} ms (median of 7)")
print(f"ratio browser / native: {browser / native:.2f}")
PY
