#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Boots Debian's riscv64 Linux on -M virt through OpenSBI (the scripted
# initramfs of tests/virt/linux-boot.sh) under the JIT, the interpreter and
# the ASan build, and checks what the guest reports: its userland runs on
# riscv64, the virtio-blk disk's first bytes, a virtio-rng read, and a
# clean poweroff (exit status 0). The kernel package is fetched once and
# cached under ~/.cache/emu.
set -u
cd "$(dirname "$0")/.."
fail=0
for run in "build/emu -accel jit" "build/emu -accel interp" \
           "build/asan/emu -accel jit"; do
    set -- $run
    out=$(EMU=$PWD/$1 timeout 600 bash tests/virt/linux-boot.sh "${@:2}" 2>&1)
    rc=$?
    for want in "init: userland is running on riscv64" \
                "init: block devices: vda" "init: disk says: emu virtio disk!" \
                "init: rng: virtio_rng.0" "init: sha256 of 64 random bytes: " \
                "reboot: Power down"; do
        if ! grep -qF "$want" <<<"$out"; then
            echo "linux-boot ($run): missing '$want'"
            fail=1
        fi
    done
    if [ $rc -ne 0 ]; then
        echo "linux-boot ($run): exit $rc"; fail=1
    fi
    t=$(grep -m1 '^real' <<<"$out" | awk '{ print $2 }')
    echo "linux-boot ($run): boot to poweroff took $t"
    [ $fail = 0 ] || { tail -n 30 <<<"$out"; break; }
done
exit $fail
