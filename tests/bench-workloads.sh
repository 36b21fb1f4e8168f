#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench-workloads.sh: keeps the benchmark workloads (bench/workloads/)
# honest at a tiny size (2% of the default work): each must print a
# CHECKSUM line, the same one natively and as a static riscv64 program
# under qemu-riscv64 (user mode), and an ELAPSED line on both.
set -u
cd "$(dirname "$0")/.."
make --no-print-directory -s bench-programs >/dev/null || {
    echo "bench-workloads: build failed"; exit 1; }
fail=0
dir=build/bench/workloads
tmpd=$(mktemp -d "${TMPDIR:-/tmp}/emu-bench-test.XXXXXX")
trap 'rm -rf "$tmpd"' EXIT
for w in intmix memory fp syscall compress; do
    n=$(BENCH_TMPDIR=$tmpd timeout 60 "$dir/$w.native" 2)
    q=$(BENCH_TMPDIR=$tmpd timeout 60 qemu-riscv64 "$dir/$w.rv" 2)
    ns=$(awk '$1 == "CHECKSUM" { print $2 }' <<<"$n")
    qs=$(awk '$1 == "CHECKSUM" { print $2 }' <<<"$q")
    if [ -z "$ns" ] || [ "$ns" != "$qs" ] ||
       ! grep -q '^ELAPSED [0-9.]*$' <<<"$n" ||
       ! grep -q '^ELAPSED [0-9.]*$' <<<"$q"; then
        echo "bench-workloads: $w: native '$ns', qemu-riscv64 '$qs'"
        fail=1
    else
        echo "bench-workloads: $w: $ns on both"
    fi
done
exit $fail
