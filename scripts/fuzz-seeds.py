#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from
# real inputs: instruction words of the tcg-tests ELFs, a tcg-test ELF and
# a Linux Image header (plain and gzipped), the virt board's own device
# tree (emu -M virt,dumpdtb=), typical command lines, well-formed virtio
# requests (one queue, and both queues of net and console with back-end
# input) and device register sequences. Run after `make tcg-tests`:
#   python3 scripts/fuzz-seeds.py
import gzip
import os
import struct
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "build/tcg-tests/riscv")
EMU = os.path.join(ROOT, "build/emu")


def put(target, name, data):
    d = os.path.join(ROOT, "fuzz/corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def text_of(elf):
    with tempfile.NamedTemporaryFile() as t:
        subprocess.run(["riscv64-linux-gnu-objcopy", "-O", "binary",
                        "-j", ".text", elf, t.name], check=True)
        return open(t.name, "rb").read()


def rv_translate():
    # Mode byte (bit 0: FP on) + 64 words from the middle of a test's code.
    for i, name in enumerate(["rv64i-alu-reg", "rv64i-loads", "rv64i-stores",
                              "rv64m-div", "rv64a-amo-d", "rv64d-arith",
                              "rvc-alu", "rv64zbb", "priv-csr",
                              "rv64i-branches"]):
        code = text_of(os.path.join(TESTS, name + ".elf"))
        mid = (len(code) // 2) & ~3
        put("rv-translate", name, bytes([i | 1]) + code[mid:mid + 256])


def loaders():
    elf = os.path.join(TESTS, "hello.elf")
    def strip(how):
        with tempfile.NamedTemporaryFile() as t:
            subprocess.run(["riscv64-linux-gnu-strip", how, "-o", t.name,
                            elf], check=True)
            return open(t.name, "rb").read()
    small, syms = strip("--strip-all"), strip("--strip-debug")
    image = bytearray(128)
    struct.pack_into("<QQ", image, 8, 0x200000, 0x1000)
    image[48:56] = b"RISCV\0\0\0"
    image[56:60] = b"RSC\x05"
    image = bytes(image)
    for kind, tag in enumerate(["kernel", "firmware", "initrd", "elf"]):
        e = syms if tag == "elf" else small
        put("loaders", tag + "-elf", bytes([kind]) + e)
        put("loaders", tag + "-elf-gz", bytes([kind]) + gzip.compress(e))
    put("loaders", "kernel-image", b"\0" + image)
    put("loaders", "kernel-image-gz", b"\0" + gzip.compress(image))
    put("loaders", "initrd-raw", b"\2" + b"070701" + bytes(200))


def dtb():
    with tempfile.NamedTemporaryFile(suffix=".dtb") as t:
        subprocess.run([EMU, "-M", "virt,dumpdtb=" + t.name, "-m", "64M"],
                       check=True)
        put("dtb", "virt", open(t.name, "rb").read())


def options():
    lines = [
        "-M spike -bios none -kernel test.elf",
        "-M virt -m 256M -kernel Image -initrd rd.cpio -append console=ttyS0",
        "-M virt -bios none -kernel a.elf -serial none -no-reboot",
        "-M virt,dumpdtb=x.dtb -m 1G",
        "-M virt -drive file=disk.img,format=raw,if=virtio,readonly=on "
        "-device virtio-rng-device -device virtio-blk-device,drive=d0",
        "-M spike,signature=sig.txt,signature-granularity=4 -kernel t.elf",
        "+signature=s.txt +signature-granularity=8 -M spike -kernel t.elf",
        "-M virt -accel interp,tb-size=1M -one-insn-per-tb -d in_asm,int",
        "-M virt -smp 1 -gdb tcp::1234 -S -semihosting -nographic",
        "--machine virt --dtb board.dtb --m 64M",
    ]
    for i, line in enumerate(lines):
        put("options", "cmdline-%d" % i, "\0".join(line.split()).encode())


def virtio():
    # One request, well formed: features (VERSION_1, all offered), mode 0,
    # queue size 2^3, descriptors, avail ring, then the buffer area.
    BUF = 0x80100000
    def descs(entries):
        out = b""
        for addr, ln, flags, nxt in entries:
            out += struct.pack("<QIHH", addr - BUF, ln, flags, nxt)
        return out + bytes(16 * (8 - len(entries)))
    head = struct.pack("<QBH", (1 << 64) - 1, 0, 3)
    avail = struct.pack("<HHHH", 0, 1, 0, 0) + bytes(14)
    blk = [(BUF, 16, 1, 1), (BUF + 0x1000, 512, 3, 2), (BUF + 0x800, 1, 2, 0)]
    hdr_read = struct.pack("<IIQ", 0, 0, 3)
    hdr_write = struct.pack("<IIQ", 1, 0, 5)
    hdr_flush = struct.pack("<IIQ", 4, 0, 0)
    for name, hdr, d in [
            ("read", hdr_read, blk),
            ("write", hdr_write, [(BUF, 16, 1, 1), (BUF + 0x1000, 512, 1, 2),
                                  (BUF + 0x800, 1, 2, 0)]),
            ("flush", hdr_flush, [(BUF, 16, 1, 1), (BUF + 0x800, 1, 2, 0)])]:
        body = head + descs(d) + avail + hdr + b"\1"
        put("virtio-blk", name, b"\0" + body)
        put("virtio-blk", name + "-snapshot", b"\1" + body)
    put("virtio-rng", "fill", head + descs([(BUF, 64, 2, 0)]) + avail + b"\1")
    put("virtio-rng", "chain", head + descs([(BUF, 64, 3, 1),
                                             (BUF + 0x2000, 32, 2, 0)])
        + avail + b"\1")
    # virtqueue: flags, num, three ring pages (0, 1, 2), start index, RAM.
    ring = struct.pack("<BHBBBH", 0, 3, 0, 1, 2, 0)
    ram = bytearray(0x1010)
    for i in range(4):
        struct.pack_into("<QIHH", ram, 16 * i, 0x80010000 + 0x100 * i, 64,
                         1 | (2 if i >= 2 else 0), i + 1)
    struct.pack_into("<QIHH", ram, 48, 0x80010300, 64, 2, 0)
    struct.pack_into("<HHH", ram, 0x1000, 0, 1, 0)
    put("virtqueue", "chain", ring + bytes(ram))
    ind = bytearray(ram)
    struct.pack_into("<QIHH", ind, 0, 0x80000040, 48, 4, 0)
    put("virtqueue", "indirect", bytes([1]) + ring[1:] + bytes(ind))


def virtio_two():
    # vf_run_two(): features, mode 0, both queues of 2^3, per queue 2^3
    # descriptors and its avail ring, a counted buffer area, then steps
    # (bits 2:0 action, bit 3 queue: 0 notify, 2 back end, 4 config write).
    BUF = 0x80100000
    def queue(entries, heads):
        d = b"".join(struct.pack("<QIHH", a - BUF, ln, fl, nx)
                     for a, ln, fl, nx in entries)
        d += bytes(16 * (8 - len(entries)))
        ring = list(heads) + [0] * (8 - len(heads))
        return b"\3" + d + struct.pack("<HH8HH", 0, len(heads), *ring, 0)
    def run(rx, tx, buf, steps):
        return (struct.pack("<QBHH", (1 << 64) - 1, 0, 3, 3) + rx + tx +
                struct.pack("<H", len(buf)) + buf + steps)
    empty = queue([], [])
    rx = queue([(BUF + 0x2000, 2048, 2, 0), (BUF + 0x3000, 64, 2, 0)], [0, 1])
    tx = queue([(BUF, 12, 1, 1), (BUF + 0x100, 60, 0, 0)], [0])
    frame = b"\2" + struct.pack("<HB", 60, 0xaa)
    put("virtio-net", "transmit", run(empty, tx, bytes(12), b"\x08"))
    put("virtio-net", "receive", run(rx, empty, b"", b"\0" + frame))
    put("virtio-net", "pending", run(rx, tx, bytes(12),
                                     frame + frame + b"\0\x08"))
    put("virtio-console", "transmit",
        run(empty, queue([(BUF, 6, 0, 0)], [0]), b"hello\n", b"\x08"))
    put("virtio-console", "receive",
        run(rx, empty, b"", b"\0\2\4hi\r\n\2\2ok"))
    put("virtio-console", "escape-emerg",
        run(rx, empty, b"", b"\0\2\6\1h\1x\1\1" + b"\4\x08" +
            struct.pack("<I", 0x41)))


def mmio():
    def acc(win, write, size_log, off, val, tick=False):
        sz = size_log | (4 if write else 0) | (8 if tick else 0)
        return struct.pack("<BB", win, sz) + off.to_bytes(3, "little") + \
            struct.pack("<Q", val)
    put("mmio", "uart", acc(4, 1, 0, 3, 0x80) + acc(4, 1, 0, 0, 1) +
        acc(4, 1, 0, 3, 3) + acc(4, 1, 0, 1, 0xf) + acc(4, 1, 0, 0, 0x41) +
        acc(4, 0, 0, 5, 0, True) + acc(4, 0, 0, 2, 0))
    put("mmio", "plic", acc(3, 1, 2, 4 * 10, 1) + acc(3, 1, 2, 0x2000, 1 << 10)
        + acc(3, 0, 2, 0x200004, 0) + acc(3, 1, 2, 0x200004, 10))
    put("mmio", "clint", acc(2, 1, 3, 0x4000, 100) + acc(2, 0, 3, 0xbff8, 0)
        + acc(2, 1, 2, 0, 1, True))
    put("mmio", "rtc", acc(1, 0, 2, 0, 0) + acc(1, 0, 2, 4, 0) +
        acc(1, 1, 2, 0xc, 1) + acc(1, 1, 2, 4, 0) + acc(1, 1, 2, 0, 1000, True))
    put("mmio", "virtio", acc(5, 0, 2, 0, 0) + acc(5, 0, 2, 8, 0) +
        acc(5, 1, 2, 0x70, 1) + acc(5, 1, 2, 0x70, 3) +
        acc(5, 0, 2, 0x1010, 0) + acc(5, 0, 3, 0x1100, 0))
    put("mmio", "finisher", acc(0, 1, 2, 0, 0x3333 | (7 << 16)))


rv_translate()
loaders()
dtb()
options()
virtio()
virtio_two()
mmio()
