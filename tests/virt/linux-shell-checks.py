#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Boots Debian's riscv64 Linux on emu to a shell (tests/virt/console.py)
and checks the guest command by command: the userland's machine, the ISA
in /proc/cpuinfo and the device tree against what hw/virt.c advertises,
64-bit shell arithmetic, a 1 MiB random image copied with dd between two
virtio-blk disks (checked by sha256 inside the guest and again on the host
after emu exited), two virtio-rng reads, a string written to the
virtio-console /dev/hvc0 reaching the host file, and `poweroff -f` ending
emu with status 0. --quick keeps the cheap checks (for the interpreter).

Usage: linux-shell-checks.py [--quick] [--emu EMU] [-- emu options...]
Prints one line per check and the time to the shell; exit 0 when all pass.
"""
import argparse
import hashlib
import os
import re
import secrets
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from console import ConsoleError, GuestConsole  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
# Extensions the board advertises that Linux 6.12 does not list in
# /proc/cpuinfo because it has no use for them (the device tree carries
# them all and is checked in full).
NOT_IN_CPUINFO = {"zicbop"}
MIB = 1 << 20


def board_extensions():
    """virt_isa_exts from hw/virt.c."""
    src = open(os.path.join(ROOT, "hw", "virt.c")).read()
    body = re.search(r"virt_isa_exts\[\] = \{(.*?)\};", src, re.S).group(1)
    return re.findall(r'"([a-z0-9]+)"', body)


def c64(v):
    """v as a signed 64-bit integer (two's complement wrap)."""
    v &= (1 << 64) - 1
    return v - (1 << 64) if v >> 63 else v


class Checks:
    def __init__(self, g):
        self.g = g
        self.failed = 0

    def check(self, ok, name, detail=""):
        if ok:
            print("ok   " + name)
        else:
            self.failed += 1
            print("FAIL %s%s" % (name, ": " + detail if detail else ""))

    def run(self, cmd, name=None, timeout=60):
        """Runs cmd; with a name, its exit status is a check of its own
        (without, only a failure is reported, under the command's text)."""
        r = self.g.run(cmd, timeout)
        if r.status != 0 or name:
            self.check(r.status == 0, name or cmd, "exit %d, output %r" %
                       (r.status, r.output[-300:]))
        return r

    def expect(self, cmd, want, name=None):
        """Runs cmd; it must succeed and print exactly want."""
        r = self.g.run(cmd)
        self.check(r.status == 0 and r.output == want, name or cmd,
                   "exit %d, got %r, want %r" % (r.status, r.output, want))


def check_isa(c):
    exts = board_extensions()
    r = c.run("grep -m1 '^isa' /proc/cpuinfo", "cpuinfo isa")
    isa = r.output.split(":", 1)[-1].strip()
    c.check(isa.startswith("rv64imafdc"), "cpuinfo isa starts rv64imafdc",
            isa)
    parts = set(isa.split("_")[1:])
    missing = [e for e in exts if len(e) > 1 and e not in parts and
               e not in NOT_IN_CPUINFO]
    c.check(not missing, "cpuinfo lists the board's extensions",
            "missing %s in %s" % (missing, isa))
    r = c.run("tr '\\0' ' ' < '/proc/device-tree/cpus/cpu@0/"
              "riscv,isa-extensions'", "device-tree isa-extensions")
    c.check(r.output.split() == exts, "device tree lists exactly virt_isa_exts",
            "%r vs %r" % (r.output, exts))


def check_arith(c):
    c.expect("echo $((6*7))", "42")
    cases = [
        ("123456789 * 987654321", 123456789 * 987654321),
        ("0x7fffffffffffffff + 1", c64(0x7fffffffffffffff + 1)),
        ("-9223372036854775807 / 3", -3074457345618258602),
        ("-9223372036854775807 % 1000", -807),
        ("0xdeadbeefcafe >> 12", 0xdeadbeefcafe >> 12),
        ("(1 << 63) >> 63", -1),
        ("0x123456789abcdef0 ^ 0x0fedcba987654321", c64(
            0x123456789abcdef0 ^ 0x0fedcba987654321)),
        ("4294967296 * 4294967297", c64(4294967296 * 4294967297)),
    ]
    cmd = "echo " + " ".join("$((%s))" % e for e, _ in cases)
    c.expect(cmd, " ".join(str(v) for _, v in cases),
             "64-bit shell arithmetic")


def find_disks(c):
    """Guest device name by image file name (virtio-blk serial)."""
    r = c.run("for d in /sys/block/vd*; do echo ${d##*/} $(cat $d/serial); "
              "done", "list disks")
    return {f[1]: f[0] for f in (l.split() for l in r.output.splitlines())
            if len(f) == 2}


def check_dd(c, src_hash):
    disks = find_disks(c)
    src, dst = disks.get("source.img"), disks.get("target.img")
    c.check(src and dst, "both test disks present", repr(disks))
    if not (src and dst):
        return None
    r = c.run("sha256sum /dev/%s" % src, "sha256 of the source disk")
    c.check(r.output.split()[:1] == [src_hash],
            "guest reads the host's random image", r.output)
    c.run("dd if=/dev/%s of=/dev/%s bs=64k conv=fsync 2>&1" % (src, dst),
          "dd ... conv=fsync", timeout=120)
    # Read back from the disk, not the page cache.
    r = c.run("echo 3 > /proc/sys/vm/drop_caches && head -c %d /dev/%s | "
              "sha256sum" % (MIB, dst), "sha256 of the copy", timeout=120)
    guest_hash = r.output.split()[0] if r.output else ""
    c.check(guest_hash == src_hash, "copy read back in the guest",
            "%s vs %s" % (guest_hash, src_hash))
    return guest_hash


def check_rng(c):
    reads = []
    for i in range(2):
        r = c.run("head -c 64 /dev/hwrng | od -An -tx1 | tr -d ' \\n'",
                  "hwrng read %d" % (i + 1))
        reads.append(r.output)
    c.check(all(re.fullmatch("[0-9a-f]{128}", x) for x in reads),
            "hwrng gives 64 bytes", repr(reads))
    c.check(reads[0] != reads[1], "two hwrng reads differ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--emu")
    ap.add_argument("--boot-timeout", type=float, default=300)
    ap.add_argument("emu_args", nargs="*")
    a = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="emu-shell-")
    d = tmp.name
    src_data = secrets.token_bytes(MIB)
    src_hash = hashlib.sha256(src_data).hexdigest()
    with open(os.path.join(d, "source.img"), "wb") as f:
        f.write(src_data)
    with open(os.path.join(d, "target.img"), "wb") as f:
        f.truncate(4 * MIB)
    hvc_file = os.path.join(d, "hvc0.out")
    token = "hvc0 says %s" % secrets.token_hex(8)
    args = list(a.emu_args) + [
        "-chardev", "file,id=con0,path=" + hvc_file,
        "-device", "virtio-serial-device",
        "-device", "virtconsole,chardev=con0"]
    if not a.quick:
        args += ["-drive", "file=%s/source.img,format=raw,readonly=on" % d,
                 "-drive", "file=%s/target.img,format=raw" % d]

    g = GuestConsole.linux_shell(args, emu=a.emu)
    c = Checks(g)
    guest_hash = None
    status = None
    with g:
        try:
            g.wait_shell(a.boot_timeout)
            print("console: shell ready %.2f s after start" % g.shell_seconds)
            c.expect("uname -m", "riscv64")
            check_isa(c)
            check_arith(c)
            if not a.quick:
                guest_hash = check_dd(c, src_hash)
            check_rng(c)
            c.run("test -c /dev/hvc0 && echo '%s' > /dev/hvc0" % token,
                  "write to /dev/hvc0")
            status = g.poweroff(60)
        except ConsoleError as e:
            c.check(False, "console", str(e).split("\n---")[0])
    c.check(status == 0, "poweroff -f: exit status 0", repr(status))
    if not a.quick:
        data = open(os.path.join(d, "target.img"), "rb").read()
        host_hash = hashlib.sha256(data[:MIB]).hexdigest()
        c.check(guest_hash is not None and host_hash == guest_hash,
                "image on the host matches the guest's sha256",
                "%s vs %s" % (host_hash, guest_hash))
        c.check(data[MIB:] == bytes(len(data) - MIB),
                "nothing written past the copy")
    got = open(hvc_file, errors="replace").read() \
        if os.path.exists(hvc_file) else ""
    c.check(token in got, "/dev/hvc0 output reached the host file", repr(got))
    tmp.cleanup()
    if c.failed:
        print("--- last console lines ---\n" + g.tail(30))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
