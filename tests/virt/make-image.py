#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# make-image.py RAW OUT: wraps a position-independent raw binary in a
# RISC-V Linux Image header (64 bytes: a jump over the header, text_offset
# 0x200000, image_size, version 0.2, magic "RISCV\0\0\0" and "RSC\x05"),
# as the virt board's -kernel expects of a Linux Image.
import struct
import sys

raw = open(sys.argv[1], "rb").read()
JUMP_64 = 0x0400006F            # jal x0, +64
image_size = (64 + len(raw) + 0x1000 + 0xFFF) & ~0xFFF  # room for .bss
hdr = struct.pack("<IIQQQIIQ8s4sI", JUMP_64, 0, 0x200000, image_size, 0,
                  2, 0, 0, b"RISCV\0\0\0", b"RSC\x05", 0)
assert len(hdr) == 64
open(sys.argv[2], "wb").write(hdr + raw)
