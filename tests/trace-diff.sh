#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# scripts/trace-diff.py against QEMU and against emu itself:
# - tests where QEMU 7.2 follows the specification run with no divergence;
# - priv-counters diverges where QEMU 7.2 is known to be wrong
#   (/work/shared/NOTES.md: minstret follows host time), and the report
#   names the `csrr minstret` right after the first `csrw minstret`;
# - emu against emu: the same -icount run twice has no divergence, and
#   two clock rates (shift=2 against shift=3) first differ at the
#   instruction that loads mtime.
set -u
cd "$(dirname "$0")/.."
td="python3 scripts/trace-diff.py"
elf() { echo "build/tcg-tests/riscv/$1.elf"; }
fail() { echo "trace-diff: $*" >&2; exit 1; }
command -v qemu-system-riscv64 > /dev/null ||
    fail "qemu-system-riscv64 missing (scripts/setup-deps.sh installs it)"

# The address of the first instruction matching regex re in ELF's
# disassembly that follows one matching prev.
addr_after() {
    riscv64-linux-gnu-objdump -d "$1" | awk -v prev="$2" -v re="$3" '
        $0 ~ prev { armed = 1; next }
        armed && $0 ~ re { sub(":", "", $1); print "0x" $1; exit }
        { armed = 0 }'
}

for t in rv64i-alu-imm rv64i-branches rv64m-mul; do
    out=$($td --kernel "$(elf $t)")
    rc=$?
    line=$(printf '%s\n' "$out" | tail -n 1)
    case $line in
    "no divergence in "*) ;;
    *) printf '%s\n' "$out" | head -n 20; fail "$t: expected no divergence" ;;
    esac
    [ $rc -eq 0 ] || fail "$t: exit $rc"
    n=${line#no divergence in }; n=${n%% *}
    [ "$n" -gt 200 ] || fail "$t: only $n instructions compared"
    echo "trace-diff: $t: $line"
done

# QEMU 7.2's minstret is wrong right after a write.
e=$(elf priv-counters)
want=$(addr_after "$e" 'csrw[[:space:]]+minstret' 'csrr[[:space:]]+a0,minstret')
[ -n "$want" ] || fail "no csrw/csrr minstret pair in priv-counters"
out=$($td --kernel "$e" --context 1)
rc=$?
[ $rc -eq 1 ] || fail "priv-counters: exit $rc, expected a divergence"
printf '%s\n' "$out" | grep -q "^the instruction at pc $want (emu)" ||
    { printf '%s\n' "$out" | head -n 5; fail "priv-counters: not at $want"; }
echo "trace-diff: priv-counters diverges from QEMU at $want as expected"

# emu against itself.
e=$(elf priv-timer-ticks)
out=$($td --kernel "$e" --ref emu --icount 2 --max 20000)
[ $? -eq 0 ] || fail "priv-timer-ticks: -icount run differs from itself"
printf 'trace-diff: priv-timer-ticks against itself: %s\n' "${out##*$'\n'}"
want=$(addr_after "$e" 'addi?w[[:space:]]+t0,t0,-8' 'ld[[:space:]]+t1,0\(t0\)')
[ -n "$want" ] || fail "no mtime load in priv-timer-ticks"
out=$($td --kernel "$e" --ref emu --emu-args "-icount shift=2" \
      --ref-args "-icount shift=3" --context 1)
[ $? -eq 1 ] || fail "two clock rates: no divergence reported"
printf '%s\n' "$out" | grep -q "^the instruction at pc $want (emu)" ||
    { printf '%s\n' "$out" | head -n 5; fail "clock rates: not at $want"; }
echo "trace-diff: shift=2 against shift=3 first differ at $want (mtime)"
