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
# runs seeds s..s+n-1 (default 1..20), k instructions each (200), b
# sequences per guest program (20). Without QEMU only emu is compared.
# A mismatch prints the seed, the first differing line and the sequence's
# disassembly, and keeps the program in build/difftest/.
set -u
cd "$(dirname "$0")/.."

seeds=${SEEDS:-20}
first=${FIRST:-1}
insns=${INSNS:-200}
batch=${BATCH:-20}
gen=build/difftest-gen
emu=build/emu
qemu=${QEMU:-qemu-system-riscv64}
rv_cc=${RV_CC:-riscv64-linux-gnu-gcc}
objdump=${RV_OBJDUMP:-riscv64-linux-gnu-objdump}
keep=build/difftest
timeout=${TEST_TIMEOUT:-60}

dir=tcg-tests/difftest
common=tcg-tests/riscv/common
cflags=(-march=rv64gc_zba_zbb_zbc_zbs_zicsr_zifencei -mabi=lp64d
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

run_emu() { # elf out accel [extra...]
    local elf=$1 out=$2 accel=$3
    shift 3
    timeout "$timeout" "$emu" -M spike -bios none -kernel "$elf" \
        -accel "$accel" "$@" >"$out" 2>&1 </dev/null
    echo "exit $?" >>"$out"
}

run_qemu() { # elf out
    timeout "$timeout" "$qemu" -M spike -bios none -nographic \
        -cpu rv64,zba=true,zbb=true,zbc=true,zbs=true \
        -kernel "$1" >"$2" 2>&1 </dev/null
    echo "exit $?" >>"$2"
}

# Explain a difference between the reference output ref and out: the seed,
# the first differing line, and the sequence's instructions.
report() { # name elf ref refname out outname genflags
    local name=$1 elf=$2 ref=$3 refname=$4 out=$5 outname=$6 gflags=$7
    local n seed lo hi
    n=$(cmp "$ref" "$out" 2>/dev/null | sed -n 's/.* line \([0-9]*\).*/\1/p')
    [ -n "$n" ] || n=$(($(wc -l <"$ref") + 1))
    seed=$(head -n "$n" "$ref" | grep '^seed ' | tail -n 1 | cut -d' ' -f2)
    [ -n "$seed" ] || seed=$(sed -n 's/^seed //p' "$ref" | head -n 1)
    echo "FAIL difftest $name: $outname differs from $refname, seed $seed"
    echo "  $refname: $(sed -n "${n}p" "$ref")"
    echo "  $outname: $(sed -n "${n}p" "$out")"
    mkdir -p "$keep"
    cp "$elf" "$keep/$name.elf"
    echo "  program: $keep/$name.elf; alone: $gen $gflags -n $insns $seed 1"
    lo=$(nm "$elf" | awk -v s="dt_body_$seed" '$3 == s { print $1 }')
    hi=$(nm "$elf" | awk -v s="dt_end_$seed" '$3 == s { print $1 }')
    if [ -n "$lo" ] && [ -n "$hi" ]; then
        "$objdump" -d --start-address=0x"$lo" --stop-address=0x"$hi" "$elf" |
            sed -n '/^ *[0-9a-f]*:/p'
    fi
}

# Build one program; run it on every target; compare with the first.
check() { # name genflags seed count target...
    local name=$1 gflags=$2 seed=$3 count=$4 t
    shift 4
    "$gen" $gflags -n "$insns" "$seed" "$count" >"$tmp/$name.S" &&
    "$rv_cc" "${cflags[@]}" "${ldflags[@]}" -o "$tmp/$name.elf" \
        "$tmp/crt.o" "$tmp/runtime.o" "$tmp/report.o" "$tmp/$name.S" ||
        { echo "FAIL difftest $name: does not build"; fail=1; return; }
    for t in "$@"; do
        case $t in
        qemu) run_qemu "$tmp/$name.elf" "$tmp/$name.$t" & ;;
        jit1) run_emu "$tmp/$name.elf" "$tmp/$name.$t" jit \
                  -one-insn-per-tb & ;;
        *) run_emu "$tmp/$name.elf" "$tmp/$name.$t" "$t" & ;;
        esac
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
            report "$name" "$tmp/$name.elf" "$tmp/$name.$ref" "$ref" \
                "$tmp/$name.$t" "$t" "$gflags"
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
