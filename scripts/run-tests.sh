#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs everything `make test` covers and prints one summary line,
# "N passed, M failed". Unit-test programs count each check they make;
# every tcg-test counts once per accelerator and build.
#   unit tests:  build/tests/test-*        and build/asan/tests/test-*
#   tcg-tests:   each ELF under -accel jit and -accel interp, with build/emu
#                and with the ASan+UBSan build/asan/emu
#   fuzz:        each libFuzzer target in build/fuzz for a few seconds
set -u
cd "$(dirname "$0")/.."

pass=0
fail=0
failed=()
RV_TEST_DIR=build/tcg-tests/riscv
TIMEOUT=${TEST_TIMEOUT:-60}

run_unit() {
    local t=$1 out line p f
    out=$("$t" 2>&1)
    local rc=$?
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -z "$line" ]; then
        printf '%s\n' "$out" | tail -n 5
        echo "FAIL $t: no summary line (exit $rc)"
        fail=$((fail + 1)); failed+=("$t")
        return
    fi
    p=${line%% passed*}; f=${line#*, }; f=${f%% failed*}
    pass=$((pass + p)); fail=$((fail + f))
    if [ "$f" -ne 0 ] || [ $rc -ne 0 ]; then
        printf '%s\n' "$out" | grep -v '^ok' | tail -n 20
        echo "FAIL $t ($line, exit $rc)"
        [ "$f" -eq 0 ] && fail=$((fail + 1))
        failed+=("$t")
    else
        echo "ok   $t ($line)"
    fi
}

run_guest() {
    local emu=$1 elf=$2 accel=$3 out rc machine=spike
    # virt-*.elf are tests of the virt board (UART, test finisher).
    case $(basename "$elf") in virt-*) machine=virt ;; esac
    out=$(timeout "$TIMEOUT" "$emu" -M $machine -bios none -kernel "$elf" \
          -accel "$accel" </dev/null 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then
        pass=$((pass + 1))
        echo "ok   $emu $accel $(basename "$elf")"
    else
        fail=$((fail + 1)); failed+=("$emu $accel $(basename "$elf")")
        printf '%s\n' "$out" | tail -n 5
        echo "FAIL $emu $accel $(basename "$elf") (exit $rc: case $rc)"
    fi
}

for t in build/tests/test-* build/asan/tests/test-*; do
    [ -x "$t" ] && run_unit "$t"
done
for emu in build/emu build/asan/emu; do
    for elf in "$RV_TEST_DIR"/*.elf; do
        # bench-* are benchmarks; semihosting needs its own flags and
        # hostile-* its memory bound (tests/); monitor-loop never ends
        # (tests/monitor.sh, tests/qmp.sh).
        case $(basename "$elf") in
            bench-*|semihosting.elf|hostile-*|monitor-loop.elf) continue ;;
        esac
        for accel in jit interp; do
            run_guest "$emu" "$elf" "$accel"
        done
    done
done
# Fuzz targets (make fuzz-smoke): each briefly over its committed corpus,
# regression inputs included; a crash fails the run.
for f in build/fuzz/fuzz-*; do
    [ -x "$f" ] || continue
    n=${f#build/fuzz/fuzz-}
    if out=$(bash scripts/fuzz.sh smoke "$n" 2>&1); then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); failed+=("fuzz $n")
    fi
    printf '%s\n' "$out"
done
for s in tests/*.sh; do
    [ -f "$s" ] || continue
    out=$(bash "$s" 2>&1); rc=$?
    if [ $rc -eq 0 ]; then
        pass=$((pass + 1)); echo "ok   $s"
    else
        fail=$((fail + 1)); failed+=("$s")
        printf '%s\n' "$out" | tail -n 10
        echo "FAIL $s"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "failed:"
    printf '  %s\n' "${failed[@]}"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
