#!/usr/bin/env bash
# Benchmarks rectify against the parse floor on generated data folders of 100, 1,000 and
# 10,000 findings (5 measures each). Prints medians, ratios to the floor, peak memory and how
# the time scales from 1,000 to 10,000 findings. See BENCHMARKS.md for what the numbers mean.
#
#   bench/run.sh                 # everything (a few minutes on 2 cores)
#   SIZES="100 1000" bench/run.sh
#   RUNS=5 bench/run.sh          # fewer timed runs per command (default 10)
#   INSTRUCTIONS=1 bench/run.sh  # also count instructions with callgrind (slow, repeatable)
#   RECTIFY_BIN=/path/to/rectify bench/run.sh   # time another build of rectify
#   ROOT_UNITS="100 1000" bench/run.sh   # roots of units timed (30 findings × 5 measures each)
#   ROOT_ONLY=1 bench/run.sh             # only the roots of units
#   COMMANDS="list list-measures list-csv list-json update" bench/run.sh   # only these (and the floor); ROOT_UNITS="" skips the roots
#   IMPORT_ROWS=3000 bench/run.sh        # the size of the ledger `import` reads (COMMANDS=import: that alone)
#
# Needs apt-get (Debian/Ubuntu) to install hyperfine and GNU time when they are missing.
set -euo pipefail
trap 'echo "error: bench/run.sh failed at line $LINENO" >&2' ERR

cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${SIZES:-"100 1000 10000"}
MEASURES=${MEASURES:-5}
RUNS=${RUNS:-10}
WORK=${BENCH_DIR:-$ROOT/target/bench}
# The generated records stand at 2021-06-30 (see examples/gen.rs): a few measures overdue.
export RECTIFY_TODAY=2021-06-30 NO_COLOR=1 COLUMNS=120
# COMMANDS names the commands to time (the floor is always timed: it is the yardstick).
want() { [ -z "${COMMANDS:-}" ] || [ "$1" = floor ] || [[ " $COMMANDS " == *" $1 "* ]]; }
only_wanted() { # only_wanted NAME… → the wanted ones
    local n
    for n in "$@"; do want "$n" && echo "$n"; done
}

need() { # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2 (for $1)…" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -qq "$2" >/dev/null || {
        $sudo apt-get update -qq && $sudo apt-get install -y -qq "$2" >/dev/null
    }
}
need hyperfine hyperfine
[ -x /usr/bin/time ] || need /usr/bin/time time

echo "building (profiling: release with line tables for callgrind)…" >&2
cargo build --profile profiling --quiet --bin rectify --example gen --example parse_floor
BIN=$ROOT/target/profiling
RECTIFY=${RECTIFY_BIN:-$BIN/rectify}
FLOOR=$BIN/examples/parse_floor

mkdir -p "$WORK"

[ "${ROOT_ONLY:-0}" = 1 ] && SIZES=""
for n in $SIZES; do
    dir=$WORK/data-$n
    rm -rf "$dir"
    "$BIN/examples/gen" --findings "$n" --measures-per "$MEASURES" --seed 1 "$dir" 2>/dev/null
done

# The commands, by name. `update` runs only on the largest set (see below).
NAMES=(floor floor-de check list list-measures list-csv list-json export-md export-xlsx report report-json)
mapfile -t NAMES < <(only_wanted "${NAMES[@]}")
command_for() { # command_for NAME DIR → the command line
    case $1 in
    floor) echo "$FLOOR $2" ;;
    floor-de) echo "$FLOOR --de $2" ;;
    check) echo "$RECTIFY --data $2 check" ;;
    list) echo "$RECTIFY --data $2 list" ;;
    # Every measure as a table on the screen (wrapped cells), as CSV, and as JSON.
    list-measures) echo "$RECTIFY --data $2 list --measures" ;;
    list-csv) echo "$RECTIFY --data $2 list --measures --format csv" ;;
    list-json) echo "$RECTIFY --data $2 list --measures --format json" ;;
    export-md) echo "$RECTIFY --data $2 export --format md" ;;
    export-xlsx) echo "$RECTIFY --data $2 export --format xlsx -o $WORK/ledger.xlsx" ;;
    # The progress report of the month (June 2021, the records' today) on the screen, with
    # the table per department; and as JSON. Target: within 2× check.
    report) echo "$RECTIFY --data $2 report --by department" ;;
    report-json) echo "$RECTIFY --data $2 report --format json" ;;
    update) echo "$RECTIFY --data $2 update 1.1 --status partial --note 基准测试" ;;
    esac
}

# Whether a command works here: a stub says "not built yet" (update and export may not
# exist yet on this branch); anything else failing stops the benchmark.
available() { # available COMMAND_LINE
    local err
    if err=$($1 2>&1 >/dev/null); then return 0; fi
    if grep -q "not built yet" <<<"$err"; then return 1; fi
    echo "error: \`$1\` failed:" >&2
    echo "$err" | tail -5 >&2
    exit 1
}

declare -A MEDIAN MEM CPU
# Times a command; sets LAST_MEDIAN (wall, seconds) and LAST_CPU (user + system, mean seconds).
time_it() { # time_it COMMAND_LINE [hyperfine options…]
    local cmd=$1 csv=$WORK/hyperfine.csv
    shift
    hyperfine -N --style none --warmup 2 --runs "$RUNS" "$@" --export-csv "$csv" "$cmd" >/dev/null 2>&1
    # command,mean,stddev,median,user,system,min,max
    LAST_MEDIAN=$(awk -F, 'NR == 2 { print $4 }' "$csv")
    LAST_CPU=$(awk -F, 'NR == 2 { print $5 + $6 }' "$csv")
}
peak_kb() { # peak_kb COMMAND_LINE → maximum resident set size in KiB
    /usr/bin/time -v $1 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
}

# Roots of units (docs/units.md): `units`, `check` and the office's `report` across every unit
# against the parse floor of the same files (parse_floor --root), at each size of ROOT_UNITS,
# to show the cost per unit and that it grows linearly; `report` also against `check`.
ROOT_UNITS=${ROOT_UNITS-"100 1000"}
ROOT_FINDINGS=${ROOT_FINDINGS:-30}
bench_roots() {
    local names=(root-floor root-floor-de units root-check root-report root-report-json) n name cmd
    declare -A RMED RCPU RMEM
    for n in $ROOT_UNITS; do
        local dir=$WORK/root-$n
        if [ ! -f "$dir/rectify-root.toml" ]; then
            rm -rf "$dir"
            "$BIN/examples/gen" --units "$n" --findings "$ROOT_FINDINGS" --measures-per "$MEASURES" --seed 1 "$dir" 2>/dev/null
        fi
        for name in "${names[@]}"; do
            case $name in
            root-floor) cmd="$FLOOR --root $dir" ;;
            root-floor-de) cmd="$FLOOR --de --root $dir" ;;
            units) cmd="$RECTIFY --root $dir units" ;;
            root-check) cmd="$RECTIFY --root $dir check" ;;
            root-report) cmd="$RECTIFY --root $dir report" ;;
            root-report-json) cmd="$RECTIFY --root $dir report --format json" ;;
            esac
            echo "timing $name on $n units…" >&2
            time_it "$cmd"
            RMED[$name,$n]=$LAST_MEDIAN
            RCPU[$name,$n]=$LAST_CPU
            RMEM[$name,$n]=$(peak_kb "$cmd")
        done
    done
    echo
    echo "## A root of units ($ROOT_FINDINGS findings × $MEASURES measures per unit)"
    echo
    echo "Median wall time; CPU time (user + system) and its ratio to root-floor's; peak memory."
    echo
    echo "| command | units | wall | CPU | CPU ÷ floor | peak memory |"
    echo "|---|---:|---:|---:|---:|---:|"
    for name in "${names[@]}"; do
        for n in $ROOT_UNITS; do
            echo "| $name | $n | $(ms "${RMED[$name,$n]}") | $(ms "${RCPU[$name,$n]}") | $(ratio "${RCPU[$name,$n]}" "${RCPU[root-floor,$n]}") | $(mb "${RMEM[$name,$n]}") |"
        done
    done
    echo
    echo "The office's report, CPU ÷ root-check's on the same root (target: at most 2×):"
    echo
    for n in $ROOT_UNITS; do
        echo "- $n units: root-report $(ratio "${RCPU[root-report,$n]}" "${RCPU[root-check,$n]}"), root-report-json $(ratio "${RCPU[root-report-json,$n]}" "${RCPU[root-check,$n]}")"
    done
    set -- $ROOT_UNITS
    if [ $# -ge 2 ]; then
        local big=${!#} small=$1
        echo
        echo "Scaling, CPU on $big units ÷ CPU on $small (linear: $(awk -v a="$big" -v b="$small" 'BEGIN { printf "%.0f", a / b }')×):"
        echo
        for name in "${names[@]}"; do
            echo "- $name: $(ratio "${RCPU[$name,$big]}" "${RCPU[$name,$small]}")"
        done
    fi
}

if [ "${ROOT_ONLY:-0}" = 1 ]; then
    ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
    mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k * 1024 / 1e6 }'; }
    bench_roots
    exit 0
fi

for n in $SIZES; do
    dir=$WORK/data-$n
    for name in "${NAMES[@]}"; do
        cmd=$(command_for "$name" "$dir")
        if ! available "$cmd"; then
            MEDIAN[$name,$n]=na
            continue
        fi
        echo "timing $name on $n findings…" >&2
        time_it "$cmd"
        MEDIAN[$name,$n]=$LAST_MEDIAN
        CPU[$name,$n]=$LAST_CPU
        MEM[$name,$n]=$(peak_kb "$cmd")
    done
done

# One update of one measure on the largest set; the file is put back before every run so
# each run does the same work.
largest=${SIZES##* }
dir=$WORK/data-$largest
cmd=$(command_for update "$dir")
files=("$dir"/findings/*.toml)
first=${files[0]##*/}
cp "$dir/findings/$first" "$WORK/pristine.toml"
# Put the file back and forget the journal of writes (kept in the data folder by `update`).
printf '#!/bin/sh\ncp "%s" "%s"\nrm -rf "%s/.rectify"\n' "$WORK/pristine.toml" "$dir/findings/$first" "$dir" >"$WORK/restore.sh"
chmod +x "$WORK/restore.sh"
restore=$WORK/restore.sh
if want update && available "$cmd"; then
    $restore
    echo "timing update on $largest findings…" >&2
    time_it "$cmd" --prepare "$restore"
    MEDIAN[update,$largest]=$LAST_MEDIAN
    CPU[update,$largest]=$LAST_CPU
    $restore
    MEM[update,$largest]=$(peak_kb "$cmd")
    $restore
else
    $restore
    MEDIAN[update,$largest]=na
fi
want update && NAMES+=(update)

# `import` of a ledger of IMPORT_ROWS rows into a new folder: the ledger is the xlsx rectify
# exports of a generated record of IMPORT_ROWS findings of one measure each (titles numbered,
# so every row is a finding of its own and a file of its own: the most files a ledger of that
# many rows makes). The folder is removed before every run.
IMPORT_ROWS=${IMPORT_ROWS:-3000}
if want import; then
    source_dir=$WORK/import-source-$IMPORT_ROWS
    ledger=$WORK/ledger-$IMPORT_ROWS.xlsx
    rm -rf "$source_dir" "$WORK/imported"
    "$BIN/examples/gen" --findings "$IMPORT_ROWS" --measures-per 1 --numbered-titles --seed 1 "$source_dir" 2>/dev/null
    $RECTIFY --data "$source_dir" export --format xlsx -o "$ledger"
    printf '#!/bin/sh\nrm -rf "%s"\n' "$WORK/imported" >"$WORK/unimport.sh"
    chmod +x "$WORK/unimport.sh"
    cmd="$RECTIFY import $ledger --into $WORK/imported"
    echo "timing import of $IMPORT_ROWS rows…" >&2
    time_it "$cmd" --prepare "$WORK/unimport.sh"
    IMPORT_MEDIAN=$LAST_MEDIAN
    IMPORT_CPU=$LAST_CPU
    "$WORK/unimport.sh"
    IMPORT_MEM=$(peak_kb "$cmd")
    "$WORK/unimport.sh"
fi

# Ratios on a busy machine: each command's runs above come one after another, so a burst of
# other work can land on one command and not on the floor. Here the commands take turns,
# round after round, so any burst touches them alike; the median of each is compared.
INTERLEAVED=(floor floor-de check list list-measures list-csv list-json export-md export-xlsx report report-json)
mapfile -t INTERLEAVED < <(only_wanted "${INTERLEAVED[@]}")
declare -A TURNS
for ((round = 0; round < RUNS; round++)); do
    for name in "${INTERLEAVED[@]}"; do
        [ "${MEDIAN[$name,$largest]:-na}" = na ] && continue
        cmd=$(command_for "$name" "$WORK/data-$largest")
        start=$EPOCHREALTIME
        $cmd >/dev/null 2>&1
        end=$EPOCHREALTIME
        TURNS[$name]+="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }') "
    done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A TURN_MEDIAN
for name in "${INTERLEAVED[@]}"; do
    [ -n "${TURNS[$name]:-}" ] && TURN_MEDIAN[$name]=$(median <<<"${TURNS[$name]}")
done

# The shipped example, end to end.
time_it "$RECTIFY --data $ROOT/data check"
SHIPPED_CHECK=$LAST_MEDIAN
time_it "$RECTIFY --data $ROOT/data list"
SHIPPED_LIST=$LAST_MEDIAN

ms() {
    [ -z "$1" ] && { echo "–"; return; }
    [ "$1" = na ] && echo "n/a (not built)" || awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'
}
ratio() { # ratio A B
    { [ "$1" = na ] || [ -z "$1" ] || [ "$2" = na ] || [ -z "$2" ]; } && { echo "–"; return; }
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'
}
mb() { [ -z "${1:-}" ] && echo "–" || awk -v k="$1" 'BEGIN { printf "%.1f MB", k * 1024 / 1e6 }'; }

echo
echo "## Machine"
echo
echo "- $(nproc) cores: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "- RAM: $(awk '/MemTotal/ { printf "%.1f GB", $2 * 1024 / 1e9 }' /proc/meminfo)"
echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- rectify $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')${RECTIFY_BIN:+ (binary: $RECTIFY_BIN)}, $RUNS runs per command after 2 warm-ups, median shown"
echo

echo "## Data"
echo
echo "| findings | measures | files | size (bytes of text) | size on disk (blocks) |"
echo "|---:|---:|---:|---:|---:|"
for n in $SIZES; do
    dir=$WORK/data-$n
    files=$(find "$dir" -name '*.toml' | wc -l)
    bytes=$(du -sb "$dir" | cut -f1)
    blocks=$(du -sk "$dir" | cut -f1)
    echo "| $n | $((n * MEASURES)) | $files | $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') | $(mb "$blocks") |"
done
echo

header() {
    printf "| command |"
    for n in $SIZES; do printf " %s |" "$n"; done
    echo
    printf "|---|"
    for _ in $SIZES; do printf -- "---:|"; done
    echo
}

echo "## Median time"
echo
header
for name in "${NAMES[@]}"; do
    printf "| %s |" "$name"
    for n in $SIZES; do printf " %s |" "$(ms "${MEDIAN[$name,$n]:-}")"; done
    echo
done
echo

echo "## Ratio to the floor (toml::Table), and to check for update"
echo
header
for name in "${NAMES[@]}"; do
    [ "$name" = floor ] && continue
    printf "| %s |" "$name"
    for n in $SIZES; do
        if [ "$name" = update ]; then
            printf " %s |" "$(ratio "${MEDIAN[$name,$n]:-}" "${MEDIAN[check,$n]:-}")"
        else
            printf " %s |" "$(ratio "${MEDIAN[$name,$n]:-}" "${MEDIAN[floor,$n]:-}")"
        fi
    done
    echo
done
echo

echo "## CPU time (user + system, mean), and its ratio to the floor's (to check's for update)"
echo
echo "Less disturbed than wall time by other work on the machine; it leaves out waiting for the"
echo "disk (update's fsync) and counts both cores."
echo
header
for name in "${NAMES[@]}"; do
    printf "| %s |" "$name"
    for n in $SIZES; do
        cpu=${CPU[$name,$n]:-}
        if [ -z "$cpu" ]; then
            printf " %s |" "$(ms "${MEDIAN[$name,$n]:-}")"
            continue
        fi
        base=${CPU[floor,$n]:-}
        [ "$name" = update ] && base=${CPU[check,$n]:-}
        [ "$name" = floor ] && base=""
        if [ -z "$base" ]; then
            printf " %s |" "$(ms "$cpu")"
        else
            printf " %s (%s) |" "$(ms "$cpu")" "$(ratio "$cpu" "$base")"
        fi
    done
    echo
done
echo

echo "## Peak memory (maximum resident set size), and its ratio to the data's size"
echo
header
for name in "${NAMES[@]}"; do
    printf "| %s |" "$name"
    for n in $SIZES; do
        kb=${MEM[$name,$n]:-}
        if [ -z "$kb" ]; then
            printf " – |"
        else
            bytes=$(du -sb "$WORK/data-$n" | cut -f1)
            printf " %s (%s) |" "$(mb "$kb")" "$(awk -v k="$kb" -v b="$bytes" 'BEGIN { printf "%.1f×", k * 1024 / b }')"
        fi
    done
    echo
done
echo

set -- $SIZES
if [ $# -ge 2 ]; then
    big=${!#}
    small=${@:$(($# - 1)):1}
    echo "## Scaling: time on $big findings ÷ time on $small"
    echo
    echo "| command | ratio |"
    echo "|---|---:|"
    for name in "${NAMES[@]}"; do
        [ "$name" = update ] && continue
        echo "| $name | $(ratio "${MEDIAN[$name,$big]:-}" "${MEDIAN[$name,$small]:-}") |"
    done
    echo
fi

echo "## Taking turns on $largest findings: median of $RUNS rounds, ratio to the floor"
echo
echo "| command | median | ratio |"
echo "|---|---:|---:|"
for name in "${INTERLEAVED[@]}"; do
    m=${TURN_MEDIAN[$name]:-na}
    echo "| $name | $(ms "$m") | $(ratio "$m" "${TURN_MEDIAN[floor]:-}") |"
done
echo

if want report || want report-json; then
    echo "## The progress report against check on $largest findings (target: within 2×)"
    echo
    echo "| command | taking turns | ratio to check |"
    echo "|---|---:|---:|"
    for name in report report-json; do
        m=${TURN_MEDIAN[$name]:-na}
        echo "| $name | $(ms "$m") | $(ratio "$m" "${TURN_MEDIAN[check]:-}") |"
    done
    echo
fi

if want import; then
    echo "## Import of a $IMPORT_ROWS-row ledger (xlsx, one finding per row) into a new folder"
    echo
    echo "| command | median | CPU time | peak memory |"
    echo "|---|---:|---:|---:|"
    echo "| import | $(ms "$IMPORT_MEDIAN") | $(ms "$IMPORT_CPU") | $(mb "$IMPORT_MEM") |"
    echo
fi

echo "## The shipped example (data/, 10 findings), end to end"
echo
echo "| command | median |"
echo "|---|---:|"
echo "| check | $(ms "$SHIPPED_CHECK") |"
echo "| list | $(ms "$SHIPPED_LIST") |"

if [ "${INSTRUCTIONS:-0}" = 1 ] && command -v valgrind >/dev/null; then
    declare -A INS
    count() { # count COMMAND_LINE → instructions executed, all threads
        valgrind --tool=callgrind --callgrind-out-file=/dev/null $1 2>&1 >/dev/null |
            awk '/Collected :/ { print $NF }'
    }
    for n in $SIZES; do
        for name in floor floor-de check list list-measures list-csv list-json export-md export-xlsx; do
            want "$name" || continue
            [ "${MEDIAN[$name,$n]:-na}" = na ] && continue
            INS[$name,$n]=$(count "$(command_for "$name" "$WORK/data-$n")")
        done
    done
    if [ "${MEDIAN[update,$largest]:-na}" != na ]; then
        $restore
        INS[update,$largest]=$(count "$(command_for update "$WORK/data-$largest")")
        $restore
    fi
    echo
    echo "## Instructions (callgrind, all threads; repeatable on a busy machine), and their ratio to the floor's (to check's for update)"
    echo
    header
    for name in floor floor-de check list list-measures list-csv list-json export-md export-xlsx update; do
        printf "| %s |" "$name"
        for n in $SIZES; do
            c=${INS[$name,$n]:-}
            if [ -z "$c" ]; then
                printf " – |"
                continue
            fi
            base=${INS[floor,$n]:-}
            [ "$name" = update ] && base=${INS[check,$n]:-}
            if [ "$name" = floor ]; then
                printf " %s |" "$(awk -v c="$c" 'BEGIN { printf "%.0f M", c / 1e6 }')"
            else
                printf " %s (%s) |" "$(awk -v c="$c" 'BEGIN { printf "%.0f M", c / 1e6 }')" "$(ratio "$c" "$base")"
            fi
        done
        echo
    done
    if [ -n "${big:-}" ]; then
        echo
        echo "Scaling of instructions, $big ÷ $small findings:"
        for name in floor check list list-json export-md export-xlsx; do
            if [ -n "${INS[$name,$big]:-}" ] && [ -n "${INS[$name,$small]:-}" ]; then
                echo "- $name: $(ratio "${INS[$name,$big]}" "${INS[$name,$small]}")"
            fi
        done
    fi
fi

if [ -n "$ROOT_UNITS" ]; then
    bench_roots
fi
