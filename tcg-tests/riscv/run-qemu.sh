#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# run-qemu.sh: the reference check of the RISC-V guest tests. Builds them,
# runs each on qemu-system-riscv64 -M spike and prints PASS or FAIL (with
# the failing case number, which is the exit status). Runs the tests named
# on the command line, or every test in RV_TESTS (rules.mk).
# Usage: tcg-tests/riscv/run-qemu.sh [ELF...]   (from anywhere)
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
qemu=${QEMU:-qemu-system-riscv64}
rules=tcg-tests/riscv/rules.mk

# rules.mk stands alone, so the top Makefile's other rules cannot get in
# the way of the reference check.
if [ $# -gt 0 ]; then
    make --no-print-directory -s -f "$rules" "$@" || exit 2
    tests=("$@")
else
    make --no-print-directory -s -f "$rules" tcg-tests || exit 2
    read -r -a tests < <(make --no-print-directory -s -f "$rules" \
        -f <(printf 'rv-print-tests:\n\t@echo $(RV_TESTS)\n') rv-print-tests)
fi

pass=0
fail=0
for elf in "${tests[@]}"; do
    name=$(basename "$elf" .elf)
    machine=spike
    case $name in virt-*) machine=virt ;; esac
    out=$(timeout 10 "$qemu" -M $machine -bios none -nographic -kernel "$elf" \
          </dev/null 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ]; then
        printf 'PASS  %s\n' "$name"
        pass=$((pass + 1))
    else
        if [ "$rc" -eq 124 ]; then
            why="timeout"
        else
            why="case $rc"
        fi
        printf 'FAIL  %s (%s)\n' "$name" "$why"
        [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/      /'
        fail=$((fail + 1))
    fi
done
printf '%d passed, %d failed\n' "$pass" "$fail"
[ "$fail" -eq 0 ]
