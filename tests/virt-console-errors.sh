#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The user-facing edges of -chardev and the virtio console: each bad
# spelling is one line on stderr and exit status 1; a good one gets past
# option parsing to the (missing) kernel.
set -u
cd "$(dirname "$0")/.."
emu=build/emu
fail=0

bad() { # NAME ARGS...: emu must fail with status 1 and one line
    local name=$1 out rc
    shift
    out=$(timeout 20 $emu -M virt -nographic "$@" </dev/null 2>&1 >/dev/null)
    rc=$?
    if [ $rc -ne 1 ] || [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ]; then
        echo "virt-console-errors: $name: exit $rc, stderr: $out"
        fail=1
    fi
}

bad "unknown back end" -chardev socket,id=c0
bad "file without path" -chardev file,id=c0
bad "no id" -chardev null
bad "unknown property" -chardev null,id=c0,mux=on
bad "id twice" -chardev null,id=c0 -chardev null,id=c0
bad "virtconsole without its bus" -chardev null,id=c0 \
    -device virtconsole,chardev=c0
bad "unknown chardev id" -chardev null,id=c0 \
    -device virtio-console-device,chardev=c1
bad "console without chardev" -device virtio-console-device
bad "one chardev, two consoles" -chardev null,id=c0 \
    -device virtio-console-device,chardev=c0 \
    -device virtio-console-device,chardev=c0
bad "stdio twice" -chardev stdio,id=c0 \
    -device virtio-console-device,chardev=c0
bad "unwritable file" -chardev file,id=c0,path=/nonexistent/dir/f \
    -device virtio-serial-device -device virtconsole,chardev=c0
# Good spellings parse; the board then refuses the missing kernel.
out=$(timeout 20 $emu -M virt -serial none -chardev stdio,id=c0 \
      -device virtio-serial-device -device virtconsole,chardev=c0,id=con0 \
      -kernel /nonexistent </dev/null 2>&1)
case $out in
*nonexistent*) ;;
*) echo "virt-console-errors: good options refused: $out"; fail=1 ;;
esac
exit $fail
