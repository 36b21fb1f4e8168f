#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Debian's riscv64 Linux on -M virt with two harts, once with emu's
# embedded SBI (-bios builtin) and once with OpenSBI (the default), under
# the JIT: the kernel brings both harts online (SBI HSM), userland sees
# them (nproc, /proc/cpuinfo), two workers fork on them at once, hart 1
# goes offline and back (HSM hart_stop, hart_start), and the guest powers
# off with status 0. A third run finds no firmware in its -L directory
# and so falls back to the builtin SBI, and a fourth boots the plain
# scripted initramfs under the builtin SBI with the IR interpreter. The
# initramfs comes from tests/virt/linux-boot.sh with
# tests/virt/sbi-init.sh as /init.
set -u
cd "$(dirname "$0")/.."
fail=0
empty=$(mktemp -d)
trap 'rmdir "$empty"' EXIT
for bios in "-bios builtin" "" "-L $empty"; do
    out=$(EMU=$PWD/build/emu LINUX_INIT=$PWD/tests/virt/sbi-init.sh \
          timeout 300 bash tests/virt/linux-boot.sh -accel jit -smp 2 $bios \
          2>&1)
    rc=$?
    name="-smp 2 ${bios:-(OpenSBI)}"
    for want in "init: userland is running on riscv64" "init: nproc 2" \
                "init: cpuinfo harts 2" "init: online 0-1" \
                "init: worker 1 done" "init: worker 2 done" \
                "init: after offline 0" "init: after online 0-1" \
                "reboot: Power down"; do
        if ! grep -qF "$want" <<<"$out"; then
            echo "linux-sbi ($name): missing '$want'"
            fail=1
        fi
    done
    if [ -n "$bios" ] &&
       ! grep -qF "SBI implementation ID=0x454d55" <<<"$out"; then
        echo "linux-sbi ($name): the kernel did not find emu's SBI"
        fail=1
    fi
    if [ $rc -ne 0 ]; then
        echo "linux-sbi ($name): exit $rc"; fail=1
    fi
    t=$(grep -m1 '^real' <<<"$out" | awk '{ print $2 }')
    echo "linux-sbi ($name): boot to poweroff took $t"
    [ $fail = 0 ] || { tail -n 30 <<<"$out"; break; }
done
[ $fail = 0 ] || exit 1
out=$(EMU=$PWD/build/emu timeout 600 bash tests/virt/linux-boot.sh \
      -accel interp -bios builtin 2>&1)
rc=$?
for want in "SBI implementation ID=0x454d55" \
            "init: userland is running on riscv64" \
            "init: disk says: emu virtio disk!" "reboot: Power down"; do
    if ! grep -qF "$want" <<<"$out"; then
        echo "linux-sbi (interp, -bios builtin): missing '$want'"
        fail=1
    fi
done
[ $rc -eq 0 ] || { echo "linux-sbi (interp, -bios builtin): exit $rc"; fail=1; }
t=$(grep -m1 '^real' <<<"$out" | awk '{ print $2 }')
echo "linux-sbi (interp, -bios builtin): boot to poweroff took $t"
[ $fail = 0 ] || tail -n 30 <<<"$out"
exit $fail
