#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# linux-boot.sh: boots Debian's riscv64 kernel on `emu -M virt` (default
# OpenSBI) with a busybox initramfs whose /init loads virtio_mmio,
# virtio_blk and virtio-rng, lists what it found and powers off.
# tests/linux-boot.sh runs it in `make test`; `make run` with --shell.
# Packages come from Debian trixie for riscv64 through a private apt state
# in ${XDG_CACHE_HOME:-$HOME/.cache}/emu; the version is resolved from the
# index at run time and printed.
# Usage: tests/virt/linux-boot.sh [--shell] [extra emu options...]
#   --shell: /init starts an interactive shell instead (`make run`).
# Environment: EMU (the emulator binary), LINUX_MODS (more modules, paths
# under the kernel's module tree without .ko.xz, e.g. drivers/net/virtio_net),
# LINUX_INIT (a host file to use as /init), LINUX_FILES (more mkcpio.py
# entries). LINUX_KERNEL_PATH=1 prints the kernel path and exits.
set -eu
shell=0
if [ "${1:-}" = --shell ]; then
    shell=1
    shift
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/emu
apt=$cache/apt-riscv64
work=$cache/linux
mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/etc" "$work"
# The Debian mirror this machine's apt already uses.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources \
             2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' \
                                 /etc/apt/sources.list 2>/dev/null)
[ -n "$mirror" ] || { echo "linux-boot: no Debian mirror in apt's sources" >&2; exit 1; }
echo "deb [arch=riscv64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" \
    > "$apt/etc/sources.list"
touch "$apt/status"
APTO=(-o "Dir::Etc::SourceList=$apt/etc/sources.list" -o Dir::Etc::SourceParts=-
      -o "Dir::State::Lists=$apt/lists" -o "Dir::State::Status=$apt/status"
      -o "Dir::Cache=$apt" -o APT::Architecture=riscv64
      -o APT::Architectures=riscv64)
[ -n "$(ls "$apt/lists" 2>/dev/null | grep -v partial)" ] ||
    apt-get "${APTO[@]}" update -q >/dev/null
kpkg=$(apt-cache "${APTO[@]}" depends linux-image-riscv64 |
       sed -n 's/^ *Depends: \(linux-image-[0-9].*\)$/\1/p' | head -n 1)
echo "linux-boot: kernel package $kpkg"
cd "$work"
ls ${kpkg}_*.deb >/dev/null 2>&1 || apt-get "${APTO[@]}" download "$kpkg" >/dev/null
ls busybox-static_*.deb >/dev/null 2>&1 ||
    apt-get "${APTO[@]}" download busybox-static >/dev/null
ver=${kpkg#linux-image-}
if [ ! -f "x/boot/vmlinux-$ver" ]; then
    dpkg-deb -x "$(ls ${kpkg}_*.deb | head -n 1)" x
fi
[ -f bb/usr/bin/busybox ] || dpkg-deb -x "$(ls busybox-static_*.deb | head -n 1)" bb
kernel=$work/x/boot/vmlinux-$ver
busybox=$work/bb/usr/bin/busybox
if [ "${LINUX_KERNEL_PATH:-}" = 1 ]; then
    echo "$kernel"
    exit 0
fi
mods=$work/x/usr/lib/modules/$ver/kernel
# What a run makes (init, initramfs, disk) goes to its own directory, so
# that runs side by side do not overwrite each other's files.
run=$(mktemp -d "${TMPDIR:-/tmp}/emu-linux.XXXXXX")
trap 'rm -rf "$run"' EXIT
cd "$run"
# Modules, in load order, as paths under the kernel's module tree;
# LINUX_MODS adds more. /init loads each one listed in /modules.
modlist="drivers/virtio/virtio_mmio drivers/block/virtio_blk
         drivers/char/hw_random/virtio-rng ${LINUX_MODS:-}"
cpio_mods=()
: > modules
for m in $modlist; do
    xz -dkc "$mods/$m.ko.xz" > "$(basename "$m").ko"
    basename "$m" >> modules
    cpio_mods+=("file:$(basename "$m").ko=$(basename "$m").ko")
done
if [ -n "${LINUX_INIT:-}" ]; then
    cp "$LINUX_INIT" init
else
    cat > init <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "init: userland is running on $(uname -m)"
for m in $(cat /modules); do insmod /$m.ko || echo "init: insmod $m failed"; done
echo "init: block devices: $(ls /sys/block | tr '\n' ' ')"
echo "init: rng: $(cat /sys/class/misc/hw_random/rng_current 2>/dev/null)"
echo "init: disk says: $(head -c 16 /dev/vda)"
echo "init: sha256 of 64 random bytes: $(head -c 64 /dev/hwrng | sha256sum | cut -c1-16)"
date
if [ -e /shell ]; then
    echo "init: boot to shell took $(cut -d' ' -f1 /proc/uptime) s (Linux uptime)"
    echo "init: a shell on the console; 'poweroff -f' (or Ctrl-A X) leaves"
    setsid cttyhack sh
fi
poweroff -f
INIT
fi
chmod +x init
rm -f shell-flag
[ $shell = 1 ] && : > shell-flag
# LINUX_FILES: more mkcpio.py entries (file:PATH=HOSTFILE ...).
python3 "$root/tests/virt/mkcpio.py" initrd.cpio dir:bin dir:dev dir:proc \
    dir:sys chr:dev/console=5,1 file:init=init file:bin/busybox="$busybox" \
    file:modules=modules "${cpio_mods[@]}" ${LINUX_FILES:-} \
    $([ $shell = 1 ] && echo file:shell=shell-flag)
printf 'emu virtio disk!' > disk.img
truncate -s 1M disk.img
time "${EMU:-$root/build/emu}" -M virt -m 256M -nographic -kernel "$kernel" \
    -initrd initrd.cpio -append "console=ttyS0 earlycon" \
    -drive file=disk.img,format=raw -device virtio-rng-device "$@"
