#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# -icount makes runs deterministic. priv-timer-ticks takes six CLINT timer
# interrupts (five breaking into a loop, one after a WFI); under -icount
# two runs must log byte-identical -d exec,cpu,int traces, with the
# interrupts in them, under the JIT and under the interpreter, and both
# must take each interrupt at the same instruction (same epc). The virt
# board (ticks from an icount timer) must be deterministic too, sleep=on
# and sleep=off must give the same trace, and the test still passes
# without -icount. A bad -icount argument is a one-line error.
set -u
cd "$(dirname "$0")/.."
emu=build/emu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "icount: $*" >&2; exit 1; }

ticks=build/tcg-tests/riscv/priv-timer-ticks.elf
spike=(-M spike -bios none -kernel "$ticks")

for accel in jit interp; do
    for run in 1 2; do
        "$emu" "${spike[@]}" -accel $accel -icount shift=2 \
            -d exec,cpu,int -D "$dir/$accel-$run.log" ||
            fail "$accel run $run failed (exit $?)"
    done
    cmp -s "$dir/$accel-1.log" "$dir/$accel-2.log" ||
        fail "$accel: two -icount runs logged different traces"
    n=$(grep -c '^Trap 0: interrupt 7 ' "$dir/$accel-1.log")
    [ "$n" -eq 6 ] || fail "$accel: $n timer interrupts in the trace, not 6"
    grep -q '^Trace 0: ' "$dir/$accel-1.log" || fail "$accel: no exec records"
    grep '^Trap ' "$dir/$accel-1.log" > "$dir/$accel.traps"
    echo "icount: $accel: identical traces, $n timer interrupts"
done
cmp -s "$dir/jit.traps" "$dir/interp.traps" ||
    fail "JIT and interpreter took the interrupts at different instructions"

# One record per instruction, and the same ones from both backends.
for accel in jit interp; do
    "$emu" "${spike[@]}" -accel $accel -icount 2 -one-insn-per-tb \
        -d exec,cpu,int -D "$dir/one-$accel.log" || fail "one-insn $accel"
done
cmp -s "$dir/one-jit.log" "$dir/one-interp.log" ||
    fail "-one-insn-per-tb traces differ between JIT and interpreter"
if grep '^Trace' "$dir/one-jit.log" | grep -qv '\] 1$'; then
    fail "-one-insn-per-tb: a record covers more than one instruction"
fi

# WFI: sleep=on waits on the host, sleep=off does not; same guest view.
"$emu" "${spike[@]}" -icount shift=2,sleep=off -d int -D "$dir/off.log" ||
    fail "sleep=off run failed"
"$emu" "${spike[@]}" -icount shift=2,sleep=on -d int -D "$dir/on.log" ||
    fail "sleep=on run failed"
cmp -s "$dir/off.log" "$dir/on.log" || fail "sleep=on and sleep=off differ"

# The virt board: its device tick is an icount timer.
virt=(-M virt -bios none -kernel build/tcg-tests/riscv/virt-devices.elf)
for run in 1 2; do
    "$emu" "${virt[@]}" -icount shift=3 -d exec,cpu,int \
        -D "$dir/virt-$run.log" > "$dir/virt-$run.out" ||
        fail "virt run $run failed"
done
cmp -s "$dir/virt-1.log" "$dir/virt-2.log" || fail "virt: traces differ"

# Without -icount the timer test still passes (host time).
for accel in jit interp; do
    "$emu" "${spike[@]}" -accel $accel || fail "no-icount $accel run failed"
done

for bad in shift=11 shift=x sleep=maybe; do
    if "$emu" "${spike[@]}" -icount $bad 2> "$dir/err"; then
        fail "-icount $bad was accepted"
    fi
    [ "$(wc -l < "$dir/err")" -eq 1 ] || fail "-icount $bad: not one line"
done
echo "icount: all checks passed"
