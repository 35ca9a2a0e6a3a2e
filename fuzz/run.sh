#!/usr/bin/env bash
# Runs rectify's fuzz targets one after the other, each for a given time.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     default: 60 seconds, every target
#   fuzz/run.sh 600 load_file             ten minutes of one target
#
# Needs cargo-fuzz (installed here from crates.io if missing). cargo-fuzz wants nightly
# features; RUSTC_BOOTSTRAP=1 unlocks them on a stable toolchain. Seeds each target's corpus
# from the shipped data and the bad-input fixtures. A crash stops the run and leaves the
# input in fuzz/artifacts/TARGET/; keep it as a regression case in tests/reliability/.
set -euo pipefail

cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(load_file pipeline update)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz…" >&2
    cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

# Seed inputs: every data file we have, behind the selector byte(s) the target reads first
# (one for load_file and pipeline, four for update; see harness.rs). Added to the corpus on
# every run; the fuzzer's own finds stay.
seed() {
    local target=$1 dir=corpus/$1 prefixes
    mkdir -p "$dir"
    case $target in
        update) prefixes=('\x00\x00\x00\x00' '\x01\x00\x01\x8e' '\x02\x03\x02\x81' '\x00\x01\x07\x05') ;;
        *) prefixes=('\x00' '\x01' '\x02' '\x03' '\x06') ;;
    esac
    local i=0
    for file in ../data/rectify.toml ../data/findings/*.toml ../tests/fixtures/bad/*/rectify.toml \
        ../tests/fixtures/bad/*/findings/*.toml ../tests/fixtures/bad/base/findings/*.toml \
        ../tests/fixtures/fuzz/"$target"/*; do
        [ -f "$file" ] || continue
        local p=0
        for prefix in "${prefixes[@]}"; do
            { printf "$prefix"; cat "$file"; } > "$dir/seed-$i-$p"
            p=$((p + 1))
        done
        i=$((i + 1))
    done
}

for target in "${targets[@]}"; do
    seed "$target"
    echo "== fuzzing $target for ${seconds}s" >&2
    # -rss_limit_mb: a 100 MB input may legitimately take some memory; a leak would not stop.
    cargo fuzz run "$target" -- \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=3072 -timeout=30 \
        -print_final_stats=1 -close_fd_mask=1
done
