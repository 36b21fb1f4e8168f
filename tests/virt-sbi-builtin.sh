#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# emu's embedded SBI (-bios builtin) on -M virt -smp 2: a bare-metal
# S-mode program (tests/virt/sbi-builtin.S) checks the base extension,
# DBCN, TIME, IPI, RFENCE, HSM (starting and stopping hart 1) and SRST,
# under the JIT and the interpreter, and must power off with status 0.
# Also: -bios builtin without a kernel is one error line.
set -u
cd "$(dirname "$0")/.."
d=build/tests-virt
mkdir -p $d
riscv64-linux-gnu-gcc -march=rv64imac_zicsr_zifencei -mabi=lp64 -nostdlib \
    -static -no-pie -Wl,-N -Wl,-Ttext=0x80200000 -Wl,--build-id=none \
    -Wl,--no-warn-rwx-segments -o $d/sbi-builtin.elf tests/virt/sbi-builtin.S ||
    exit 1

fail=0
for accel in jit interp; do
    out=$(timeout 30 build/emu -M virt -nographic -bios builtin -smp 2 \
          -accel $accel -kernel $d/sbi-builtin.elf </dev/null 2>&1)
    rc=$?
    if [ $rc -ne 0 ] ||
       ! grep -q '^sbi-builtin: hello through DBCN$' <<<"$out" ||
       ! grep -q '^D$' <<<"$out" ||
       ! grep -q '^sbi-builtin: ok$' <<<"$out"; then
        printf '%s\n' "$out" | tail -n 5
        echo "virt-sbi-builtin ($accel): exit $rc"
        fail=1
    fi
done
out=$(build/emu -M virt -bios builtin </dev/null 2>&1)
rc=$?
if [ $rc -eq 0 ] || [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ]; then
    echo "virt-sbi-builtin: -bios builtin without -kernel: exit $rc: $out"
    fail=1
fi
exit $fail
