#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# HTIF and the test signature on -M virt: a bare-metal ELF with a tohost
# symbol exits through HTIF as on spike (a passing test with 0, a failing
# case with its number), and -M virt,signature=F / +signature=F dump the
# signature in spike's format.
set -u
cd "$(dirname "$0")/.."
dir=build/tcg-tests/riscv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

for accel in jit interp; do
    timeout 20 build/emu -M virt -bios none -accel $accel -nographic \
        -kernel $dir/rv64i-alu-reg.elf >/dev/null
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "virt-htif ($accel): rv64i-alu-reg exited $rc"; fail=1
    fi
done

# The signature guest stores bytes 0x10..0x23; 16 bytes per line.
want=$'1f1e1d1c1b1a19181716151413121110\n00000000000000000000000023222120'
for form in "-M virt,signature=$tmp/sig" "-M virt +signature=$tmp/sig"; do
    rm -f "$tmp/sig"
    # shellcheck disable=SC2086
    if ! timeout 20 build/emu $form -bios none -nographic \
            -kernel $dir/signature.elf >/dev/null; then
        echo "virt-htif signature ($form): guest failed"; fail=1
    elif [ "$(cat "$tmp/sig" 2>/dev/null)" != "$want" ]; then
        echo "virt-htif signature ($form): got"; cat "$tmp/sig"; fail=1
    fi
done
exit $fail
