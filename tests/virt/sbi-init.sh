#!/bin/busybox sh
# /init for tests/linux-sbi.sh: reports the harts Linux brought up, keeps
# two of them busy forking at once (TLB shootdowns, IPIs), takes hart 1
# offline and back (HSM hart_stop and hart_start), powers off.
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "init: userland is running on $(uname -m)"
echo "init: nproc $(nproc)"
echo "init: cpuinfo harts $(grep -c '^processor' /proc/cpuinfo)"
echo "init: online $(cat /sys/devices/system/cpu/online)"
for j in 1 2; do
    (i=0; while [ $i -lt 100 ]; do i=$((i + 1)); /bin/true; done;
     echo "init: worker $j done") &
done
wait
echo 0 > /sys/devices/system/cpu/cpu1/online
echo "init: after offline $(cat /sys/devices/system/cpu/online)"
echo 1 > /sys/devices/system/cpu/cpu1/online
echo "init: after online $(cat /sys/devices/system/cpu/online)"
poweroff -f
