#!/usr/bin/env bash
# CI's guard against a rotting generator: build it, generate a small data folder, and require
# `rectify check` to accept it. The benchmark itself (bench/run.sh) is too slow and noisy for CI.
set -euo pipefail

cd "$(dirname "$0")/.."
cargo build --quiet --bin rectify --example gen
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target/debug/examples/gen --findings 200 --measures-per 5 --seed 7 "$out/data"
# Warnings (overdue measures) are expected; errors fail the check and this script.
RECTIFY_TODAY=2021-06-30 target/debug/rectify --data "$out/data" check 2>/dev/null
# The same seed writes the same bytes.
target/debug/examples/gen --findings 200 --measures-per 5 --seed 7 "$out/again"
diff -r "$out/data" "$out/again" >/dev/null || { echo "error: gen is not deterministic" >&2; exit 1; }
echo "ci-smoke: ok"
