#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The JIT's code buffer fills and is flushed, over and over, and guests
# still run correctly. jit-churn makes thousands of distinct blocks and
# must see many flushes on the smallest buffer; tests with calls,
# recursion, branches and self-modifying code must pass there too.
set -eu
cd "$(dirname "$0")/.."
for t in jit-churn calls-recursion smc rv64i-branches; do
    log=$(mktemp)
    build/emu -M spike -bios none -kernel build/tcg-tests/riscv/$t.elf \
        -accel jit,tb-size=128K -d stats -D "$log"
    flushes=$(awk '/code-buffer flushes/ { print $NF }' "$log")
    rm -f "$log"
    echo "jit-flush: $t passed with $flushes flushes"
    if [ $t = jit-churn ] && [ "${flushes:-0}" -lt 100 ]; then
        echo "jit-flush: jit-churn should have filled the buffer many times" >&2
        exit 1
    fi
done
