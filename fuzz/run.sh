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

# Seed inputs: every data file we have, each behind the selector byte(s) a target reads first.
seed() {
    local target=$1 dir=corpus/$1
    mkdir -p "$dir"
    [ -n "$(ls -A "$dir")" ] && return
    local i=0
    for file in ../data/rectify.toml ../data/findings/*.toml ../tests/fixtures/bad/*/rectify.toml \
        ../tests/fixtures/bad/*/findings/*.toml ../tests/fixtures/bad/base/findings/*.toml; do
        [ -f "$file" ] || continue
        for selector in 0 1 2 3; do
            { printf "\\x0$selector\\x0$selector"; cat "$file"; } > "$dir/seed-$i-$selector"
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
        -print_final_stats=1
done
