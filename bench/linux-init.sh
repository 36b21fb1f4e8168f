#!/bin/busybox sh
# SPDX-License-Identifier: MIT
# linux-init.sh: /init of the benchmark initramfs (bench/linux-bench.sh).
# Prints BENCH-INIT first (the boot-to-shell marker), then runs the
# workload that bench=NAME on the kernel command line names, with the size
# bench_size=PERCENT (default 100), between BENCH-RUN and BENCH-DONE lines,
# and powers off. /tmp is a tmpfs for the syscall workload's files.
echo BENCH-INIT
/bin/busybox --install -s /bin
mount -t proc proc /proc
mkdir -p /tmp
mount -t tmpfs tmpfs /tmp
name=
size=100
for arg in $(cat /proc/cmdline); do
    case $arg in
    bench=*) name=${arg#bench=} ;;
    bench_size=*) size=${arg#bench_size=} ;;
    esac
done
if [ -x "/bench/$name" ]; then
    echo "BENCH-RUN $name $size"
    "/bench/$name" "$size"
    echo "BENCH-DONE $?"
else
    echo "BENCH-DONE no workload '$name'"
fi
poweroff -f
