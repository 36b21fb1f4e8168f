#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# User-mode networking end to end: boots Debian's riscv64 Linux (through
# tests/virt/linux-boot.sh) with a virtio-net card on -nic user, whose
# /init loads virtio_net, takes an address from slirp's DHCP, fetches a
# file with busybox wget from an HTTP server this script runs on the
# host's loopback (10.0.2.2 in the guest), and prints its sha256, which
# must match the host's. Then the guest listens on port 8080, which a
# hostfwd rule forwards a free host port to; the host connects and must
# read the guest's greeting. Ports are picked at run time. Runs build/emu
# and the ASan build under the JIT through OpenSBI, and build/emu through
# the embedded SBI (the interpreter boots too slowly for the suite);
# EMU=path runs that binary only.
set -u
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/emu-net.XXXXXX")
server=
boot=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null
    [ -n "$boot" ] && kill "$boot" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
    echo "linux-net ($emu): $*"
    tail -n 40 "$tmp/out" 2>/dev/null
    exit 1
}

free_port() {
    python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Connects to a local port and prints what it reads until the peer closes.
# slirp accepts at once and closes again if the guest is not listening yet
# (it prints "listening" just before nc starts): retry until data comes.
read_port() {
    python3 - "$1" <<'PY'
import socket, sys, time
deadline = time.time() + 60
while True:
    data = b""
    try:
        s = socket.create_connection(("127.0.0.1", int(sys.argv[1])),
                                     timeout=30)
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        s.close()
    except OSError:
        pass
    if data or time.time() > deadline:
        break
    time.sleep(0.5)
print(data.decode(errors="replace").strip())
PY
}

# The file the guest fetches: 300 KiB of random bytes.
mkdir "$tmp/www"
head -c 307200 /dev/urandom > "$tmp/www/blob"
want=$(sha256sum < "$tmp/www/blob" | cut -c1-64)
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$tmp/www" \
    > "$tmp/http.log" 2>&1 &
server=$!
port=
for _ in $(seq 50); do
    port=$(sed -n 's/.* port \([0-9]*\).*/\1/p' "$tmp/http.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
done
emu=host
[ -n "$port" ] || fail "the HTTP server did not start"

write_init() { # GREETING
    cat > "$tmp/init" <<INIT
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /tmp
for m in \$(cat /modules); do
    insmod /\$m.ko || echo "init: insmod \$m failed"
done
cat > /bin/dhcp-event <<'EV'
#!/bin/sh
case "\$1" in
bound|renew)
    ifconfig \$interface \$ip netmask \$subnet
    route add default gw \$router dev \$interface
    echo "init: dhcp \$ip router \$router dns \$dns" > /dev/console
    ;;
esac
EV
chmod +x /bin/dhcp-event
ip link set lo up
ip link set eth0 up
echo "init: eth0 \$(cat /sys/class/net/eth0/address)"
udhcpc -i eth0 -n -q -t 5 -T 1 -s /bin/dhcp-event >/dev/null 2>&1 ||
    echo "init: no DHCP lease"
if timeout 60 wget -q -O /tmp/blob http://10.0.2.2:$port/blob; then
    echo "init: sha256 \$(sha256sum /tmp/blob | cut -c1-64)"
else
    echo "init: wget failed"
fi
echo "init: listening"
echo "$1" | timeout 60 nc -l -p 8080
echo "init: served"
poweroff -f
INIT
}

run() { # EMU [OPTIONS...]: boot, fetch, serve through hostfwd, check
    emu=$1
    shift
    local fwd greeting got= rc t
    fwd=$(free_port)
    greeting="emu-hostfwd-$RANDOM$RANDOM"
    write_init "$greeting"
    EMU=$emu LINUX_INIT=$tmp/init LINUX_MODS="net/core/failover
        drivers/net/net_failover drivers/net/virtio_net" \
        timeout 300 bash tests/virt/linux-boot.sh -accel jit "$@" \
        -nic "user,hostfwd=tcp:127.0.0.1:$fwd-:8080" > "$tmp/out" 2>&1 &
    boot=$!
    # Once the guest listens, connect through the forwarded port.
    for _ in $(seq 600); do
        if grep -q "init: listening" "$tmp/out"; then
            got=$(read_port "$fwd")
            break
        fi
        kill -0 $boot 2>/dev/null || break
        sleep 0.5
    done
    wait $boot
    rc=$?
    boot=
    [ $rc -eq 0 ] || fail "emu exited with $rc"
    grep -q "init: eth0 52:54:00:12:34:56" "$tmp/out" ||
        fail "no eth0 with the default MAC"
    grep -q "init: dhcp 10.0.2.15 router 10.0.2.2 dns 10.0.2.3" "$tmp/out" ||
        fail "no DHCP lease of 10.0.2.15"
    grep -q "init: sha256 $want" "$tmp/out" ||
        fail "fetched file's sha256 differs"
    [ "$got" = "$greeting" ] || fail "hostfwd: read '$got', want '$greeting'"
    grep -q "init: served" "$tmp/out" || fail "the guest did not finish serving"
    t=$(grep -m1 '^real' "$tmp/out" | awk '{ print $2 }')
    echo "linux-net ($emu $*): DHCP, wget (sha256 matches), hostfwd;" \
         "boot to poweroff $t"
}

if [ -n "${EMU:-}" ]; then
    run "$EMU"
else
    run "$root/build/emu"
    run "$root/build/asan/emu"
    run "$root/build/emu" -bios builtin
fi
