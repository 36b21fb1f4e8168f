#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bad invocations: each must print exactly one line naming the problem on
# stderr and exit with status 1 (never a crash, never a silent success).
set -u
cd "$(dirname "$0")/.."
emu=${EMU:-build/emu}
ok=build/tcg-tests/riscv/hello.elf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
head -c 100 "$ok" > "$tmp/truncated.elf"
head -c 3000 "$ok" > "$tmp/cut-segment.elf"
echo "not an elf" > "$tmp/text.elf"
: > "$tmp/empty.elf"

fail=0
check() { # description, then the arguments
    local what=$1 out rc lines
    shift
    out=$("$emu" "$@" 2>&1 >/dev/null)
    rc=$?
    lines=$(printf '%s\n' "$out" | grep -c .)
    if [ $rc -ne 1 ] || [ "$lines" -ne 1 ] || [[ $out != emu:* ]]; then
        echo "bad-input: $what: exit $rc, $lines lines: $out"
        fail=1
    fi
}

check "no machine"          -kernel $ok
check "unknown machine"     -M nosuch -kernel $ok
check "unknown option"      -M spike -kernel $ok -frobnicate
check "missing argument"    -M spike -kernel
check "missing kernel"      -M spike -bios none
check "kernel not found"    -M spike -bios none -kernel "$tmp/nosuch.elf"
check "kernel is a dir"     -M spike -bios none -kernel "$tmp"
check "empty kernel"        -M spike -bios none -kernel "$tmp/empty.elf"
check "text kernel"         -M spike -bios none -kernel "$tmp/text.elf"
check "truncated ELF"       -M spike -bios none -kernel "$tmp/truncated.elf"
check "segment past EOF"    -M spike -bios none -kernel "$tmp/cut-segment.elf"
check "x86-64 ELF"          -M spike -bios none -kernel /bin/true
check "RAM too small"       -M spike -bios none -m 1M -kernel $ok
check "bad -m"              -M spike -bios none -m 12Q -kernel $ok
check "zero -m"             -M spike -bios none -m 0 -kernel $ok
check "huge -m"             -M spike -bios none -m 100T -kernel $ok
check "bad -smp"            -M spike -bios none -smp x -kernel $ok
check "spike with -smp 2"   -M spike -bios none -smp 2 -kernel $ok
check "spike with firmware" -M spike -bios fw.bin -kernel $ok
check "bad accelerator"     -M spike -bios none -accel kvm -kernel $ok
check "tiny tb-size"        -M spike -bios none -accel jit,tb-size=4K -kernel $ok
check "unknown -d item"     -M spike -bios none -d everything -kernel $ok
check "unwritable -D"       -M spike -bios none -D /nonexistent/dir/log -kernel $ok
check "empty signature"     -M spike -bios none -kernel $ok +signature=
check "zero granularity"    -M spike -bios none -kernel $ok --signature-granularity=0
check "bad granularity"     -M spike,signature-granularity=x -bios none -kernel $ok
check "unknown -M property" -M spike,frob=1 -bios none -kernel $ok
check "no signature syms"   -M spike -bios none -kernel $ok +signature="$tmp/sig"
# Fuzz findings (docs/robustness.md): a .bss of 196 GiB; device trees
# whose header passes but whose blocks overlap, or whose root node's name
# libfdt cannot read.
tail -c +2 fuzz/corpus/loaders/regress-huge-bss > "$tmp/huge-bss.elf"
check "ELF with a huge .bss" -M spike -bios none -kernel "$tmp/huge-bss.elf"
check "corrupt -dtb"        -M virt -bios none -kernel $ok \
                            -dtb fuzz/corpus/dtb/regress-open-into-overlap
check "-dtb, bad root name" -M virt -bios none -kernel $ok \
                            -dtb fuzz/corpus/dtb/regress-check-full-root-name
exit $fail
