#!/usr/bin/env bash
# Runs every benchmark and prints one table (and writes it to BENCHMARKS.md): the page's size and
# cold load beside a bare Leptos counter built by the same toolchain and profile in this run,
# checking and pairing throughput natively (criterion) and in the browser's wasm, the longest
# main-thread task while the page checks a pasted 100-item spec, and result-link lengths.
# Every figure that depends on the machine is reported beside a baseline measured in this run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
out=target/bench && mkdir -p "$out"

echo "== building the page and the counter (release, same profile and tools)"
scripts/build.sh > "$out/build.log" 2>&1
(cd benches/counter && trunk build --release > "../../$out/counter-build.log" 2>&1)

echo "== native throughput (criterion)"
cargo bench --bench check -- --warm-up-time 1 --measurement-time 5 'check/items/1000|pairs/items/1000|parse/yaml/110' \
  > "$out/native.txt" 2>&1

echo "== wasm throughput (headless Chromium)"
cargo test --release --target wasm32-unknown-unknown --test wasm_throughput -- --nocapture > "$out/wasm.txt" 2>&1

echo "== page size and load (headless Chromium)"
node benches/page.mjs > "$out/page.json"

echo "== link lengths"
cargo bench --bench links > "$out/links.txt" 2>&1

python3 - "$out" <<'PY'
import json, re, sys, datetime, platform, os, subprocess, glob, gzip
out = sys.argv[1]
page = json.load(open(f"{out}/page.json"))
native = open(f"{out}/native.txt").read()
wasm = open(f"{out}/wasm.txt").read()
links = open(f"{out}/links.txt").read()

def criterion(name):
    block = native.split(name, 1)[1]
    time = re.search(r"time:\s+\[\S+ \S+ (\S+) (\S+)", block)
    value, unit = float(time.group(1)), time.group(2)
    return value * {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1, "s": 1e3}[unit]

check_ms = criterion("check/items/1000")
parse_ms = criterion("parse/yaml/110")
pairs_ms = criterion("pairs/items/1000")
native_rate = 1000 / (check_ms / 1000)
wasm_rate = float(re.search(r"wasm_items_per_second (\d+)", wasm).group(1))
wasm_pairs = float(re.search(r"wasm_pairs_1000_ms (\d+)", wasm).group(1))
wasm_parse = float(re.search(r"wasm_parse_110_ms ([\d.]+)", wasm).group(1))
wasm_load = float(re.search(r"wasm_catalogue_load_ms ([\d.]+)", wasm).group(1))
s, c = page["size"]["page"], page["size"]["counter"]
# The data the page carries whatever its code: the compiled catalogue and the examples, as
# build.rs embeds them (the newest release wasm build's lists of included files).
def embedded(list_name):
    lists = sorted(glob.glob(f"target/wasm32-unknown-unknown/release/build/stanag-check-*/out/{list_name}"), key=os.path.getmtime)
    return b"".join(open(path, "rb").read() for path in re.findall(r'include_str!\("([^"]+)"\)', open(lists[-1]).read()))
data = gzip.compress(embedded("catalogue_files.rs") + embedded("example_files.rs"), 9)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
rows = [
    ("size, gzip (all files a browser fetches)", f"{s['gzip']:,} B", f"{c['gzip']:,} B", s["gzip"] / c["gzip"], "≤ 2.5×"),
    ("of it, data alone: the built-in catalogue and the examples, gzip (what any page with this catalogue carries)", f"{len(data):,} B", f"{c['gzip']:,} B", len(data) / c["gzip"], ""),
    ("size, brotli", f"{s['brotli']:,} B", f"{c['brotli']:,} B", s["brotli"] / c["brotli"], ""),
    ("size, raw", f"{s['raw']:,} B", f"{c['raw']:,} B", s["raw"] / c["raw"], ""),
    (f"cold load to interactive, median of {2 * page['runs']}", f"{page['load_ms']['page']:.0f} ms", f"{page['load_ms']['counter']:.0f} ms", page["load_ms"]["page"] / page["load_ms"]["counter"], "≤ 1.3×"),
    (f"of it, cold load with two of the user's own catalogue files kept (`tests/local/`), median of {2 * page['runs']}", f"{page['load_ms']['page_with_kept_catalogue']:.0f} ms", f"{page['load_ms']['counter']:.0f} ms", page["load_ms"]["page_with_kept_catalogue"] / page["load_ms"]["counter"], ""),
    (f"of it, its parts (each the median of its own length): the wasm fetched {page['load_parts_ms']['fetched']:.0f} ms; compiled and started {page['load_parts_ms']['started']:.0f} ms; the built-in catalogue read {page['load_parts_ms']['catalogue']:.0f} ms; the first view built {page['load_parts_ms']['built']:.0f} ms, and drawn {page['load_parts_ms']['drawn']:.0f} ms", "", "", None, ""),
    (f"opened again (cached files and compiled code; the page's own service worker), median of {2 * page['runs']}", f"{page['load_ms']['page_again']:.0f} ms", f"{page['load_ms']['counter_again']:.0f} ms", page["load_ms"]["page_again"] / page["load_ms"]["counter_again"], ""),
    ("items checked per second (1,000 items, full catalogue)", f"{wasm_rate:,.0f} (wasm)", f"{native_rate:,.0f} (native)", native_rate / wasm_rate, "wasm ≥ 100,000/s, within 2× of native"),
    ("pairs of 1,000 items", f"{wasm_pairs:.0f} ms (wasm)", f"{pairs_ms:.0f} ms (native)", wasm_pairs / pairs_ms, "< 1 s in the browser"),
    ("parsing a pasted 110-item YAML spec", f"{wasm_parse:.1f} ms (wasm)", f"{parse_ms:.1f} ms (native)", wasm_parse / parse_ms, ""),
    ("loading the built-in catalogue (at page start)", f"{wasm_load:.1f} ms (wasm)", "", None, ""),
    (f"paste {page['paste']['items']} items → verdicts: longest main-thread task, median of 5 (baseline: the same paste with the page's handler blocked, i.e. the browser's own layout of the text)", (f"{page['paste']['longest_task_ms']:.0f} ms" if page['paste']['longest_task_ms'] else "no task over 50 ms"), (f"{page['paste']['browser_only_longest_task_ms']:.0f} ms" if page['paste']['browser_only_longest_task_ms'] else "no task over 50 ms"), None, "no task over 50 ms"),
    (f"of it, the step of the check each paste's longest task over 50 ms fell in (the page marks each step)", (", ".join(step or "none over 50 ms" for step in page['paste']['longest_steps']) if any(page['paste']['longest_steps']) else f"none of the {len(page['paste']['longest_steps'])} pastes had a task over 50 ms"), "", None, ""),
    (f"paste {page['paste']['items']} items → every verdict drawn, median of 5", f"{page['paste']['paste_to_verdicts_ms']:.0f} ms", "", None, ""),
]
lines = [
    f"Measured {datetime.date.today()} on {os.cpu_count()} × {cpu}, {platform.system()} {platform.release()}; "
    "each figure beside a baseline measured in the same run.",
    "",
    "| measure | stanag-check | baseline | ratio | goal |",
    "|---|---:|---:|---:|---|",
]
for name, a, b, ratio, goal in rows:
    lines.append(f"| {name} | {a} | {b} | {'' if ratio is None else f'{ratio:.2f}×'} | {goal} |")
lines += ["", "Largest files (gzip):", ""]
for name, f in sorted(s["files"].items(), key=lambda kv: -kv[1]["gzip"])[:4]:
    lines.append(f"- `{name}`: {f['raw']:,} B raw, {f['gzip']:,} B gzip, {f['brotli']:,} B brotli")
# benches/links.rs prints a plain table of link lengths in characters: turn it into markdown
block = re.search(r"^ *items +spec bytes.*?(?=\n\s*\n|\Z)", links, re.S | re.M)
if block:
    head, *body = [l.split() for l in block.group(0).strip().splitlines()]
    lines += ["", "Result-link lengths in characters (`cargo bench --bench links`):", "",
              "| items | spec bytes | link | lz-string | deflate + base64url | lz-string ÷ link |",
              "|---:|---:|---:|---:|---:|---:|"]
    lines += ["| " + " | ".join(row) + " |" for row in body]
text = "\n".join(lines) + "\n"
print(text)
# (how checking's cost is counted without a clock: kept with the table, which this file rewrites)
counts = """
Instruction counts of checking (deterministic, unlike the clocks above): `cargo bench --no-run --bench count`
builds `benches/count.rs`, which checks `check/items/1000`'s 1,000 items as many times as its argument says;
run that binary from the repository's root under `valgrind --tool=callgrind` with 1 and with 3: half the
difference is one check (`callgrind_annotate --inclusive=yes` names the functions). Compare commits counted in one session.
The core's share of the page's start-up and of a pasted 110-item spec: `cargo build --release --example load-profile`
(`benches/load_profile.rs`), then `valgrind --tool=callgrind target/release/examples/load-profile start` (or `paste`).
"""
# the counts made session by session (by hand, with callgrind) stay as they were
HISTORY = "\n## Instruction counts, session by session\n"
old = open("BENCHMARKS.md").read() if os.path.exists("BENCHMARKS.md") else ""
history = old[old.index(HISTORY):] if HISTORY in old else ""
open("BENCHMARKS.md", "w").write("# Benchmarks\n\nMade by `scripts/bench.sh`.\n\n" + text + counts + history)
PY
