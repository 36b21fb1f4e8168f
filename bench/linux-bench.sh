#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# linux-bench.sh: emu against QEMU on real programs inside Linux, plus the
# bare-metal micro-benchmarks (bench/micro.sh). Called by `make bench`.
#
# One initramfs (built by tests/virt/linux-boot.sh, captured through
# bench/capture-initrd.sh) holds busybox, bench/linux-init.sh as /init and
# the static riscv64 workloads of bench/workloads/. For each workload the
# same kernel, initramfs, -m and command line (bench=NAME) boot on emu and
# on qemu-system-riscv64 -M virt -bios default (OpenSBI on both, no
# devices beyond the board's own), in rotation with the native build
# (native, emu, QEMU, native ...) BENCH_REPS times. Per run: the
# workload's own time (CLOCK_MONOTONIC in the guest, which follows host
# time on both emulators), the host wall time between
# the lines around it (a cross-check), and boot-to-shell time (launch to
# the first line /init prints). The checksum of every run must equal the
# native build's. Writes docs/benchmarks.md (keeping its "## Notes"
# section) and docs/benchmarks.png, and prints the tables.
#   usage: bench/linux-bench.sh [EMU]
#   env:   BENCH_REPS (5), BENCH_WORKLOADS (all), BENCH_SIZE (percent of
#          each workload's default work, 100), BENCH_SIZE_<name> for one
#          workload, BENCH_MICRO=0 skips the
#          micro-benchmarks, QEMU, BENCH_MEM (256M), BENCH_NOTE (a line
#          printed under the figures)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. bench/lib.sh
emu=$(realpath "${1:-build/emu}")
qemu=${QEMU:-qemu-system-riscv64}
reps=${BENCH_REPS:-5}
size=${BENCH_SIZE:-100}
mem=${BENCH_MEM:-256M}
workloads=${BENCH_WORKLOADS:-intmix memory fp syscall compress}
md=docs/benchmarks.md
png=docs/benchmarks.png
wdir=build/bench/workloads

make --no-print-directory -s bench-programs
tmp=$(mktemp -d "${TMPDIR:-/tmp}/emu-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# wsize NAME: the size (percent) workload NAME runs at
wsize() {
    local v=BENCH_SIZE_$1
    echo "${!v:-$size}"
}

# The initramfs, through linux-boot.sh (which fetches the kernel once).
files=dir:bench
for w in $workloads; do
    files+=" file:bench/$w=$root/$wdir/$w.rv"
done
kernel=$(LINUX_KERNEL_PATH=1 bash tests/virt/linux-boot.sh | tail -n 1)
BENCH_INITRD=$tmp/initrd.cpio EMU=$root/bench/capture-initrd.sh \
    LINUX_INIT=$root/bench/linux-init.sh LINUX_FILES="$files" \
    bash tests/virt/linux-boot.sh >"$tmp/initrd.log" 2>&1 ||
    { cat "$tmp/initrd.log" >&2; exit 1; }
kver=$(basename "$kernel" | sed 's/^vmlinux-//')
append="console=ttyS0 earlycon"

# Each output line with the host time it arrived at in front.
stamp() {
    local line
    while IFS= read -r line; do
        printf '%s %s\n' "$EPOCHREALTIME" "${line%$'\r'}"
    done
}

declare -A res   # res[side,workload,what] = "v1 v2 ..."
declare -A want  # native checksums
fail=0

# Runs workload $2 on side $1 (emu or qemu) once and records its figures.
run_linux() {
    local side=$1 w=$2 log=$tmp/$1-$2.log t0 boot run done sum el
    local args="$append bench=$w bench_size=$(wsize "$w")"
    local cmd=("$emu" -M virt)
    [ "$side" = qemu ] && cmd=("$qemu" -M virt -bios default)
    t0=$EPOCHREALTIME
    timeout 1200 "${cmd[@]}" -m "$mem" -nographic -kernel "$kernel" \
        -initrd "$tmp/initrd.cpio" -append "$args" \
        </dev/null 2>&1 | stamp > "$log" || true
    boot=$(awk '$2 == "BENCH-INIT" { print $1; exit }' "$log")
    run=$(awk '$2 == "BENCH-RUN" { print $1; exit }' "$log")
    done=$(awk '$2 == "ELAPSED" { print $1; exit }' "$log")
    sum=$(awk '$2 == "CHECKSUM" { print $3; exit }' "$log")
    el=$(awk '$2 == "ELAPSED" { print $3; exit }' "$log")
    if [ -z "$boot" ] || [ -z "$el" ] || [ "$sum" != "${want[$w]}" ]; then
        echo "bench: $w on $side: checksum '$sum', want '${want[$w]}'" \
             "(log follows)" >&2
        tail -n 20 "$log" >&2
        fail=1
        return
    fi
    res[$side,$w,boot]+="$(awk -v a="$t0" -v b="$boot" 'BEGIN { print b - a }') "
    res[$side,$w,guest]+="$el "
    res[$side,$w,wall]+="$(awk -v a="$run" -v b="$done" 'BEGIN { print b - a }') "
    printf 'bench: %-8s %-4s %8.3f s (host wall %.3f s)\n' "$w" "$side" \
        "$el" "$(awk -v a="$run" -v b="$done" 'BEGIN { print b - a }')" >&2
}

# The native build, in the same rotation as the emulators (so that all
# three see the same host load); its checksum is the one to match.
run_native() {
    local out
    out=$(BENCH_TMPDIR=$tmp "$wdir/$1.native" "$(wsize "$1")")
    want[$1]=$(awk '$1 == "CHECKSUM" { print $2 }' <<<"$out")
    res[native,$1,guest]+="$(awk '$1 == "ELAPSED" { print $2 }' <<<"$out") "
}

load0=$(cut -d' ' -f1-3 /proc/loadavg)
micro=
if [ "${BENCH_MICRO:-1}" != 0 ]; then
    micro=$(bash bench/micro.sh "$emu" "$reps")
fi
for w in $workloads; do
    for ((i = 0; i < reps; i++)); do
        run_native "$w"
        run_linux emu "$w"
        run_linux qemu "$w"
    done
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)
[ $fail = 0 ] || { echo "bench: some runs failed, no report" >&2; exit 1; }

med() { printf '%s\n' ${res[$1,$2,$3]} | bench_median; }

# The table and the chart's data file.
table=$tmp/table.md
dat=$tmp/chart.dat
{
    echo "| workload | size % | native s | emu s | QEMU s | emu/QEMU | emu/native | QEMU/native |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$table"
: > "$dat"
rows=$tmp/rows
: > "$rows"
for w in $workloads; do
    n=$(med native "$w" guest)
    e=$(med emu "$w" guest)
    q=$(med qemu "$w" guest)
    echo "$w $n $e $q" >> "$rows"
    printf '| %s | %s | %.3f | %.3f | %.3f | %.2f | %.1f | %.1f |\n' "$w" \
        "$(wsize "$w")" "$n" "$e" \
        "$q" "$(bench_div "$e" "$q")" "$(bench_div "$e" "$n")" \
        "$(bench_div "$q" "$n")" >> "$table"
    printf '%s %s %s\n' "$w" "$(bench_div "$e" "$n")" "$(bench_div "$q" "$n")" \
        >> "$dat"
done
gn=$(awk '{ print $2 }' "$rows" | bench_geomean)
ge=$(awk '{ print $3 }' "$rows" | bench_geomean)
gq=$(awk '{ print $4 }' "$rows" | bench_geomean)
printf '| **geomean** | | %.3f | %.3f | %.3f | %.2f | %.1f | %.1f |\n' "$gn" "$ge" \
    "$gq" "$(bench_div "$ge" "$gq")" "$(bench_div "$ge" "$gn")" \
    "$(bench_div "$gq" "$gn")" >> "$table"

clock=$tmp/clock.md
{
    echo "| workload | emu guest clock s | emu host wall s | QEMU guest clock s | QEMU host wall s |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    for w in $workloads; do
        printf '| %s | %.3f | %.3f | %.3f | %.3f |\n' "$w" \
            "$(med emu "$w" guest)" "$(med emu "$w" wall)" \
            "$(med qemu "$w" guest)" "$(med qemu "$w" wall)"
    done
} > "$clock"
bootall() { for w in $workloads; do printf '%s\n' ${res[$1,$w,boot]}; done |
            bench_median; }
boot_e=$(bootall emu)
boot_q=$(bootall qemu)

if command -v gnuplot >/dev/null; then
    gnuplot <<GP
set terminal pngcairo size 800,480 font "sans,10"
set output "$png"
set title "Slowdown against native x86-64 (lower is better), Linux guest on -M virt"
set ylabel "time / native time"
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set boxwidth 0.9
set logscale y
set grid ytics
set key top left
plot "$dat" using 2:xtic(1) title "emu" lc rgb "#1f77b4", \
     "" using 3 title "QEMU" lc rgb "#ff7f0e"
GP
fi

notes=
if [ -f "$md" ] && grep -q '^## Notes' "$md"; then
    notes=$(sed -n '/^## Notes/,$p' "$md")
fi
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- . ':!docs/benchmarks.md' ':!docs/benchmarks.png' ||
    commit+=" (with uncommitted changes)"
{
    echo "# Benchmarks: emu against QEMU"
    echo
    echo "Generated by \`make bench\` (bench/linux-bench.sh); do not edit"
    echo "above the Notes section, which a re-run keeps."
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- host CPU: $(bench_cpu), $(nproc) logical CPUs"
    echo "- host load average: $load0 at the start, $load1 at the end"
    echo "- emu: commit $commit"
    echo "- QEMU: $("$qemu" --version | head -n 1)"
    echo "- guest kernel: Debian linux-image-$kver, OpenSBI firmware (emu:"
    echo "  Debian's opensbi package; QEMU: -bios default), -m $mem, 1 hart"
    echo "- native: $(gcc --version | head -n 1), -O2"
    echo "- runs: median of $reps per side, native, emu and QEMU in rotation"
    [ -n "${BENCH_NOTE:-}" ] && echo "- **$BENCH_NOTE**"
    echo
    echo "## Linux workloads"
    echo
    echo "Each workload (bench/workloads/, at the size given in percent of its"
    echo "default, which runs about a second natively) is a static riscv64"
    echo "program run by /init in a fresh boot; the figure is the time it"
    echo "measures itself with clock_gettime(CLOCK_MONOTONIC) around its work."
    echo "Both emulators' guest clocks follow host time, so this is host time"
    echo "as the guest sees it (the cross-check table compares it with the"
    echo "host's own clock). Every run's checksum equals the native build's."
    echo
    cat "$table"
    echo
    echo "![emu and QEMU against native](benchmarks.png)"
    echo
    printf 'Boot to shell (launch to the first line of /init, median of all'
    printf ' runs): emu %.2f s, QEMU %.2f s.\n' "$boot_e" "$boot_q"
    echo
    echo "### Clock cross-check"
    echo
    echo "Guest-measured time against host wall time between the lines the"
    echo "guest prints before and after the workload (includes exec and"
    echo "console output, so slightly longer)."
    echo
    cat "$clock"
    if [ -n "$micro" ]; then
        echo
        echo "## Micro-benchmarks (bare metal, -M spike -bios none)"
        echo
        echo "bench/micro/: chain (512 two-instruction blocks in a row),"
        echo "indirect (recursive calls and returns, a jump table), tlb-hit"
        echo "(S-mode Sv39, loads within 8 pages), tlb-refill (one load per"
        echo "page over 65536 pages), fp-ops (dependent fadd/fmul/fdiv/fsqrt"
        echo "on doubles), translate (straight-line code run once). Host wall"
        echo "time of the whole run."
        echo
        echo "$micro"
    fi
    if [ -n "$notes" ]; then
        echo
        echo "$notes"
    fi
} > "$md"
echo
sed -n '/^## Linux workloads/,/^## Notes/p' "$md" | grep -v '^## Notes'
