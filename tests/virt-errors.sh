#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The virt board's user-facing edges: kernels for another architecture,
# truncated, unrecognised or too large for RAM; an initrd that does not
# fit; -dtb with a file that is not a device tree; a missing disk image,
# an unknown -device, more devices than virtio slots, a bad -serial,
# malformed network options and a busy hostfwd port (each
# one line on stderr and exit status 1); -M virt,dumpdtb (a valid tree
# carrying -append and the initrd's bounds, which then boots through
# -dtb); -serial file: and none; reset requests (the board restarts;
# -no-reboot makes them exit 0).
set -u
cd "$(dirname "$0")/.."
d=build/tests-virt
emu=build/emu
mkdir -p $d
fail=0

# NAME WANT ARGS...: emu must fail with status 1 and one line that names
# the problem (contains WANT).
bad() {
    local name=$1 want=$2 out rc
    shift 2
    out=$(timeout 20 $emu -M virt -nographic "$@" </dev/null 2>&1 >/dev/null)
    rc=$?
    if [ $rc -ne 1 ] || [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ] ||
       ! grep -qF -- "$want" <<<"$out"; then
        echo "virt-errors: $name: exit $rc, stderr: $out"
        fail=1
    fi
}

bash tests/virt-opensbi.sh >/dev/null || { echo "virt-errors: payload"; exit 1; }
img=$d/sbi-payload.Image
python3 - "$d" <<'PY'
import sys
d = sys.argv[1]
img = open(d + "/sbi-payload.Image", "rb").read()
open(d + "/arm64.Image", "wb").write(img[:48] + bytes(8) + b"ARM\x64" + img[60:])
open(d + "/junk.bin", "wb").write(bytes(range(256)) * 16)
open(d + "/big.bin", "wb").write(bytes(5 << 20))
gz = open(d + "/sbi-payload.Image.gz", "rb").read()
open(d + "/cut.Image.gz", "wb").write(gz[: len(gz) // 2])
elf = open(d + "/sbi-payload.elf", "rb").read()
open(d + "/cut.elf", "wb").write(elf[:200])
PY
bad "x86-64 ELF" "built for another architecture" -kernel /bin/true
bad "arm64 Image" "is an arm64 Linux Image" -kernel $d/arm64.Image
bad "unknown format" "neither an ELF nor a RISC-V Linux Image" -kernel $d/junk.bin
bad "truncated gzip" "truncated or corrupt (compressed data)" -kernel $d/cut.Image.gz
bad "truncated ELF" "truncated or corrupt (segment" -kernel $d/cut.elf
bad "missing kernel" "cannot open 'build/tests-virt/no-such-file'" -kernel $d/no-such-file
bad "kernel too large" "larger than the guest RAM" -m 2M -kernel $d/big.bin
bad "Image beyond RAM" "does not fit in RAM" -m 2M -kernel $img
bad "initrd too large" "larger than the guest RAM" -m 8M -kernel $img -initrd $d/big.bin
bad "bad -dtb" "not a valid flattened device tree" -kernel $img -dtb $d/junk.bin
bad "-bios none without -kernel" "-bios none needs a program" -bios none
bad "-bios builtin without -kernel" "-bios builtin needs a kernel" -bios builtin
bad "-smp 2 with -icount" "-icount runs a single hart" -smp 2 -icount 3 -kernel $img
bad "-smp 2 with -gdb" "-gdb debugs a single hart" -smp 2 -gdb tcp::1 -kernel $img
bad "missing disk image" "cannot open disk image" -kernel $img -drive file=$d/no-such-file,format=raw
bad "unknown -device" "unsupported device 'e1000'" -kernel $img -device e1000
bad "nine virtio devices" "8 virtio-mmio slots (9 devices asked)" -kernel $img $(printf -- '-device virtio-rng-device %.0s' 1 2 3 4 5 6 7 8 9)
# Networking: malformed options, unknown or shared netdevs, a busy port.
bad "-netdev without id" "no id= given" -kernel $img -netdev user
bad "-netdev tap" "unsupported type 'tap'" -kernel $img -netdev tap,id=n0
bad "hostfwd port range" "malformed hostfwd 'tcp::99999-:22'" -kernel $img -netdev user,id=n0,hostfwd=tcp::99999-:22
bad "hostfwd protocol" "protocol 'sctp' is not tcp or udp" -kernel $img -netdev user,id=n0,hostfwd=sctp::2222-:22
bad "hostfwd no guest part" "malformed hostfwd 'tcp::2222'" -kernel $img -nic user,hostfwd=tcp::2222
bad "hostfwd bad address" "malformed hostfwd 'tcp:1.2.3:2222-:22'" -kernel $img -nic user,hostfwd=tcp:1.2.3:2222-:22
bad "malformed mac" "malformed mac '52:54:00:12:34'" -kernel $img -nic user,mac=52:54:00:12:34
bad "unknown netdev" "no -netdev with id 'n1'" -kernel $img -netdev user,id=n0 \
    -device virtio-net-device,netdev=n1
bad "netdev used twice" "is used by another card" -kernel $img -netdev user,id=n0 \
    -device virtio-net-device,netdev=n0 -device virtio-net-device,netdev=n0
python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
print(s.getsockname()[1], flush=True); time.sleep(30)' > $d/busy-port &
busy=$!
for _ in $(seq 50); do [ -s $d/busy-port ] && break; sleep 0.1; done
bad "hostfwd port in use" "cannot forward host tcp port" -kernel $img \
    -nic "user,hostfwd=tcp:127.0.0.1:$(cat $d/busy-port)-:22"
kill $busy

# dumpdtb, then boot with the dumped tree.
rm -f $d/virt.dtb
printf 'initrd' > $d/initrd
$emu -M virt,dumpdtb=$d/virt.dtb -kernel $img -initrd $d/initrd \
    -append "console=ttyS0 quiet" </dev/null >/dev/null 2>&1
if [ "$(head -c 4 $d/virt.dtb 2>/dev/null | od -An -tx1 | tr -d ' ')" != d00dfeed ]; then
    echo "virt-errors: dumpdtb wrote no device tree"
    fail=1
elif command -v fdtget >/dev/null; then
    args=$(fdtget $d/virt.dtb /chosen bootargs)
    start=$(fdtget -tx $d/virt.dtb /chosen linux,initrd-start)
    end=$(fdtget -tx $d/virt.dtb /chosen linux,initrd-end)
    isa=$(fdtget $d/virt.dtb /cpus/cpu@0 riscv,isa)
    if [ "$args" != "console=ttyS0 quiet" ] || [ -z "$start" ] ||
       [ "$isa" = "${isa#rv64imafdc_}" ]; then
        echo "virt-errors: dumped tree: bootargs '$args' initrd '$start'-'$end' isa '$isa'"
        fail=1
    fi
fi
out=$(timeout 20 $emu -M virt -nographic -kernel $img -dtb $d/virt.dtb </dev/null 2>&1)
if [ $? -ne 0 ] || ! grep -q '^payload: ok' <<<"$out"; then
    echo "virt-errors: boot with -dtb failed: $(tail -n 3 <<<"$out")"
    fail=1
fi

# -serial file:PATH and none (the bare-metal test prints one line).
t=build/tcg-tests/riscv/virt-devices.elf
rm -f $d/serial.txt
out=$($emu -M virt -bios none -kernel $t -serial file:$d/serial.txt </dev/null)
rc=$?
if [ $rc -ne 0 ] || [ -n "$out" ] ||
   [ "$(cat $d/serial.txt 2>/dev/null)" != "virt-devices: ok" ]; then
    echo "virt-errors: -serial file: exit $rc, stdout '$out'"
    fail=1
fi
out=$($emu -M virt -bios none -kernel $t -serial none </dev/null)
if [ $? -ne 0 ] || [ -n "$out" ]; then
    echo "virt-errors: -serial none: output '$out'"
    fail=1
fi
bad "bad -serial" "unknown character back end 'tcp:1234'" -kernel $img -serial tcp:1234

# Reset: the board restarts the program; -no-reboot exits at the first.
riscv64-linux-gnu-gcc -march=rv64i_zicsr -mabi=lp64 -nostdlib -static -no-pie \
    -Wl,-N -Wl,--no-warn-rwx-segments -Wl,-Ttext=0x80000000 -Wl,--build-id=none \
    -o $d/reset.elf tests/virt/reset.S ||
    exit 1
n=$(timeout 2 $emu -M virt -bios none -kernel $d/reset.elf </dev/null | grep -c boot)
if [ "$n" -lt 2 ]; then
    echo "virt-errors: reset did not restart the machine ($n boots)"
    fail=1
fi
out=$(timeout 20 $emu -M virt -bios none -no-reboot -kernel $d/reset.elf </dev/null)
rc=$?
if [ $rc -ne 0 ] || [ "$out" != boot ]; then
    echo "virt-errors: -no-reboot: exit $rc, output '$out'"
    fail=1
fi
exit $fail
