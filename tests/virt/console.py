#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Drives a Linux guest's serial console on emu, command by command.

The guest is started by a command (by default tests/virt/linux-boot.sh
--shell, which boots Debian's kernel with a busybox initramfs and starts a
shell on the console) with its standard input and output on pipes. The
driver waits for the shell, turns the terminal's echo and the prompts off,
then sends each command framed by markers that carry a per-command number
and the exit status:

    echo __B<n>__; { COMMAND
    } </dev/null; echo __E<n>_$?__

so a command's output is exactly what lies between the two markers, however
the guest's output is cut into reads. The braces run the command in the
shell itself (cd and variables persist), and a command that reads its
standard input gets end-of-file instead of the driver's next line. Kernel
messages are kept off the console (`dmesg -n 1`). Python's standard library
only.

As a module:

    from console import GuestConsole
    with GuestConsole.linux_shell(["-accel", "jit"]) as g:
        g.wait_shell(timeout=120)
        r = g.run("uname -m")           # r.status == 0, r.output == "riscv64"
        status = g.poweroff(timeout=30) # emu's exit status

As a command (prints each command, its output and its status; --json for
one JSON object; exits with emu's status, or 1 when something timed out):

    tests/virt/console.py -c 'uname -m' -c 'cat /proc/cpuinfo' -- -accel jit
"""
import argparse
import codecs
import json
import os
import re
import select
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LINUX_BOOT = os.path.join(HERE, "linux-boot.sh")
# What tests/virt/linux-boot.sh's /init prints just before the shell.
SHELL_BANNER = r"init: a shell on the console"


class ConsoleError(Exception):
    """A timeout, or the guest exited while output was awaited; the
    message ends with the last lines of the console."""


class CommandResult:
    """One command's outcome: its text, exit status and output (newlines
    as \\n, without the final newline)."""

    def __init__(self, cmd, status, output, seconds):
        self.cmd = cmd
        self.status = status
        self.output = output
        self.seconds = seconds

    def as_dict(self):
        return {"cmd": self.cmd, "status": self.status,
                "output": self.output, "seconds": round(self.seconds, 3)}


class GuestConsole:
    """A running emulator whose console is read and written through pipes.

    transcript holds everything the process printed so far (stdout and
    stderr together). Every wait takes a timeout in seconds and raises
    ConsoleError when it passes or the process exits first.
    """

    def __init__(self, argv, env=None, cwd=None, log=None):
        self.argv = list(argv)
        self.env = env
        self.cwd = cwd
        self.log = log            # a file to copy the output to, or None
        self.transcript = ""
        self.proc = None
        self.started = None       # time.monotonic() at start
        self.shell_seconds = None # start to a working shell
        self._pos = 0             # waits search the transcript from here
        self._serial = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    @classmethod
    def linux_shell(cls, emu_args=(), emu=None, env=None, log=None):
        """tests/virt/linux-boot.sh --shell with extra emu options; emu is
        the emulator binary (default: linux-boot.sh's, build/emu)."""
        e = dict(os.environ if env is None else env)
        if emu:
            e["EMU"] = emu
        return cls(["bash", LINUX_BOOT, "--shell"] + list(emu_args), env=e,
                   log=log)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def start(self):
        self.started = time.monotonic()
        # A session of its own, so close() can end the emulator that the
        # launcher script started along with the script.
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, env=self.env, cwd=self.cwd,
            start_new_session=True)
        os.set_blocking(self.proc.stdout.fileno(), False)

    def close(self):
        """Ends the process group if it is still running."""
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        if self.proc:
            for f in (self.proc.stdin, self.proc.stdout):
                try:
                    f.close()
                except OSError:
                    pass

    def _read(self, timeout):
        """Appends what arrives within timeout; False once output ended."""
        fd = self.proc.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], max(timeout, 0))
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except BlockingIOError:
            return True
        if not data:
            self.transcript += self._decoder.decode(b"", final=True)
            return False
        text = self._decoder.decode(data)
        self.transcript += text
        if self.log:
            self.log.write(text)
            self.log.flush()
        return True

    def tail(self, lines=25):
        return "\n".join(self.transcript.replace("\r", "").splitlines()
                         [-lines:])

    def _fail(self, what):
        raise ConsoleError("%s\n--- last console lines ---\n%s" %
                           (what, self.tail()))

    def expect(self, pattern, timeout):
        """Waits for the regular expression (a str or compiled) in the
        output after the previous match; returns the match and moves past
        it."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + timeout
        while True:
            m = rx.search(self.transcript, self._pos)
            if m:
                self._pos = m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                self._fail("timed out after %.0f s waiting for %r" %
                           (timeout, rx.pattern))
            if not self._read(min(left, 1.0)):
                self.proc.wait()
                m = rx.search(self.transcript, self._pos)
                if m:
                    self._pos = m.end()
                    return m
                self._fail("emulator exited (status %d) while waiting for %r"
                           % (self.proc.returncode, rx.pattern))

    def send(self, text):
        try:
            self.proc.stdin.write(text.encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            self._fail("emulator's input is closed")

    def wait_shell(self, timeout, banner=SHELL_BANNER):
        """Waits for banner, then sets the shell up for run(): no echo, no
        prompts, no kernel messages on the console. Returns the seconds from
        start() to the working shell (also in shell_seconds)."""
        self.expect(banner, timeout)
        self.send("stty -echo; PS1=''; PS2=''; dmesg -n 1; "
                  "echo __READY__\n")
        # Anchored: the echoed command line has "echo " before it.
        self.expect(r"(?m)^__READY__\r?$", timeout)
        self.shell_seconds = time.monotonic() - self.started
        return self.shell_seconds

    def run(self, cmd, timeout=60):
        """Runs one shell command line (standard input /dev/null); returns
        a CommandResult."""
        self._serial += 1
        n = self._serial
        t0 = time.monotonic()
        self.send("echo __B%d__; { %s\n} </dev/null; echo __E%d_$?__\n" %
                  (n, cmd, n))
        begin = self.expect(r"__B%d__\r?\n" % n, timeout)
        left = timeout - (time.monotonic() - t0)
        end = self.expect(r"__E%d_(\d+)__" % n, max(left, 0))
        out = self.transcript[begin.end():end.start()].replace("\r", "")
        if out.endswith("\n"):
            out = out[:-1]
        return CommandResult(cmd, int(end.group(1)), out,
                             time.monotonic() - t0)

    def wait_exit(self, timeout):
        """Reads until the process exits; returns its exit status."""
        deadline = time.monotonic() + timeout
        while self._read(min(max(deadline - time.monotonic(), 0), 1.0)):
            if time.monotonic() >= deadline:
                self._fail("emulator still running after %.0f s" % timeout)
        try:
            return self.proc.wait(max(deadline - time.monotonic(), 1))
        except subprocess.TimeoutExpired:
            self._fail("emulator still running after %.0f s" % timeout)

    def poweroff(self, timeout=60):
        """`poweroff -f` in the guest; returns the emulator's exit status."""
        self.send("poweroff -f\n")
        return self.wait_exit(timeout)


def main():
    ap = argparse.ArgumentParser(
        description="Boot Linux on emu to a shell (tests/virt/linux-boot.sh "
        "--shell), run commands on its serial console, power off.",
        epilog="Arguments after -- are extra emu options. EMU and the "
        "LINUX_* variables of linux-boot.sh apply.")
    ap.add_argument("-c", dest="cmds", action="append", default=[],
                    metavar="CMD", help="a command to run (repeatable)")
    ap.add_argument("--emu", help="emulator binary (default build/emu)")
    ap.add_argument("--boot-timeout", type=float, default=300,
                    help="seconds to wait for the shell (300)")
    ap.add_argument("--timeout", type=float, default=60,
                    help="seconds per command (60)")
    ap.add_argument("--json", action="store_true",
                    help="print one JSON object instead of text")
    ap.add_argument("--log", help="copy the whole console to this file")
    ap.add_argument("emu_args", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()

    log = open(a.log, "w") if a.log else None
    results, status, error = [], None, None
    g = GuestConsole.linux_shell(a.emu_args, emu=a.emu, log=log)
    with g:
        try:
            g.wait_shell(a.boot_timeout)
            for c in a.cmds:
                r = g.run(c, a.timeout)
                results.append(r)
                if not a.json:
                    print("$ %s\n%s%s[exit %d]" % (
                        c, r.output, "\n" if r.output else "", r.status))
            status = g.poweroff(a.timeout)
        except ConsoleError as e:
            error = str(e)
    if a.json:
        print(json.dumps({"shell_seconds": g.shell_seconds,
                          "commands": [r.as_dict() for r in results],
                          "exit_status": status, "error": error}, indent=1))
    else:
        if g.shell_seconds is not None:
            print("console: shell ready %.2f s after start" % g.shell_seconds)
        if error:
            print("console: " + error, file=sys.stderr)
    if log:
        log.close()
    return 1 if error else status


if __name__ == "__main__":
    sys.exit(main())
