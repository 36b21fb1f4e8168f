#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# capture-initrd.sh: stands in for the emulator when bench/linux-bench.sh
# has tests/virt/linux-boot.sh build its initramfs (EMU=this script): it
# copies the -initrd file to $BENCH_INITRD and boots nothing.
set -eu
while [ $# -gt 0 ]; do
    if [ "$1" = -initrd ]; then
        cp "$2" "$BENCH_INITRD"
        exit 0
    fi
    shift
done
echo "capture-initrd: no -initrd argument" >&2
exit 1
