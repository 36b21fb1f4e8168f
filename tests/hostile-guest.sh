#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The hostile-guest sweep (tcg-tests/riscv/hostile-sweep.c: 2^20 systematic
# instruction words, each trap checked for a legal cause and mtval) under
# the JIT and the interpreter: it must pass, print its tally, and stay
# within a fixed memory bound (maximum resident set, GNU time) however
# many words it runs: guest RAM is touched only where the program and its
# sled are, the code buffer is flushed when full, TBs are pooled. The
# ASan build is left out for time (the rv-translate fuzz target covers it).
set -u
cd "$(dirname "$0")/.."
elf=build/tcg-tests/riscv/hostile-sweep.elf
limit_kb=$((384 * 1024))
fail=0
for accel in jit interp; do
    out=$(/usr/bin/time -f 'maxrss %M' timeout 300 build/emu -M spike \
          -bios none -accel $accel -kernel $elf 2>&1)
    rc=$?
    rss=$(sed -n 's/^maxrss //p' <<<"$out")
    grep '^hostile-sweep' <<<"$out"
    if [ $rc -ne 0 ] || ! grep -q '^hostile-sweep: ran' <<<"$out"; then
        echo "hostile-guest ($accel): exit $rc (a failing case's number)"
        fail=1
    elif [ -z "$rss" ] || [ "$rss" -gt $limit_kb ]; then
        echo "hostile-guest ($accel): resident set ${rss:-?} KB > $limit_kb KB"
        fail=1
    else
        echo "hostile-guest ($accel): passed, max resident set $rss KB"
    fi
done
exit $fail
