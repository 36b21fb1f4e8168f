#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Differential test of emu against QEMU 7.2 (tcg-tests/difftest/): random
# instruction sequences from the decoder's pattern tables run on emu's JIT,
# emu's interpreter and qemu-system-riscv64 -M spike; the final registers,
# fcsr, trap log and data window must match bit for bit. A second program
# per batch also draws the instructions QEMU 7.2 gets wrong (difftest-gen
# -l lists them, each with its reason) and compares emu with itself: JIT,
# interpreter, and JIT with one instruction per block.
#
#   SEEDS=n FIRST=s INSNS=k BATCH=b tests/difftest.sh
#
# runs seeds s..s+n-1 (default 1..1050), k instructions each (2000), b
# sequences per guest program (20); EMU=build/asan/emu checks the
# sanitizer build. Without QEMU only emu is compared.
# A mismatch prints the seed, the first differing line and the sequence's
# disassembly, and keeps the program in build/difftest/.
set -u
cd "$(dirname "$0")/.."

# The make test budget: the rarest group (M, about 5% of the draws from
# the pattern tables) gets at least 100,000 instructions.
seeds=${SEEDS:-1050}
first=${FIRST:-1}
insns=${INSNS:-2000}
batch=${BATCH:-20}
gen=build/difftest-gen
emu=${EMU:-build/emu}
qemu=${QEMU:-qemu-system-riscv64}
rv_cc=${RV_CC:-riscv64-linux-gnu-gcc}
objdump=${RV_OBJDUMP:-riscv64-linux-gnu-objdump}
keep=build/difftest
timeout=${TEST_TIMEOUT:-60}

dir=tcg-tests/difftest
common=tcg-tests/riscv/common
# RV64GC only: the runtime must not use an instruction under test.
cflags=(-march=rv64gc_zicsr_zifencei -mabi=lp64d
        -mcmodel=medany -fno-pie -static -nostdlib -nostartfiles
        -ffreestanding -O2 -Wall -Wextra -Werror
        -fno-tree-loop-distribute-patterns -I"$dir" -I"$common")
ldflags=(-no-pie -T "$common/link.ld" -Wl,--build-id=none)

for f in "$gen" "$emu"; do
    [ -x "$f" ] || { echo "difftest: $f missing (make $f)"; exit 1; }
done
have_qemu=1
if ! command -v "$qemu" >/dev/null; then
    have_qemu=0
    echo "difftest: $qemu not found: comparing emu with itself only"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# The runtime is the same for every program: compile it once.
"$rv_cc" "${cflags[@]}" -c -o "$tmp/crt.o" "$common/crt.S" &&
"$rv_cc" "${cflags[@]}" -c -o "$tmp/runtime.o" "$dir/runtime.S" &&
"$rv_cc" "${cflags[@]}" -c -o "$tmp/report.o" "$dir/report.c" || exit 1

run() { # target elf out: run elf on target, output and exit status to out
    local t=$1 elf=$2 out=$3 cmd
    case $t in
    qemu) cmd=("$qemu" -M spike -bios none -nographic
               -cpu rv64,zba=true,zbb=true,zbc=true,zbs=true,h=false) ;;
    jit1) cmd=("$emu" -M spike -bios none -accel jit -one-insn-per-tb) ;;
    *) cmd=("$emu" -M spike -bios none -accel "$t") ;;
    esac
    timeout "$timeout" "${cmd[@]}" -kernel "$elf" >"$out" 2>&1 </dev/null
    echo "exit $?" >>"$out"
}

build() { # name genflags insns seed count
    "$gen" $2 -n "$3" "$4" "$5" >"$tmp/$1.S" &&
    "$rv_cc" "${cflags[@]}" "${ldflags[@]}" -o "$tmp/$1.elf" \
        "$tmp/crt.o" "$tmp/runtime.o" "$tmp/report.o" "$tmp/$1.S"
}

differs() { # genflags insns seed ref target: does a lone sequence differ?
    build bisect "$1" "$2" "$3" 1 || return 1
    run "$4" "$tmp/bisect.elf" "$tmp/bisect.$4"
    run "$5" "$tmp/bisect.elf" "$tmp/bisect.$5"
    ! cmp -s "$tmp/bisect.$4" "$tmp/bisect.$5"
}

# Explain a difference between targets ref and t on program name: the
# seed, the first differing line, and the shortest prefix of the sequence
# (found by bisection) that still differs, with its last instructions.
report() { # name genflags ref t
    local name=$1 gflags=$2 ref=$3 t=$4 n seed lo hi mid
    local a=$tmp/$name.$ref b=$tmp/$name.$t
    n=$(cmp "$a" "$b" 2>/dev/null | sed -n 's/.* line \([0-9]*\).*/\1/p')
    [ -n "$n" ] || n=$(($(wc -l <"$a") + 1))
    seed=$(head -n "$n" "$a" | sed -n 's/^seed //p' | tail -n 1)
    [ -n "$seed" ] || seed=$(sed -n 's/^seed //p' "$a" | head -n 1)
    echo "FAIL difftest $name: $t differs from $ref, seed $seed"
    echo "  $ref: $(sed -n "${n}p" "$a")"
    echo "  $t: $(sed -n "${n}p" "$b")"
    mkdir -p "$keep"
    cp "$tmp/$name.elf" "$keep/$name.elf"
    if ! differs "$gflags" "$insns" "$seed" "$ref" "$t"; then
        echo "  (seed $seed alone agrees: see $keep/$name.elf)"
        return
    fi
    lo=0
    hi=$insns
    while [ $((hi - lo)) -gt 1 ]; do
        mid=$(((lo + hi) / 2))
        if differs "$gflags" "$mid" "$seed" "$ref" "$t"; then
            hi=$mid
        else
            lo=$mid
        fi
    done
    differs "$gflags" "$hi" "$seed" "$ref" "$t"
    cp "$tmp/bisect.elf" "$keep/seed-$seed.elf"
    echo "  the first $hi instructions differ already:" \
         "$keep/seed-$seed.elf ($gen $gflags -n $hi $seed 1)"
    diff "$tmp/bisect.$ref" "$tmp/bisect.$t" |
        sed -n "s/^</  $ref:/p; s/^>/  $t:/p" | head -n 8
    lo=$(nm "$tmp/bisect.elf" | awk -v s="dt_body_$seed" '$3 == s {print $1}')
    hi=$(nm "$tmp/bisect.elf" | awk -v s="dt_end_$seed" '$3 == s {print $1}')
    "$objdump" -d --start-address=0x"$lo" --stop-address=0x"$hi" \
        "$tmp/bisect.elf" | sed -n '/^ *[0-9a-f]*:/p' | tail -n 8
}

# Build one program; run it on every target; compare with the first.
check() { # name genflags seed count target...
    local name=$1 gflags=$2 seed=$3 count=$4 t
    shift 4
    build "$name" "$gflags" "$insns" "$seed" "$count" ||
        { echo "FAIL difftest $name: does not build"; fail=1; return; }
    for t in "$@"; do
        run "$t" "$tmp/$name.elf" "$tmp/$name.$t" &
    done
    wait
    local ref=$1
    if [ "$(tail -n 1 "$tmp/$name.$ref")" != "exit 0" ]; then
        echo "FAIL difftest $name: $ref did not finish"
        tail -n 3 "$tmp/$name.$ref"
        fail=1
    fi
    shift
    for t in "$@"; do
        if ! cmp -s "$tmp/$name.$ref" "$tmp/$name.$t"; then
            report "$name" "$gflags" "$ref" "$t"
            fail=1
        fi
    done
}

start=$SECONDS
for ((s = first; s < first + seeds; s += batch)); do
    count=$((first + seeds - s < batch ? first + seeds - s : batch))
    if [ $have_qemu -eq 1 ]; then
        check "qemu-$s" "" "$s" "$count" qemu jit interp
    else
        check "emu-$s" "" "$s" "$count" interp jit
    fi
    check "emu-only-$s" "-e" "$s" "$count" interp jit jit1
done
what="jit, interp and $qemu"
[ $have_qemu -eq 1 ] || what="jit and interp"
echo "difftest: seeds $first..$((first + seeds - 1)), $insns instructions" \
     "each, $what: $([ $fail -eq 0 ] && echo agree || echo DIFFER)" \
     "($((SECONDS - start)) s)"
exit $fail
