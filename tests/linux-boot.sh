#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Boots Debian's riscv64 Linux on -M virt through OpenSBI to a shell and
# checks the guest command by command over the serial console
# (tests/virt/linux-shell-checks.py on tests/virt/console.py): uname, the
# ISA, 64-bit arithmetic, dd between two virtio-blk disks verified on the
# host, virtio-rng, /dev/hvc0 on virtio-console, and `poweroff -f` ending
# emu with status 0. Runs under the JIT and the ASan build in full and
# under the interpreter with the cheap checks only, each through OpenSBI,
# and again through emu's embedded SBI (-bios builtin) under the JIT in
# full and the interpreter with the cheap checks. First, one run of the
# scripted (non-interactive) boot of tests/virt/linux-boot.sh, which
# other tests build on. The kernel package is cached under ~/.cache/emu.
set -u
cd "$(dirname "$0")/.."
fail=0

out=$(EMU=$PWD/build/emu timeout 300 bash tests/virt/linux-boot.sh \
      -accel jit </dev/null 2>&1)
rc=$?
for want in "init: userland is running on riscv64" \
            "init: block devices: vda" "init: disk says: emu virtio disk!" \
            "init: rng: virtio_rng.0" "init: sha256 of 64 random bytes: " \
            "reboot: Power down"; do
    if ! grep -qF "$want" <<<"$out"; then
        echo "linux-boot (scripted): missing '$want'"
        fail=1
    fi
done
if [ $rc -ne 0 ] || [ $fail -ne 0 ]; then
    echo "linux-boot (scripted): exit $rc"
    tail -n 30 <<<"$out"
    exit 1
fi
echo "linux-boot (scripted): ok"

# Each run: the emulator, then --quick for the cheap checks only, then
# emu's options.
for run in "build/emu - -accel jit" "build/asan/emu - -accel jit" \
           "build/emu --quick -accel interp" \
           "build/emu - -accel jit -bios builtin" \
           "build/emu --quick -accel interp -bios builtin"; do
    set -- $run
    emu=$1 quick=$2
    shift 2
    [ "$quick" = - ] && quick=
    echo "linux-boot ($emu $*):"
    timeout 600 python3 tests/virt/linux-shell-checks.py $quick \
        --boot-timeout 500 --emu "$PWD/$emu" -- "$@" </dev/null || fail=1
done
exit $fail
