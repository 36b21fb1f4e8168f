#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The engine benchmark of the translation-engine milestone: one CPU-bound
# RV64I guest (tcg-tests/riscv/bench-loop.S, self-checking) run under the
# JIT and under the IR interpreter in the same session, reporting wall
# times, the interpreter/JIT ratio, and how the JIT's blocks were entered.
#   usage: bench/jit-vs-interp.sh EMU ELF [REPEATS]
set -eu
emu=$1
elf=$2
reps=${3:-3}
stats=$(mktemp)
trap 'rm -f "$stats"' EXIT

run() { # accel -> seconds (fails the benchmark if the guest check fails)
    local t0 t1
    t0=$(date +%s.%N)
    "$emu" -M spike -bios none -kernel "$elf" -accel "$1" "${@:2}" ||
        { echo "bench: guest failed under -accel $1" >&2; exit 1; }
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

jit=()
interp=()
for ((i = 0; i < reps; i++)); do
    jit+=("$(run jit)")
    interp+=("$(run interp)")
done
"$emu" -M spike -bios none -kernel "$elf" -d stats -D "$stats"

j=$(printf '%s\n' "${jit[@]}" | median)
n=$(printf '%s\n' "${interp[@]}" | median)
ratio=$(echo "$n / $j" | bc -l)
entries=$(awk '/block entries/ { print $NF }' "$stats")
loop=$(awk '/from the loop/ { print $(NF - 3) }' "$stats")
inloop=$(echo "100 * $loop / $entries" | bc -l)

printf '\n| guest | JIT (s) | interpreter (s) | interp / JIT |\n'
printf '| --- | ---: | ---: | ---: |\n'
printf '| %s | %.3f | %.3f | %.1fx |\n' "$(basename "$elf")" "$j" "$n" "$ratio"
printf '\nmedian of %d runs each, alternating; host: %s\n' "$reps" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
printf 'JIT block entries: %s, of which %.4f%% returned to the loop\n' \
    "$entries" "$inloop"
sed 's/^/  /' "$stats"
