#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Data safety of virtio-blk with Debian's riscv64 Linux (tests/virt/
# linux-boot.sh with its own /init and a second, 2 MiB disk):
#  1. kill: the guest writes a known 1 MiB pattern to the disk with dd,
#     runs sync (virtio FLUSH -> fdatasync) and prints a marker; the host
#     then SIGKILLs emu and finds the pattern in the image file.
#  2. full: emu runs with a 96 MiB file-size limit on a 128 MiB disk
#     (ulimit -f: writes past it fail with EFBIG, as on a full disk; the
#     limit must leave room for the JIT's 64 MiB code buffer, a memfd); a
#     write below the limit succeeds, one above it fails in the guest (dd's
#     status, an I/O error in the kernel log), and emu carries on to a
#     clean poweroff (exit 0).
set -u
cd "$(dirname "$0")/.."
root=$PWD
emu=${EMU:-$root/build/emu}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
PATTERN='emu data-safety pattern 0123456789'

# The guest's /init; $1 is the test (kill or full).
make_init() {
    cat > "$tmp/init" <<EOF
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for m in \$(cat /modules); do insmod /\$m.ko; done
disk=
for b in /sys/block/vd*; do
    case \$(cat \$b/size) in 4096|262144) disk=/dev/\${b##*/} ;; esac
done
echo "data-safety: test disk \$disk"
yes '$PATTERN' | head -c 1048576 > /pattern
EOF
    if [ "$1" = kill ]; then
        cat >> "$tmp/init" <<'EOF'
dd if=/pattern of=$disk bs=65536
sync
echo "data-safety: synced"
sleep 600
EOF
    else
        cat >> "$tmp/init" <<'EOF'
dd if=/pattern of=$disk bs=65536 count=8 conv=fsync
echo "data-safety: low write exit $?"
dd if=/pattern of=$disk bs=65536 seek=1600 count=8 conv=fsync
echo "data-safety: high write exit $?"
echo "data-safety: kernel I/O errors $(dmesg | grep -c 'I/O error')"
poweroff -f
EOF
    fi
}

# emu through a wrapper that records its pid and applies a limit ($1).
make_wrapper() {
    cat > "$tmp/emu-wrap" <<EOF
#!/bin/sh
echo \$\$ > "$tmp/emu.pid"
$1
exec "$emu" "\$@"
EOF
    chmod +x "$tmp/emu-wrap"
}

boot() {
    LINUX_INIT=$tmp/init EMU=$tmp/emu-wrap timeout 600 \
        bash tests/virt/linux-boot.sh -drive file="$tmp/disk.img",format=raw
}

# 1. kill
truncate -s 2M "$tmp/disk.img"
make_init kill
make_wrapper ""
boot > "$tmp/out" 2>&1 &
boot_pid=$!
for _ in $(seq 600); do
    grep -q "data-safety: synced" "$tmp/out" && break
    kill -0 $boot_pid 2>/dev/null || break
    sleep 0.5
done
if grep -q "data-safety: synced" "$tmp/out"; then
    kill -KILL "$(cat "$tmp/emu.pid")"
    wait $boot_pid
    if python3 - "$tmp/disk.img" "$PATTERN" <<'EOF'
import sys
want = ((sys.argv[2] + "\n").encode() * 40000)[:1 << 20]
sys.exit(open(sys.argv[1], "rb").read(1 << 20) != want)
EOF
    then
        echo "disk-kill: pattern on the image after sync and SIGKILL"
    else
        echo "disk-kill: the image lacks the pattern the guest synced"
        fail=1
    fi
else
    wait $boot_pid
    tail -n 20 "$tmp/out"
    echo "disk-kill: the guest never reported its sync"
    fail=1
fi

# 2. full
rm -f "$tmp/disk.img" "$tmp/emu.pid"
truncate -s 128M "$tmp/disk.img"
make_init full
make_wrapper "ulimit -f $((96 * 2048))" # 512-byte blocks (sh)
out=$(boot 2>&1)
rc=$?
for want in "data-safety: low write exit 0" "reboot: Power down"; do
    if ! grep -qF "$want" <<<"$out"; then
        echo "disk-full: missing '$want'"
        fail=1
    fi
done
if grep -q "data-safety: high write exit 0" <<<"$out" ||
   grep -q "data-safety: kernel I/O errors 0" <<<"$out"; then
    echo "disk-full: the write past the limit did not fail in the guest"
    fail=1
fi
if [ $rc -ne 0 ]; then
    echo "disk-full: emu exit $rc"
    fail=1
fi
if [ $fail -ne 0 ]; then
    grep "data-safety\|I/O error" <<<"$out" | head -20
else
    echo "disk-full: $(grep -m1 'data-safety: high' <<<"$out"), emu exit 0"
fi
exit $fail
