#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# RISC-V semihosting (-semihosting): console output through SYS_WRITEC,
# SYS_WRITE0, SYS_OPEN(":tt") + SYS_WRITE, and SYS_EXIT's code as emu's
# status, under both accelerators; without -semihosting the ebreak must
# trap (the guest then fails).
set -u
cd "$(dirname "$0")/.."
elf=build/tcg-tests/riscv/semihosting.elf
want=$'ok: writec\nok: write0\nok: write'
fail=0
for accel in jit interp; do
    out=$(build/emu -M spike -bios none -kernel $elf -accel $accel -semihosting)
    rc=$?
    if [ $rc -ne 0 ] || [ "$out" != "$want" ]; then
        echo "semihosting ($accel): exit $rc, output: $out"
        fail=1
    fi
done
if build/emu -M spike -bios none -kernel $elf >/dev/null 2>&1; then
    echo "semihosting: the call sequence worked without -semihosting"
    fail=1
fi
exit $fail
