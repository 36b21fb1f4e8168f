#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# mkcpio.py OUT SPEC...: writes an initramfs (cpio "newc", uncompressed)
# from entries given as
#   dir:PATH            a directory
#   file:PATH=HOSTFILE  a regular file (executable if the host file is)
#   link:PATH=TARGET    a symbolic link
#   chr:PATH=MAJOR,MINOR  a character device
# Owner root, no host tool needed (Debian's cpio is not always there).
import os
import stat
import sys


def entry(out, ino, name, mode, data=b"", rdev=(0, 0)):
    name_b = name.encode() + b"\0"
    fields = [ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1],
              len(name_b), 0]
    hdr = b"070701" + b"".join(b"%08X" % f for f in fields)
    out.write(hdr + name_b)
    out.write(b"\0" * (-(len(hdr) + len(name_b)) % 4))
    out.write(data)
    out.write(b"\0" * (-len(data) % 4))


def main():
    with open(sys.argv[1], "wb") as out:
        ino = 1
        for spec in sys.argv[2:]:
            kind, rest = spec.split(":", 1)
            path, _, arg = rest.partition("=")
            path = path.lstrip("/")
            if kind == "dir":
                entry(out, ino, path, stat.S_IFDIR | 0o755)
            elif kind == "file":
                data = open(arg, "rb").read()
                perm = 0o755 if os.access(arg, os.X_OK) else 0o644
                entry(out, ino, path, stat.S_IFREG | perm, data)
            elif kind == "link":
                entry(out, ino, path, stat.S_IFLNK | 0o777, arg.encode())
            elif kind == "chr":
                major, minor = (int(x) for x in arg.split(","))
                entry(out, ino, path, stat.S_IFCHR | 0o600, rdev=(major, minor))
            else:
                sys.exit("mkcpio: unknown entry kind '%s'" % kind)
            ino += 1
        entry(out, 0, "TRAILER!!!", 0)


main()
