#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Test signatures in all three spellings (Spike, Sail, QEMU), with several
# granularities, including a last line padded with 00 above the end. The
# guest (tcg-tests/riscv/signature.S) stores bytes 0x10..0x23 at run time.
set -u
cd "$(dirname "$0")/.."
elf=build/tcg-tests/riscv/signature.elf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

expect() { # granularity -> expected file contents
    local g=$1 line i b out=""
    for ((line = 0; line < 20; line += g)); do
        for ((i = g - 1; i >= 0; i--)); do
            b=$((line + i))
            if [ $b -lt 20 ]; then out+=$(printf '%02x' $((0x10 + b))); else out+=00; fi
        done
        out+=$'\n'
    done
    printf '%s' "$out"
}

check() { # description, granularity, emu arguments...
    local what=$1 g=$2
    shift 2
    rm -f "$tmp/sig"
    if ! build/emu -M spike -bios none -kernel $elf "$@" >/dev/null; then
        echo "signature ($what): guest failed"; fail=1; return
    fi
    if [ "$(cat "$tmp/sig" 2>/dev/null)" != "$(expect "$g")" ]; then
        echo "signature ($what): got"; cat "$tmp/sig"; fail=1
    fi
}

check "spike default" 16 "+signature=$tmp/sig"
check "spike 4" 4 "+signature=$tmp/sig" +signature-granularity=4
check "sail 8" 8 "--test-signature=$tmp/sig" --signature-granularity=8
check "sail 16" 16 "--test-signature=$tmp/sig"
rm -f "$tmp/sig"
if ! build/emu -M "spike,signature=$tmp/sig,signature-granularity=32" \
        -bios none -kernel $elf >/dev/null ||
   [ "$(cat "$tmp/sig")" != "$(expect 32)" ]; then
    echo "signature (qemu 32): wrong"; fail=1
fi
# No signature symbols: one clear error.
if build/emu -M spike -bios none -kernel build/tcg-tests/riscv/hello.elf \
        "+signature=$tmp/none" >/dev/null 2>&1 || [ -e "$tmp/none" ]; then
    echo "signature: a guest without the symbols was accepted"; fail=1
fi
exit $fail
