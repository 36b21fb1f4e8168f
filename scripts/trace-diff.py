#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""trace-diff.py: find the first instruction where emu and a reference
(QEMU, or emu itself with another command line) disagree.

Both sides run the same guest with per-instruction tracing (-d
exec,cpu,nochain and one instruction per block; -icount shift=N on both
with --icount). Their -D logs are read while they grow and parsed into
records (pc and registers before each instruction); the first record
whose pc or registers differ is reported with both register states
before and at it, or "no divergence in N instructions". Both emulators
are stopped as soon as the answer is known, so --max bounds a Linux
boot. The record formats are docs/trace-format.md (emu) and QEMU's
riscv -d cpu dump. Exit status: 0 no divergence, 1 divergence, 2 error.
"""

import argparse
import collections
import os
import re
import select
import shlex
import subprocess
import sys
import tempfile
import time

XREGS = ["x%d" % i for i in range(1, 32)]
# CSRs both dumps carry with the same meaning (--csrs).
CSRS = ["mstatus", "mie", "mideleg", "medeleg", "mtvec", "stvec", "mepc",
        "sepc", "mcause", "scause", "mtval", "stval", "mscratch",
        "sscratch", "satp"]
ABI = ["zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0",
       "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
       "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"]


def reg_label(name):
    if name.startswith("x") and name[1:].isdigit():
        return "%s/%s" % (name, ABI[int(name[1:])])
    return name


class Record:
    """The state before one instruction, and the log lines (traps, MMU)
    printed while the previous one ran."""

    def __init__(self, index):
        self.index = index
        self.regs = {}
        self.events = []

    @property
    def pc(self):
        return self.regs.get("pc")


def fifo_lines(fd, proc):
    """Lines from the read end fd (non-blocking) of the FIFO proc logs
    to. A full FIFO stops the emulator until we catch up, so a trace
    never piles up on disk; end of file with proc gone is the end."""
    buf = b""
    while True:
        select.select([fd], [], [], 0.05)
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:
            continue
        if chunk:
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                yield line.decode("utf-8", "replace") + "\n"
        elif proc.poll() is not None:
            if buf:
                yield buf.decode("utf-8", "replace")
            return
        else:
            time.sleep(0.01)  # no writer yet


def file_lines(path):
    with open(path, "r", errors="replace") as f:
        yield from f


def parse_records(lines):
    """Records from emu's or QEMU's -d exec,cpu log. A record starts at a
    "Trace" line; indented "name value" pairs follow (x registers as
    x1/ra, f registers as f0/ft0); other lines are events."""
    rec = None
    events = []
    n = 0
    for line in lines:
        if line.startswith("Trace "):
            if rec is not None and "pc" in rec.regs:
                yield rec
            rec = Record(n)
            n += 1
            rec.events = events
            events = []
            continue
        if rec is not None and line.startswith(" "):
            tok = line.split()
            for name, val in zip(tok[0::2], tok[1::2]):
                try:
                    rec.regs[name.split("/")[0]] = int(val, 16)
                except ValueError:
                    pass
            continue
        if line.strip():
            events.append(line.rstrip("\n"))
    if rec is not None and "pc" in rec.regs:
        yield rec


def dedup(records, keys):
    """Drops records identical to the one before (a block that left at
    once, an instruction jumping to itself), so both sides count alike."""
    prev = None
    for r in records:
        sig = tuple(r.regs.get(k) for k in keys)
        if sig != prev:
            prev = sig
            yield r


def qemu_singlestep_flag(qemu):
    try:
        out = subprocess.run([qemu, "--version"], capture_output=True,
                             text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "-singlestep"
    m = re.search(r"version (\d+)\.(\d+)", out)
    if m and (int(m.group(1)), int(m.group(2))) >= (8, 1):
        return "-one-insn-per-tb"
    return "-singlestep"


class Side:
    """One emulator logging to a FIFO (or, with --keep, to a file that
    is then compared after the run)."""

    def __init__(self, name, argv, log, out):
        self.name = name
        self.argv = argv
        self.log = log
        self.out = out
        self.proc = None
        self.fd = None

    def start(self):
        os.mkfifo(self.log)
        # Opened before the emulator starts, so its open never blocks.
        self.fd = os.open(self.log, os.O_RDONLY | os.O_NONBLOCK)
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL,
                                     stdout=self.out,
                                     stderr=subprocess.STDOUT)
        return fifo_lines(self.fd, self.proc)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
        if self.proc:
            self.proc.wait()
        if self.fd is not None:
            os.close(self.fd)


def emu_argv(emu, guest, extra, log, icount):
    argv = [emu] + guest + extra
    if icount is not None:
        argv += ["-icount", "shift=%d" % icount]
    return argv + ["-d", "exec,cpu,nochain,int", "-one-insn-per-tb", "-D",
                   log]


def qemu_argv(qemu, guest, extra, log, icount):
    argv = [qemu] + guest + extra + ["-nographic"]
    if icount is not None:
        argv += ["-icount", "shift=%d" % icount]
    return argv + ["-d", "exec,cpu,nochain,int", qemu_singlestep_flag(qemu),
                   "-D", log]


def sync(a, b, limit):
    """Skips the reference's first records (QEMU's reset vector before
    the ELF entry) until it reaches the pc emu starts at."""
    ra, rb = next(a, None), next(b, None)
    if ra is None or rb is None or ra.pc == rb.pc:
        return ra, rb
    first_a, first_b = ra, rb
    for _ in range(limit):
        rb = next(b, None)
        if rb is None or rb.pc == first_a.pc:
            break
    if rb is not None and rb.pc == first_a.pc:
        return first_a, rb
    raise SystemExit("trace-diff: the traces never reach a common first pc "
                     "(%#x and %#x)" % (first_a.pc, first_b.pc))


def show_state(label_a, ra, label_b, rb, keys, only_diff=False):
    lines = []
    for k in ["pc"] + keys:
        va, vb = ra.regs.get(k), rb.regs.get(k)
        if only_diff and va == vb:
            continue
        mark = "  <--" if va != vb else ""
        fa = "%016x" % va if va is not None else "-" * 16
        fb = "%016x" % vb if vb is not None else "-" * 16
        lines.append("  %-10s %s  %s%s" % (reg_label(k), fa, fb, mark))
    head = "  %-10s %-16s  %-16s" % ("", label_a, label_b)
    return "\n".join([head] + lines)


def compare(a, b, keys, args, la, lb):
    ra, rb = sync(a, b, args.sync_limit)
    if ra is None or rb is None:
        print("trace-diff: a trace is empty (%s: %s, %s: %s)" %
              (la, "ok" if ra else "empty", lb, "ok" if rb else "empty"))
        return 2
    masked = {k for k in keys if ra.regs.get(k) != rb.regs.get(k)}
    start_a = {k: ra.regs.get(k) for k in masked}
    start_b = {k: rb.regs.get(k) for k in masked}
    if masked:
        print("note: registers differing at the first common pc %#x are "
              "ignored until either side writes them: %s" %
              (ra.pc, ", ".join(reg_label(k) for k in sorted(masked))))
    hist = collections.deque(maxlen=args.context)
    n = 0
    while True:
        if ra is None or rb is None:
            if ra is None and rb is None:
                break
            ended, other, rec = (la, lb, rb) if ra is None else (lb, la, ra)
            print("first divergence after %d instructions: the %s trace "
                  "ends, the %s one goes on at pc %#x" %
                  (n, ended, other, rec.pc))
            return 1
        for k in list(masked):
            if (ra.regs.get(k) != start_a[k] or
                    rb.regs.get(k) != start_b[k]):
                masked.discard(k)
        diff = [k for k in ["pc"] + keys
                if k not in masked and ra.regs.get(k) != rb.regs.get(k)]
        if diff:
            report(n, ra, rb, hist, keys, diff, la, lb)
            return 1
        n += 1
        if args.max and n >= args.max:
            break
        hist.append((ra, rb))
        ra, rb = next(a, None), next(b, None)
    print("no divergence in %d instructions" % n)
    return 0


def report(n, ra, rb, hist, keys, diff, la, lb):
    print("first divergence at instruction %d: %s" %
          (n, ", ".join(reg_label(k) for k in diff)))
    if hist:
        pa, pb = hist[-1]
        print("the instruction at pc %#x (%s) / %#x (%s) gave different "
              "results" % (pa.pc, la, pb.pc, lb))
    for i, (pa, pb) in enumerate(hist):
        back = len(hist) - i
        print("\nstate %d instruction(s) before, at pc %#x:" % (back, pa.pc))
        print(show_state(la, pa, lb, pb, keys, only_diff=back > 1))
    for label, rec in ((la, ra), (lb, rb)):
        for ev in rec.events:
            print("%s: %s" % (label, ev))
    print("\nstate at the divergence:")
    print(show_state(la, ra, lb, rb, keys))


def main():
    p = argparse.ArgumentParser(
        description="Report the first instruction where two traces "
        "diverge (emu against QEMU, or emu against emu).")
    p.add_argument("--kernel", help="bare-metal ELF: runs "
                   "-M spike -bios none -kernel ELF on both sides")
    p.add_argument("--args", default="",
                   help="guest command line for both sides (shell words)")
    p.add_argument("--emu", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "build", "emu"))
    p.add_argument("--emu-args", default="", help="extra words for emu")
    p.add_argument("--ref", choices=["qemu", "emu"], default="qemu",
                   help="the reference: QEMU (default) or emu again")
    p.add_argument("--qemu", default="qemu-system-riscv64")
    p.add_argument("--ref-args", default="",
                   help="extra words for the reference")
    p.add_argument("--icount", type=int, metavar="SHIFT",
                   help="-icount shift=SHIFT on both sides")
    p.add_argument("--max", type=int, default=0,
                   help="stop after this many instructions (0: the end)")
    p.add_argument("--csrs", action="store_true",
                   help="compare the common CSRs too (not only pc and "
                   "x1-x31)")
    p.add_argument("--fregs", action="store_true",
                   help="compare f0-f31 too (both sides must dump them)")
    p.add_argument("--ignore", default="", metavar="REG,...",
                   help="registers never compared (x or ABI names, CSRs): "
                   "e.g. a pointer the two boards place differently")
    p.add_argument("--context", type=int, default=3,
                   help="instructions shown before the divergence")
    p.add_argument("--sync-limit", type=int, default=100000,
                   help="records skipped at most to find a common start")
    p.add_argument("--logs", nargs=2, metavar=("EMU_LOG", "REF_LOG"),
                   help="compare two existing logs instead of running")
    p.add_argument("--keep", metavar="DIR",
                   help="keep the guest output (emu.out, ref.out) in DIR")
    args = p.parse_args()

    keys = XREGS + (CSRS if args.csrs else []) + \
        (["f%d" % i for i in range(32)] if args.fregs else [])
    for name in filter(None, args.ignore.split(",")):
        key = "x%d" % ABI.index(name) if name in ABI else name
        if key not in keys:
            p.error("--ignore: no register '%s' is compared" % name)
        keys.remove(key)
    la, lb = "emu", args.ref if args.ref == "qemu" else "emu(ref)"

    if args.logs:
        a = dedup(parse_records(file_lines(args.logs[0])), ["pc"] + keys)
        b = dedup(parse_records(file_lines(args.logs[1])), ["pc"] + keys)
        return compare(a, b, keys, args, la, lb)

    guest = shlex.split(args.args)
    if args.kernel:
        guest = ["-M", "spike", "-bios", "none", "-kernel",
                 args.kernel] + guest
    if not guest:
        p.error("give --kernel ELF or --args '...'")
    tmp = args.keep or tempfile.mkdtemp(prefix="trace-diff-")
    os.makedirs(tmp, exist_ok=True)
    log_a, log_b = os.path.join(tmp, "emu.log"), os.path.join(tmp, "ref.log")
    for f in (log_a, log_b):
        if os.path.exists(f):
            os.unlink(f)
    out_a = open(os.path.join(tmp, "emu.out"), "wb")
    out_b = open(os.path.join(tmp, "ref.out"), "wb")
    side_a = Side(la, emu_argv(args.emu, guest, shlex.split(args.emu_args),
                               log_a, args.icount), log_a, out_a)
    if args.ref == "qemu":
        argv_b = qemu_argv(args.qemu, guest, shlex.split(args.ref_args),
                           log_b, args.icount)
    else:
        argv_b = emu_argv(args.emu, guest, shlex.split(args.ref_args), log_b,
                          args.icount)
    side_b = Side(lb, argv_b, log_b, out_b)
    try:
        a = dedup(parse_records(side_a.start()), ["pc"] + keys)
        b = dedup(parse_records(side_b.start()), ["pc"] + keys)
        return compare(a, b, keys, args, la, lb)
    except OSError as e:
        print("trace-diff: %s" % e, file=sys.stderr)
        return 2
    finally:
        side_a.stop()
        side_b.stop()
        out_a.close()
        out_b.close()
        if not args.keep:
            for name in os.listdir(tmp):
                os.unlink(os.path.join(tmp, name))
            os.rmdir(tmp)


if __name__ == "__main__":
    sys.exit(main())
