#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the libFuzzer targets built into build/fuzz (make fuzz-build).
#   fuzz.sh smoke [NAME...]   each target (all by default) for FUZZ_SMOKE
#                             seconds (10) over its committed corpus; the
#                             committed corpus is only read, new inputs go
#                             to a temporary directory. Exit 1 on a crash.
#   fuzz.sh run NAME SECONDS  one target for as long as asked (in 60 s
#                             pieces for targets that catch fatal()); new
#                             inputs in build/fuzz/corpus/NAME, crashes in
#                             build/fuzz/crashes/NAME/ (copy them to
#                             fuzz/corpus/NAME/ once fixed: regressions).
set -u
cd "$(dirname "$0")/.."
B=build/fuzz

targets() {
    for f in fuzz/*.c; do
        n=${f#fuzz/}
        echo "${n%.c}"
    done
}

# One run: name, seconds, output corpus directory, crash directory, and
# more libFuzzer flags.
run_one() {
    local name=$1 secs=$2 out=$3 crashes=$4 log
    shift 4
    mkdir -p "$out" "$crashes" fuzz/corpus/"$name"
    log=$crashes/last.log
    "$B/fuzz-$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$@" \
        "$out" fuzz/corpus/"$name" >"$log" 2>&1
    local rc=$?
    if [ $rc -ne 0 ]; then
        grep -E 'ERROR|SUMMARY|differ|  x|pc |Assertion|assert' "$log" | head -20
        echo "FAIL fuzz $name (exit $rc; log $log, inputs in $crashes/)"
        return 1
    fi
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "ok   fuzz $name ($secs s, ${runs:-?} runs)"
}

case ${1:-} in
smoke)
    shift
    names=("$@")
    [ ${#names[@]} -eq 0 ] && mapfile -t names < <(targets)
    fail=0
    for n in "${names[@]}"; do
        tmp=$(mktemp -d)
        run_one "$n" "${FUZZ_SMOKE:-10}" "$tmp" "$B/crashes/$n" || fail=1
        rm -rf "$tmp"
    done
    exit $fail
    ;;
run)
    [ $# -eq 3 ] || { echo "usage: fuzz.sh run NAME SECONDS" >&2; exit 2; }
    [ -x "$B/fuzz-$2" ] || { echo "no fuzz target '$2' (fuzz/*.c)" >&2; exit 2; }
    # Targets that catch fatal() leave the abandoned parsers' memory
    # behind (fuzz/fatal-catch.h): they run in 60 s pieces, each a new
    # process that starts from the corpus the last one grew.
    chunk=$3
    grep -q 'fatal-catch.h' "fuzz/$2.c" && chunk=60
    for ((left = $3; left > 0; left -= chunk)); do
        run_one "$2" $((left < chunk ? left : chunk)) "$B/corpus/$2" \
            "$B/crashes/$2" || exit 1
    done
    ;;
*)
    echo "usage: fuzz.sh smoke [NAME...] | run NAME SECONDS" >&2
    exit 2
    ;;
esac
