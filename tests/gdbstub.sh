#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The GDB stub end to end. gdb-multiarch debugs gdb-target.elf started with
# -S -gdb: a breakpoint, stepi across a compressed instruction and a taken
# branch, x and f registers, a register and a memory write that change the
# program's exit status (42), write and read watchpoints stopping at the
# right access, a breakpoint in blocks already translated, hbreak, and the
# exit reported to gdb; under -accel jit and interp. Then the raw protocol
# (bash /dev/tcp): the stub's own single-step (also into a trap handler),
# Ctrl-C (0x03) stopping a running guest, D letting it run to its end,
# attaching to a running guest, k ending emu. Every wait is bounded; emu is
# always killed.
# Runs with build/emu, then again with build/asan/emu.
set -u
cd "$(dirname "$0")/.."
EMU=${EMU:-build/emu}
ELF=build/tcg-tests/riscv/gdb-target.elf
LOOP=build/tcg-tests/riscv/bench-loop.elf
GDB=$(command -v gdb-multiarch || true)
NM=riscv64-linux-gnu-nm
tmp=$(mktemp -d)
emu_pid=
fail=0

cleanup() {
    [ -n "$emu_pid" ] && kill "$emu_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

if [ -z "$GDB" ]; then
    echo "gdbstub: gdb-multiarch missing (scripts/setup-deps.sh installs it)"
    exit 1
fi

# True when something listens on TCP port $1 (without connecting: a
# connection that closes would count as a debugger detaching).
listening() {
    local hex
    hex=$(printf '%04X' "$1")
    awk -v p=":$hex" '$2 ~ p"$" && $4 == "0A" { f = 1 } END { exit !f }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# Start emu with args "$@" on a free port; sets port and emu_pid.
start_emu() {
    local try
    for try in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM % 20000)))
        listening "$port" && continue
        "$EMU" -M spike -bios none "$@" -gdb tcp::"$port" \
            >"$tmp/emu.out" 2>&1 &
        emu_pid=$!
        for _ in $(seq 100); do
            listening "$port" && return 0
            kill -0 "$emu_pid" 2>/dev/null || break
            sleep 0.05
        done
        kill "$emu_pid" 2>/dev/null
        wait "$emu_pid" 2>/dev/null
        emu_pid=
    done
    echo "gdbstub: emu would not listen"
    cat "$tmp/emu.out"
    exit 1
}

# Wait (bounded) for emu to exit; sets emu_rc.
wait_emu() {
    local i
    for i in $(seq 300); do
        kill -0 "$emu_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$emu_pid" 2>/dev/null
    wait "$emu_pid"
    emu_rc=$?
    emu_pid=
}

addr() { printf '%x' "0x$($NM "$ELF" | awk -v s="$1" '$3 == s { print $1 }')"; }

expect() {
    if ! grep -qF -- "$2" "$tmp/gdb.out"; then
        echo "gdbstub ($1): missing '$2'"
        fail=1
    fi
}

step=$(addr gdb_step)
store=$(addr gdb_store)
branch=$(addr gdb_after_branch)
fault=$(addr gdb_fault)
handler=$(addr gdb_handler)
input_load=$(addr gdb_input_load)

for accel in jit interp; do
    start_emu -kernel "$ELF" -accel "$accel" -S
    cat >"$tmp/cmds" <<GDBEOF
set pagination off
set confirm off
target remote :$port
break gdb_step
continue
printf "at %lx\n", \$pc
stepi
printf "at %lx\n", \$pc
stepi
printf "at %lx\n", \$pc
stepi
printf "at %lx\n", \$pc
stepi
printf "at %lx\n", \$pc
info registers
info registers fa0
printf "mstatus.FS %d\n", (\$mstatus >> 13) & 3
set var \$a1 = 5
set {long}&gdb_input = 40
printf "input %d\n", *(long *)&gdb_input
watch *(long *)&gdb_counter
continue
printf "at %lx\n", \$pc
printf "counter %d\n", *(long *)&gdb_counter
continue
printf "at %lx\n", \$pc
delete
break *((char *)&gdb_store + 4)
continue
printf "at %lx counter %d\n", \$pc, *(long *)&gdb_counter
delete
rwatch *(long *)&gdb_input
continue
printf "read at %lx\n", \$pc
delete
hbreak gdb_fault
continue
printf "at %lx\n", \$pc
stepi
printf "after the fault at %lx\n", \$pc
continue
GDBEOF
    timeout 30 "$GDB" -batch -nx -x "$tmp/cmds" "$ELF" >"$tmp/gdb.out" 2>&1
    wait_emu
    expect "$accel" "Breakpoint 1, 0x0000000080000216 in gdb_step"
    # c.li, c.lui, c.addi (2 bytes each), then a taken beqz.
    for pc in $step 80000218 8000021a 8000021c $branch; do
        expect "$accel" "at $pc"
    done
    expect "$accel" "a1             0x3"
    expect "$accel" "a2             0x12005"
    expect "$accel" "double = 1.5"
    expect "$accel" "mstatus.FS 3" # Dirty after the fld
    expect "$accel" "input 40"
    # Stops before each store (gdb steps over it) and reports the change.
    expect "$accel" "Old value = 0"
    expect "$accel" "New value = 1"
    expect "$accel" "Old value = 1"
    expect "$accel" "New value = 2"
    expect "$accel" "at $(printf '%x' $((0x$store + 4)))"
    expect "$accel" "counter 1"
    # A breakpoint in a loop already translated (blocks were cached).
    expect "$accel" "at $(printf '%x' $((0x$store + 4))) counter 3"
    # hbreak (Z1). gdb's RISC-V stepi is a breakpoint after the
    # instruction (software single-step), so the trap handler runs; the
    # stub's own step ('s') is checked with the raw protocol below.
    # A read watchpoint (Z3) at the load of gdb_input.
    expect "$accel" "Hardware read watchpoint 4: *(long *)&gdb_input"
    expect "$accel" "Value = 40"
    expect "$accel" "read at $input_load"
    expect "$accel" "Hardware assisted breakpoint 5 at 0x$fault"
    expect "$accel" "at $fault"
    expect "$accel" "after the fault at $(printf '%x' $((0x$fault + 4)))"
    expect "$accel" "exited with code 052"
    if [ "$emu_rc" != 42 ]; then
        echo "gdbstub ($accel): emu exit status $emu_rc, not 42"
        fail=1
    fi
    [ $fail -ne 0 ] && cat "$tmp/gdb.out"
done

# ---- raw protocol: checksums, no-ack mode, 0x03, D and k ----

packet() {
    local s=$1 sum=0 i c
    for ((i = 0; i < ${#s}; i++)); do
        printf -v c '%d' "'${s:i:1}"
        sum=$(((sum + c) & 255))
    done
    printf '$%s#%02x' "$s" "$sum" >&3
}

# The next reply's payload (acks skipped) into reply.
get_reply() {
    local junk cs
    reply=
    IFS= read -r -t 5 -d '$' -u 3 junk || return 1
    IFS= read -r -t 5 -d '#' -u 3 reply || return 1
    IFS= read -r -t 5 -n 2 -u 3 cs || return 1
}

check_reply() {
    if [ "$reply" != "$2" ]; then
        echo "gdbstub (raw $1): got '$reply', expected '$2'"
        fail=1
    fi
}

start_emu -kernel "$LOOP" -S
exec 3<>/dev/tcp/127.0.0.1/"$port"
packet QStartNoAckMode; get_reply; check_reply noack OK
packet '?'; get_reply; check_reply '?' 'T05thread:1;'
printf '$?#00' >&3 # bad checksum: a NAK, no reply
packet qAttached; get_reply; check_reply qAttached 1
packet 'm0,4'; get_reply; check_reply 'unmapped read' E14
packet c
sleep 0.3
printf '\003' >&3
get_reply; check_reply interrupt 'T02thread:1;'
packet D; get_reply; check_reply detach OK
exec 3>&-
wait_emu
if [ "$emu_rc" != 0 ]; then
    echo "gdbstub (raw): after D the guest should run to its end (exit $emu_rc)"
    fail=1
fi

# The stub's own single-step ('s', vCont;s): one instruction, compressed
# or not, and into a trap handler (its first instruction).
le64() { # a 64-bit value as the little-endian hex of a register
    local h i out=
    h=$(printf '%016x' "$1")
    for ((i = 14; i >= 0; i -= 2)); do out+=${h:i:2}; done
    printf '%s' "$out"
}
for accel in jit interp; do
    start_emu -kernel "$ELF" -accel "$accel" -S
    exec 3<>/dev/tcp/127.0.0.1/"$port"
    packet QStartNoAckMode; get_reply
    packet "Z0,$step,2"; get_reply; check_reply "Z0 $accel" OK
    packet "Z1,$fault,4"; get_reply; check_reply "Z1 $accel" OK
    packet c; get_reply; check_reply "c $accel" 'T05thread:1;'
    packet p20; get_reply; check_reply "bp $accel" "$(le64 0x$step)"
    packet "z0,$step,2"; get_reply
    packet s; get_reply; check_reply "s $accel" 'T05thread:1;'
    packet p20; get_reply; check_reply "s $accel" "$(le64 $((0x$step + 2)))"
    packet 'vCont;s:1'; get_reply
    packet p20; get_reply; check_reply "vCont;s $accel" "$(le64 $((0x$step + 4)))"
    packet c; get_reply # to the Z1 at gdb_fault
    packet p20; get_reply; check_reply "Z1 $accel" "$(le64 0x$fault)"
    packet s; get_reply
    packet p20; get_reply; check_reply "s trap $accel" "$(le64 0x$handler)"
    packet s; get_reply
    packet p20; get_reply
    check_reply "s handler $accel" "$(le64 $((0x$handler + 4)))"
    packet "z1,$fault,4"; get_reply
    packet c; get_reply; check_reply "exit $accel" W00
    exec 3>&-
    wait_emu
done

# Attaching to a running guest stops it; k ends emu.
start_emu -kernel "$LOOP"
exec 3<>/dev/tcp/127.0.0.1/"$port"
packet '?'; get_reply; check_reply attach 'T05thread:1;'
packet qC; get_reply; check_reply qC QC1
packet qfThreadInfo; get_reply; check_reply qfThreadInfo m1
packet k
exec 3>&-
wait_emu
if [ "$emu_rc" != 0 ]; then
    echo "gdbstub (raw): k should end emu (exit $emu_rc)"
    fail=1
fi

# Everything again on the ASan+UBSan build when there is one.
if [ -z "${GDBSTUB_INNER:-}" ] && [ -x build/asan/emu ]; then
    GDBSTUB_INNER=1 EMU=build/asan/emu bash "$0" || fail=1
fi
exit $fail
