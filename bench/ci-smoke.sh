#!/usr/bin/env bash
# CI's guard against a rotting generator: build it, generate a small data folder, and require
# `rectify check` to accept it. The benchmark itself (bench/run.sh) is too slow and noisy for CI.
set -euo pipefail

cd "$(dirname "$0")/.."
cargo build --quiet --bin rectify --example gen
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target/debug/examples/gen --findings 200 --measures-per 5 --seed 7 "$out/data"
# Warnings (overdue measures) are expected and not shown; errors fail the check, are shown,
# and fail this script.
if ! RECTIFY_LANG=en RECTIFY_TODAY=2021-06-30 target/debug/rectify --data "$out/data" check 2>"$out/stderr"; then
    # The errors, without the (many) overdue warnings around them.
    awk '/^(warning|error)/ { show = /^error/ } show' "$out/stderr" | head -60 >&2
    echo "error: rectify check rejected the generated data" >&2
    exit 1
fi
# The same seed writes the same bytes.
target/debug/examples/gen --findings 200 --measures-per 5 --seed 7 "$out/again"
diff -r "$out/data" "$out/again" >/dev/null || { echo "error: gen is not deterministic" >&2; exit 1; }
# A root of units (bench/run.sh times 1,000): `check` and `units` accept it, one row per unit.
target/debug/examples/gen --units 5 --findings 30 --seed 7 "$out/root"
RECTIFY_LANG=en RECTIFY_TODAY=2021-06-30 target/debug/rectify -q --root "$out/root" check >/dev/null ||
    { echo "error: rectify check rejected the generated root" >&2; exit 1; }
rows=$(RECTIFY_LANG=en RECTIFY_TODAY=2021-06-30 target/debug/rectify --root "$out/root" units --format csv | wc -l)
[ "$rows" = 6 ] || { echo "error: rectify units listed $((rows - 1)) units of 5" >&2; exit 1; }
echo "ci-smoke: ok"
