#!/usr/bin/env bash
# Fuzzes every target with cargo-fuzz (libFuzzer, nightly toolchain).
#   scripts/fuzz.sh              a smoke run of every target (part of the test command): at most
#                                3,000 runs or 60 seconds each, whichever comes first
#   FUZZ_RUNS=10000000 FUZZ_SECONDS=0 scripts/fuzz.sh    the long run (0: no time bound);
#                                FUZZ_TARGETS="link units" to pick targets
#   FUZZ_MERGE=1 scripts/fuzz.sh   no fuzzing: merges what long runs found (fuzz/target/corpus-*)
#                                into the committed corpus (fuzz/corpus/), keeping only the inputs
#                                that together reach every feature any of them reaches, in
#                                as few as a set cover finds (libFuzzer -set_cover_merge=1)
# Installs cargo-fuzz when it is missing. Crashes are written to fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${FUZZ_RUNS:-3000}"
seconds="${FUZZ_SECONDS:-60}"
targets="${FUZZ_TARGETS:-spec_json spec_toml spec_yaml catalogue units link}"

if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

if [[ "${FUZZ_MERGE:-0}" == 1 ]]; then
  for target in $targets; do
    merged="fuzz/target/merged-$target"
    rm -rf "$merged" && mkdir -p "$merged" "fuzz/target/corpus-$target"
    cargo +nightly fuzz run --sanitizer none --fuzz-dir fuzz "$target" "$merged" \
      "fuzz/corpus/$target" "fuzz/target/corpus-$target" -- \
      -set_cover_merge=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 2>&1 | grep "MERGE-OUTER: .* new files" || true
    # the named seeds stay as they are (libFuzzer names what it keeps by its SHA-1: a seed's copy
    # under that name goes); everything else is replaced by the merge
    for seed in "fuzz/corpus/$target"/*; do
      name="$(basename "$seed")"
      [[ "$name" =~ ^[0-9a-f]{40}$ ]] && continue
      rm -f "$merged/$(sha1sum "$seed" | cut -d' ' -f1)"
      cp "$seed" "$merged/$name"
    done
    rm -rf "fuzz/corpus/$target" && mv "$merged" "fuzz/corpus/$target"
    echo "fuzz: $target's committed corpus is now $(ls "fuzz/corpus/$target" | wc -l) files"
  done
  exit 0
fi

# The page's WebAssembly has a 1 MiB stack: fuzz with the same, so that input deep enough to
# overflow the page's stack crashes the fuzzer too (native frames are no smaller than wasm's).
ulimit -s 1024

for target in $targets; do
  echo "fuzz: $target, $runs runs"
  # the committed corpus is the seed; new finds go to a scratch folder so the repo stays minimal
  scratch="fuzz/target/corpus-$target"
  mkdir -p "$scratch"
  # No address sanitizer: the crate has no `unsafe` code, so it would find nothing Rust's own
  # bounds and overflow checks do not (those stay on: debug assertions), and it slows runs ~3×.
  cargo +nightly fuzz run --sanitizer none --fuzz-dir fuzz "$target" "$scratch" "fuzz/corpus/$target" -- \
    -runs="$runs" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 2>&1 | tail -n 3
done
echo "fuzz: every target ran (up to $runs runs or $seconds s each) without a crash"
