#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The firmware path Linux takes on -M virt: Debian's OpenSBI fw_dynamic
# (the default -bios) started with a2 = the fw_dynamic information, which
# sends it to a small S-mode payload (tests/virt/sbi-payload.S) that prints
# through the SBI, takes an SBI timer interrupt and powers off with SRST.
# The payload is loaded as an ELF, as a Linux Image and as a gzipped Image.
set -u
cd "$(dirname "$0")/.."
fw=/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin
if [ ! -f $fw ]; then
    echo "virt-opensbi: $fw is missing (scripts/setup-deps.sh installs opensbi)"
    exit 1
fi
d=build/tests-virt
mkdir -p $d
riscv64-linux-gnu-gcc -march=rv64imac_zicsr_zifencei -mabi=lp64 -nostdlib \
    -static -no-pie -Wl,-N -Wl,-Ttext=0x80200000 -Wl,--build-id=none \
    -Wl,--no-warn-rwx-segments -o $d/sbi-payload.elf tests/virt/sbi-payload.S ||
    exit 1
riscv64-linux-gnu-objcopy -O binary $d/sbi-payload.elf $d/sbi-payload.bin &&
    python3 tests/virt/make-image.py $d/sbi-payload.bin $d/sbi-payload.Image &&
    gzip -9 -n -c $d/sbi-payload.Image > $d/sbi-payload.Image.gz || exit 1

fail=0
for k in sbi-payload.elf sbi-payload.Image sbi-payload.Image.gz; do
    for accel in jit interp; do
        out=$(timeout 20 build/emu -M virt -nographic -accel $accel \
              -kernel $d/$k </dev/null 2>&1)
        rc=$?
        if [ $rc -ne 0 ] || ! grep -q '^OpenSBI v' <<<"$out" ||
           ! grep -q '^payload: ok' <<<"$out"; then
            printf '%s\n' "$out" | tail -n 5
            echo "virt-opensbi: $k ($accel): exit $rc"
            fail=1
        fi
    done
done
exit $fail
