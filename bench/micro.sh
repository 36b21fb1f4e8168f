#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# micro.sh: the bare-metal micro-benchmarks (bench/micro/*.S, built as
# build/bench/micro/NAME.elf) on emu and on qemu-system-riscv64, both
# -M spike -bios none, alternating emu, QEMU, emu, QEMU ... REPS times.
# Times are host wall time of the whole run (start-up included: the empty
# program measures it). Every run must exit 0, i.e. pass its own check.
# Prints a Markdown section (table of medians, translation speed) on
# stdout; progress goes to stderr.
#   usage: bench/micro.sh EMU REPS     (QEMU=... overrides the QEMU binary)
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
emu=$1
reps=$2
qemu=${QEMU:-qemu-system-riscv64}
dir=build/bench/micro
names="chain indirect tlb-hit tlb-refill fp-ops translate empty"
declare -A times
run() { # side name -> appends the wall time to times[side,name]
    local t0 t1 rc=0
    t0=$EPOCHREALTIME
    if [ "$1" = emu ]; then
        timeout 600 "$emu" -M spike -bios none -kernel "$dir/$2.elf" \
            </dev/null >/dev/null 2>&1 || rc=$?
    else
        timeout 600 "$qemu" -M spike -bios none -nographic \
            -kernel "$dir/$2.elf" </dev/null >/dev/null 2>&1 || rc=$?
    fi
    t1=$EPOCHREALTIME
    if [ $rc -ne 0 ]; then
        echo "micro: $2 failed on $1 (exit $rc)" >&2
        exit 1
    fi
    times[$1,$2]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }') "
}

for n in $names; do
    echo "micro: $n" >&2
    for ((i = 0; i < reps; i++)); do
        run emu "$n"
        run qemu "$n"
    done
done

med() { printf '%s\n' ${times[$1,$2]} | bench_median; }

echo "| micro-benchmark | emu s | QEMU s | emu/QEMU |"
echo "| --- | ---: | ---: | ---: |"
for n in $names; do
    [ "$n" = empty ] && continue
    e=$(med emu "$n")
    q=$(med qemu "$n")
    printf '| %s | %.3f | %.3f | %.2f |\n' "$n" "$e" "$q" "$(bench_div "$e" "$q")"
done
printf '| (empty: start-up and exit) | %.3f | %.3f | |\n' \
    "$(med emu empty)" "$(med qemu empty)"
groups=$(sed -n 's/^#define GROUPS \([0-9]*\).*/\1/p' bench/micro/translate.S)
insns=$((groups * 8))
echo
for side in emu qemu; do
    dt=$(awk -v a="$(med $side translate)" -v b="$(med $side empty)" \
         'BEGIN { print a - b }')
    rate=$(awk -v n="$insns" -v t="$dt" \
           'BEGIN { if (t > 0) printf "%.2f", n / t / 1e6; else print "-" }')
    label=emu
    [ "$side" = qemu ] && label=QEMU
    echo "Translation speed, $label: $rate million guest instructions per" \
         "second ($insns straight-line instructions run once, start-up" \
         "subtracted)."
    echo
done
echo "Median of $reps runs per side, alternating emu and QEMU."
