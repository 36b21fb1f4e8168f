#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The human monitor end to end, over real sockets and a real terminal.
# monitor-loop.elf (endless, S-mode under Sv39) runs on -M virt with
# -monitor unix:...: info registers shows the pc; after stop, two info
# registers agree (pc and the counter register) and the counter in memory
# stays put; x (virtual, through the page table) and xp (physical) read
# monitor_magic where each should and xp does not find it at the virtual
# alias; x/i disassembles the loop; info mtree lists dram; info tlb shows
# the mapping; info jit counts blocks; cont lets the counter move; quit
# exits 0. Then -monitor stdio from a pipe; Ctrl-A C on the console (a
# pty): monitor, info mtree, back to the guest, Ctrl-A X; and a guest held
# by the GDB stub (-S -gdb, no debugger yet): info status says debug, info
# registers works, quit ends emu.
# Runs with build/emu, then again with build/asan/emu.
set -u
cd "$(dirname "$0")/.."
ELF=build/tcg-tests/riscv/monitor-loop.elf
NM=riscv64-linux-gnu-nm
tmp=$(mktemp -d)
fail=0

cleanup() {
    rm -rf "$tmp"
}
trap cleanup EXIT

sym() {
    printf '0x%s' "$($NM "$ELF" | awk -v s="$1" '$3 == s { print $1 }')"
}
MAGIC=$(sym monitor_magic)
COUNTER=$(sym monitor_counter)
SPIN=$(sym monitor_spin)

run_socket() {
    local emu=$1
    rm -f "$tmp/mon.sock"
    "$emu" -M virt -bios none -kernel "$ELF" -serial none \
        -monitor unix:"$tmp/mon.sock",server,nowait >"$tmp/emu.out" 2>&1 &
    local pid=$!
    python3 - "$tmp/mon.sock" "$MAGIC" "$COUNTER" "$SPIN" <<'PY'
import os, re, socket, sys, time
path, magic, counter, spin = sys.argv[1], *(int(a, 16) for a in sys.argv[2:])
for _ in range(200):
    if os.path.exists(path):
        break
    time.sleep(0.05)
s = socket.socket(socket.AF_UNIX)
s.connect(path)
s.settimeout(20)
fails = 0

def read_prompt():
    buf = b''
    while not buf.endswith(b'(emu) '):
        chunk = s.recv(4096)
        if not chunk:
            raise SystemExit('monitor: connection closed')
        buf += chunk
    return buf[:-6].decode()

def cmd(line):
    s.sendall(line.encode() + b'\n')
    return read_prompt()

def check(cond, what, out=''):
    global fails
    if cond:
        print('ok  ', what)
    else:
        fails += 1
        print('FAIL', what)
        print(out)

banner = read_prompt()
check('emu monitor' in banner, 'banner', banner)

def regs():
    out = cmd('info registers')
    pc = re.search(r'pc +([0-9a-f]{16})', out)
    t1 = re.search(r'x6 /t1 +([0-9a-f]{16})', out)
    return out, pc and pc.group(1), t1 and t1.group(1)

out, pc, _ = regs()
check(pc is not None, 'info registers shows the pc', out)

def word(cmdname, addr):
    out = cmd('%s /1xg 0x%x' % (cmdname, addr))
    m = re.search(r'^%016x: 0x([0-9a-f]{16})$' % addr, out.strip())
    return out, m and int(m.group(1), 16)

check(cmd('info status').strip() == 'VM status: running', 'info status')
check(cmd('stop') == '', 'stop prints nothing')
check(cmd('info status').strip() == 'VM status: paused',
      'info status: paused')
out1, pc1, t1a = regs()
time.sleep(0.2)
out2, pc2, t1b = regs()
check(pc1 and pc1 == pc2 and t1a == t1b,
      'stopped: info registers twice gives the same pc and t1',
      out1 + out2)
_, c1 = word('xp', counter)
time.sleep(0.2)
_, c2 = word('xp', counter)
check(c1 is not None and c1 == c2, 'stopped: the counter stays put')

out, v = word('xp', magic)
check(v == 0x1122334455667788, 'xp reads monitor_magic', out)
out, v = word('x', magic)
check(v == 0x1122334455667788, 'x reads it at its identity mapping', out)
out, v = word('x', magic - 0x80000000)
check(v == 0x1122334455667788, 'x reads it through the Sv39 alias', out)
out, v = word('xp', magic - 0x80000000)
check(v != 0x1122334455667788, 'xp at the alias is another address', out)
out = cmd('xp /4xb 0x%x' % magic)
check(re.search(r'0x88 0x77 0x66 0x55', out), 'xp /4xb: bytes', out)
out = cmd('x /2xw 0x%x' % magic)
check('0x55667788 0x11223344' in out, 'x /2xw: words', out)
out = cmd('x /3i 0x%x' % spin)
check(re.search(r'ld\s+t1,0\(t0\)', out) and 'addi' in out and
      out.count('\n') == 3, 'x /3i disassembles the loop', out)
out = cmd('xp /1xg 0x40000000')
check('Cannot access memory' in out, 'xp of a hole says so', out)
out = cmd('x /1q 0')
check('invalid format' in out, 'a bad format is refused', out)

out = cmd('info mtree')
check(re.search(r'0000000080000000-0000000087ffffff \(prio 0, ram\): dram',
                out), 'info mtree lists dram', out)
out = cmd('info qtree')
check('dev: uart16550' in out and 'cpu: rv64' in out, 'info qtree', out)
out = cmd('info tlb')
check(re.search(r'^  1  0000000080002000  0000000080002000  rw', out, re.M),
      'info tlb shows the S-mode data page', out)
out = cmd('info jit')
m = re.search(r'blocks translated +(\d+)', out)
check(m and int(m.group(1)) > 0 and 'code buffer' in out,
      'info jit counts blocks', out)
out = cmd('frobnicate')
check('unknown command' in out, 'an unknown command is reported', out)
check('system_powerdown' in cmd('help'), 'help lists the commands')

check(cmd('cont') == '', 'cont prints nothing')
_, c1 = word('xp', counter)
time.sleep(0.2)
_, c2 = word('xp', counter)
check(c1 is not None and c2 is not None and c2 > c1,
      'running again: the counter moves', '%s %s' % (c1, c2))
s.sendall(b'quit\n')
sys.exit(1 if fails else 0)
PY
    local rc=$?
    [ $rc -eq 0 ] || fail=1
    local i
    for i in $(seq 100); do
        kill -0 $pid 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 $pid 2>/dev/null; then
        echo "FAIL $emu: quit did not end emu"
        kill $pid
        fail=1
    fi
    wait $pid
    local st=$?
    if [ $st -ne 0 ]; then
        echo "FAIL $emu: exit status $st after quit"
        cat "$tmp/emu.out"
        fail=1
    fi
}

run_stdio() {
    local emu=$1 out st
    out=$( (printf 'info mtree\n'; sleep 0.3; printf 'quit\n') |
           timeout 20 "$emu" -M virt -bios none -kernel "$ELF" -serial none \
               -monitor stdio 2>&1)
    st=$?
    if [ $st -eq 0 ] && grep -q ': dram' <<<"$out"; then
        echo "ok   $emu -monitor stdio"
    else
        echo "FAIL $emu -monitor stdio (exit $st)"
        echo "$out"
        fail=1
    fi
}

run_console() {
    local emu=$1
    python3 - "$emu" "$ELF" <<'PY' || fail=1
import os, pty, select, sys, time
emu, elf = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.execv(emu, [emu, '-M', 'virt', '-bios', 'none', '-kernel', elf,
                   '-nographic'])
fails = 0

def expect(what, timeout=10):
    buf = b''
    end = time.time() + timeout
    while what not in buf and time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                buf += os.read(fd, 4096)
            except OSError:
                break
    return buf

def check(cond, what, out=b''):
    global fails
    print(('ok   ' if cond else 'FAIL ') + 'console: ' + what)
    if not cond:
        fails += 1
        print(out)

time.sleep(0.3)
os.write(fd, b'\x01c')
out = expect(b'(emu) ')
check(b'emu monitor' in out, 'Ctrl-A C shows the monitor', out)
os.write(fd, b'info mtree\r')
out = expect(b'(emu) ')
check(b'info mtree' in out and b': dram' in out,
      'typed commands echo and run', out)
os.write(fd, b'stop\r')
out = expect(b'(emu) ')
os.write(fd, b'info registers\r')
out = expect(b'(emu) ')
check(b' pc ' in out, 'info registers while stopped', out)
os.write(fd, b'cont\r')
expect(b'(emu) ')
os.write(fd, b'\x01c')
time.sleep(0.2)
os.write(fd, b'\x01x')
_, status = os.waitpid(pid, 0)
check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0,
      'back on the console, Ctrl-A X exits 0', status)
sys.exit(1 if fails else 0)
PY
}

run_gdb_stopped() {
    local emu=$1 port st
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    rm -f "$tmp/mon.sock"
    "$emu" -M virt -bios none -kernel "$ELF" -serial none -S \
        -gdb tcp::"$port" -monitor unix:"$tmp/mon.sock",server,nowait \
        >"$tmp/emu.out" 2>&1 &
    local pid=$!
    python3 - "$tmp/mon.sock" <<'PY' || fail=1
import os, socket, sys, time
for _ in range(200):
    if os.path.exists(sys.argv[1]):
        break
    time.sleep(0.05)
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
s.settimeout(20)

def cmd(line):
    if line:
        s.sendall(line.encode() + b'\n')
    buf = b''
    while not buf.endswith(b'(emu) '):
        buf += s.recv(4096)
    return buf.decode()

cmd('')
out = cmd('info status') + cmd('info registers')
ok = 'VM status: debug' in out and 'pc       0000000080000000' in out
print(('ok   ' if ok else 'FAIL ') + 'held by the GDB stub: status, registers')
if not ok:
    print(out)
s.sendall(b'quit\n')
sys.exit(0 if ok else 1)
PY
    timeout 10 tail --pid=$pid -f /dev/null
    if kill -0 $pid 2>/dev/null; then
        echo "FAIL $emu: quit did not end a guest held by the GDB stub"
        kill $pid
        fail=1
    fi
    wait $pid
    st=$?
    if [ $st -ne 0 ]; then
        echo "FAIL $emu: exit $st after quit under -S -gdb"
        fail=1
    fi
}

# Bad monitor options: one line on stderr naming the problem (WANT, a
# substring), exit status 1.
run_bad() {
    local emu=$1 want=$2 out st
    shift 2
    out=$("$emu" -M virt -bios none -kernel "$ELF" "$@" </dev/null 2>&1)
    st=$?
    if [ $st -eq 1 ] && [ "$(wc -l <<<"$out")" -eq 1 ] &&
       grep -qF -- "$want" <<<"$out"; then
        echo "ok   $emu $*: $out"
    else
        echo "FAIL $emu $*: exit $st"
        echo "$out"
        fail=1
    fi
}

for emu in build/emu build/asan/emu; do
    [ -x "$emu" ] || continue
    run_bad "$emu" "add ',server'" -monitor unix:"$tmp/x.sock"
    run_bad "$emu" "unsupported back end" -qmp pipe:foo,server
    run_bad "$emu" "unsupported socket property 'frob'" \
        -qmp unix:"$tmp/x.sock",server,frob
    run_bad "$emu" "the serial console uses stdio already" -monitor stdio
    run_bad "$emu" "no port in" \
        -serial none -qmp tcp:127.0.0.1,server,nowait
    run_socket "$emu"
    run_stdio "$emu"
    run_console "$emu"
    run_gdb_stopped "$emu"
done
[ $fail -eq 0 ] && echo "monitor: all passed"
exit $fail
