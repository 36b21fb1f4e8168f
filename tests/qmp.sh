#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# QMP end to end over a unix socket against monitor-loop.elf on -M virt:
# the greeting; a command before qmp_capabilities is refused; negotiation;
# query-status running; stop gives a STOP event and status paused; cont a
# RESUME event; human-monitor-command "info registers"; malformed JSON
# gives GenericError and the guest runs on; an unknown command gives
# CommandNotFound; ids are echoed; system_reset gives a RESET event (and
# a paused VM stays paused); quit gives a SHUTDOWN event and exit 0. Then
# -qmp tcp: with system_powerdown: POWERDOWN, SHUTDOWN after the grace,
# exit 0. Last, a guest that ends by itself (hello.elf on spike) started
# with -S and a waiting server: paused until cont, then a SHUTDOWN event
# from the guest. Runs with build/emu, then again with build/asan/emu.
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

# The program keeps its HTIF symbols: a reset reloads it into the RAM
# beneath HTIF's tohost window.
cp "$ELF" "$tmp/guest.elf"
COUNTER=0x$($NM "$ELF" | awk '$3 == "monitor_counter" { print $1 }')

# client.py ADDRESS: the QMP session (ADDRESS: a path or HOST:PORT).
cat >"$tmp/client.py" <<'PY'
import json, os, re, socket, sys, time
addr, counter, mode = sys.argv[1], int(sys.argv[2], 16), sys.argv[3]
for _ in range(400):
    try:
        if ':' in addr:
            host, port = addr.rsplit(':', 1)
            s = socket.create_connection((host, int(port)))
        else:
            s = socket.socket(socket.AF_UNIX)
            s.connect(addr)
        break
    except OSError:
        time.sleep(0.05)
else:
    raise SystemExit('qmp: cannot connect to ' + addr)
s.settimeout(20)
f = s.makefile('rb')
fails = 0
events = []

def check(cond, what, got=None):
    global fails
    print(('ok   ' if cond else 'FAIL ') + what)
    if not cond:
        fails += 1
        print('     got:', got)

def read_msg():
    line = f.readline()
    if not line:
        raise SystemExit('qmp: connection closed')
    return json.loads(line)

def reply():
    """The next reply; events met on the way are kept."""
    while True:
        m = read_msg()
        if 'event' in m:
            events.append(m)
        else:
            return m

def event(name):
    for i, e in enumerate(events):
        if e['event'] == name:
            return events.pop(i)
    while True:
        m = read_msg()
        if m.get('event') == name:
            return m
        if 'event' in m:
            events.append(m)

def execute(name, args=None, id=None):
    msg = {'execute': name}
    if args is not None:
        msg['arguments'] = args
    if id is not None:
        msg['id'] = id
    s.sendall(json.dumps(msg).encode() + b'\n')
    return reply()

def timestamped(e):
    t = e.get('timestamp', {})
    return isinstance(t.get('seconds'), int) and \
        isinstance(t.get('microseconds'), int) and \
        abs(t['seconds'] - time.time()) < 60

g = read_msg()
check('QMP' in g and g['QMP']['capabilities'] == [] and
      'qemu' in g['QMP']['version'], 'greeting', g)

if mode == 'guest':
    execute('qmp_capabilities')
    r = execute('query-status')
    check(r.get('return', {}).get('status') == 'paused', '-S: paused', r)
    execute('cont')
    check(timestamped(event('RESUME')), 'cont: RESUME')
    e = event('SHUTDOWN')
    check(e.get('data') == {'guest': True, 'reason': 'guest-shutdown'},
          'the guest ends the run: SHUTDOWN from the guest', e)
    sys.exit(1 if fails else 0)

if mode == 'powerdown':
    execute('qmp_capabilities')
    r = execute('system_powerdown', id=5)
    check(r == {'return': {}, 'id': 5}, 'system_powerdown', r)
    e = event('POWERDOWN')
    check(timestamped(e), 'POWERDOWN event', e)
    e = event('SHUTDOWN')
    check(e.get('data') == {'guest': False, 'reason': 'host-qmp-quit'},
          'SHUTDOWN after the grace', e)
    sys.exit(1 if fails else 0)

r = execute('query-status', id=1)
check(r.get('error', {}).get('class') == 'CommandNotFound' and
      r.get('id') == 1, 'a command before qmp_capabilities is refused', r)
r = execute('qmp_capabilities', id='cap')
check(r == {'return': {}, 'id': 'cap'}, 'qmp_capabilities', r)
r = execute('qmp_capabilities')
check(r.get('error', {}).get('class') == 'CommandNotFound',
      'a second qmp_capabilities is refused', r)
r = execute('query-status', id=[1, 2])
check(r.get('return', {}).get('status') == 'running' and
      r['return'].get('running') is True and r.get('id') == [1, 2],
      'query-status: running, id echoed', r)
r = execute('query-cpus-fast')
check(r.get('return', [{}])[0].get('cpu-index') == 0 and
      r['return'][0].get('target') == 'riscv64', 'query-cpus-fast', r)

r = execute('stop')
check(r == {'return': {}}, 'stop', r)
e = event('STOP')
check(timestamped(e), 'STOP event with a timestamp', e)
r = execute('query-status')
check(r.get('return', {}).get('status') == 'paused' and
      r['return'].get('running') is False, 'query-status: paused', r)

def counter_value():
    r = execute('human-monitor-command',
                {'command-line': 'xp /1xg 0x%x' % counter})
    m = re.search(r': 0x([0-9a-f]{16})', r.get('return', ''))
    return m and int(m.group(1), 16)

c1 = counter_value()
time.sleep(0.2)
check(c1 is not None and counter_value() == c1, 'paused: the guest is still')

r = execute('cont')
check(r == {'return': {}}, 'cont', r)
e = event('RESUME')
check(timestamped(e), 'RESUME event', e)

r = execute('human-monitor-command', {'command-line': 'info registers'},
            id=7)
check(re.search(r'pc +[0-9a-f]{16}', r.get('return', '')) and
      r.get('id') == 7, 'human-monitor-command info registers', r)
r = execute('human-monitor-command', {})
check(r.get('error', {}).get('class') == 'GenericError',
      'human-monitor-command without command-line', r)

s.sendall(b'{"execute": query-status}\n')
r = reply()
check(r.get('error', {}).get('class') == 'GenericError',
      'malformed JSON: GenericError', r)
s.sendall(b'[1, 2]\n')
r = reply()
check(r.get('error', {}).get('class') == 'GenericError',
      'not an object: GenericError', r)
r = execute('query-status')
check(r.get('return', {}).get('status') == 'running',
      'still alive after bad input', r)
c1 = counter_value()
time.sleep(0.2)
c2 = counter_value()
check(c1 is not None and c2 is not None and c2 > c1,
      'the guest runs on', (c1, c2))
r = execute('no-such-command', id='x')
check(r.get('error', {}).get('class') == 'CommandNotFound' and
      r.get('id') == 'x', 'unknown command: CommandNotFound', r)

execute('stop')
event('STOP')
r = execute('system_reset')
check(r == {'return': {}}, 'system_reset', r)
e = event('RESET')
check(e.get('data') == {'guest': False,
                        'reason': 'host-qmp-system-reset'} and
      timestamped(e), 'RESET event', e)
time.sleep(0.1)
r = execute('query-status')
check(r.get('return', {}).get('status') == 'paused',
      'a paused VM stays paused across a reset', r)
c = counter_value()
check(c == 0, 'the reset reloaded the program (counter 0)', c)
execute('cont')
event('RESUME')

r = execute('quit')
check(r == {'return': {}}, 'quit', r)
e = event('SHUTDOWN')
check(e.get('data') == {'guest': False, 'reason': 'host-qmp-quit'},
      'SHUTDOWN event', e)
sys.exit(1 if fails else 0)
PY

# Waits (bounded) for $pid; fails unless it exits with status 0.
wait_exit0() {
    local what=$1 i st
    for i in $(seq 100); do
        kill -0 $pid 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 $pid 2>/dev/null; then
        echo "FAIL $what: emu did not exit"
        kill $pid
    fi
    wait $pid
    st=$?
    if [ $st -ne 0 ]; then
        echo "FAIL $what: exit status $st"
        cat "$tmp/emu.out"
        fail=1
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

for emu in build/emu build/asan/emu; do
    [ -x "$emu" ] || continue
    rm -f "$tmp/qmp.sock"
    "$emu" -M virt -bios none -kernel "$tmp/guest.elf" -serial none \
        -qmp unix:"$tmp/qmp.sock",server,nowait >"$tmp/emu.out" 2>&1 &
    pid=$!
    python3 "$tmp/client.py" "$tmp/qmp.sock" "$COUNTER" session || fail=1
    wait_exit0 "$emu quit"

    port=$(free_port)
    "$emu" -M virt -bios none -kernel "$tmp/guest.elf" -serial none \
        -qmp tcp:127.0.0.1:"$port",server,nowait >"$tmp/emu.out" 2>&1 &
    pid=$!
    python3 "$tmp/client.py" "127.0.0.1:$port" "$COUNTER" powerdown || fail=1
    wait_exit0 "$emu system_powerdown"

    rm -f "$tmp/qmp.sock"
    "$emu" -M spike -bios none -kernel build/tcg-tests/riscv/hello.elf -S \
        -qmp unix:"$tmp/qmp.sock",server >"$tmp/emu.out" 2>&1 &
    pid=$!
    python3 "$tmp/client.py" "$tmp/qmp.sock" "$COUNTER" guest || fail=1
    wait_exit0 "$emu guest shutdown"
done
[ $fail -eq 0 ] && echo "qmp: all passed"
exit $fail
