#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Debian's riscv64 Linux on -M virt with two harts, once with emu's
# embedded SBI (-bios builtin) and once with OpenSBI (the default), under
# the JIT: the kernel brings both harts online (SBI HSM), userland sees
# them (nproc, /proc/cpuinfo), two workers fork on them at once, hart 1
# goes offline and back (HSM hart_stop, hart_start), and the guest powers
# off with status 0. The initramfs comes from
# tests/virt/linux-boot.sh with tests/virt/sbi-init.sh as /init.
set -u
cd "$(dirname "$0")/.."
fail=0
for bios in "-bios builtin" ""; do
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
exit $fail
