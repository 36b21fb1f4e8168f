/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the physical address space (softmmu/memory.c) and the soft
 * MMU (softmmu/tlb.c, softmmu/access.c). Regions, lookups and the central
 * MMIO size rules are checked against a recording device; the TLB and its
 * slow paths run on a fake CPU whose tlb_fill maps pages by a fixed policy
 * and whose faults siglongjmp back to the test. Prints one line per failed
 * case and ends with `N passed, M failed`; exits 0 only when nothing failed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cpu.h"
#include "ir/ir.h"
#include "softmmu/memory.h"
#include "softmmu/softmmu.h"

#include "tests/test-check.h"

/* ---- The address map every case uses. */

enum {
    ROM_BASE = 0x1000,       /* one page */
    DEV4_BASE = 0x10000000,  /* impl 4..4, valid 1..8 */
    VAL4_BASE = 0x10001000,  /* valid 4..4, impl 1..8 */
    DEVANY_BASE = 0x10002000, /* no size rules */
    DEV_SIZE = 0x100,
    SPLIT_BASE = 0x20000000, /* two half-page RAM regions on one page */
    HOLE = 0x30000000,
    RAM0_BASE = 0x80000000,  /* 16 pages */
    RAM0_SIZE = 0x10000,
    RAM1_BASE = 0x80010000,  /* 4 pages, right after RAM0 */
    RAM1_SIZE = 0x4000,
    OVL_BASE = 0x80003800,   /* MMIO window over RAM0, added after it */
    EARLY_BASE = 0x80008000, /* MMIO window over RAM0, added before it */
    OVL_SIZE = 0x10,
};

static AddressSpace as;
static MemRegion *rom, *dev4, *val4, *devany, *split_lo, *split_hi, *ram0,
    *ram1, *ovl, *early;

/* ---- A device that records its callbacks and keeps registers. */

typedef struct MmioCall {
    char op; /* 'r' or 'w' */
    uint64_t off, val;
    unsigned size;
} MmioCall;

typedef struct TestDev {
    uint8_t regs[DEV_SIZE];
    MmioCall calls[16];
    unsigned ncalls;
} TestDev;

/* Expected callbacks: offset, size, value. */
#define RD(o, s, v) { .op = 'r', .off = (o), .size = (s), .val = (v) }
#define WR(o, s, v) { .op = 'w', .off = (o), .size = (s), .val = (v) }

static TestDev t_dev4, t_val4, t_devany, t_ovl, t_early;

static void dev_record(TestDev *d, char op, uint64_t off, uint64_t val,
                       unsigned size)
{
    if (d->ncalls < sizeof(d->calls) / sizeof(d->calls[0])) {
        d->calls[d->ncalls] =
            (MmioCall){ .op = op, .off = off, .val = val, .size = size };
    }
    d->ncalls++;
}

static uint64_t dev_read(void *opaque, uint64_t off, unsigned size)
{
    TestDev *d = opaque;
    uint64_t v = 0;
    if (off + size <= DEV_SIZE) {
        memcpy(&v, d->regs + off, size);
    }
    dev_record(d, 'r', off, v, size);
    return v;
}

static void dev_write(void *opaque, uint64_t off, uint64_t val, unsigned size)
{
    TestDev *d = opaque;
    dev_record(d, 'w', off, val, size);
    if (off + size <= DEV_SIZE) {
        memcpy(d->regs + off, &val, size);
    }
}

static const MmioOps dev4_ops = {
    .name = "dev4", .read = dev_read, .write = dev_write,
    .valid = { .min = 1, .max = 8 }, .impl = { .min = 4, .max = 4 },
};
static const MmioOps val4_ops = {
    .name = "val4", .read = dev_read, .write = dev_write,
    .valid = { .min = 4, .max = 4 },
};
static const MmioOps any_ops = {
    .name = "any", .read = dev_read, .write = dev_write,
};

static void dev_reset(TestDev *d)
{
    d->ncalls = 0;
    for (unsigned i = 0; i < DEV_SIZE; i++) {
        d->regs[i] = (uint8_t)(0xa0 + i);
    }
}

/* The device saw exactly these calls, in order. */
static void check_calls(const TestDev *d, const char *name, unsigned n,
                        const MmioCall *want)
{
    check_eq(d->ncalls, n, "%s: number of callbacks", name);
    for (unsigned i = 0; i < n && i < d->ncalls; i++) {
        const MmioCall *g = &d->calls[i];
        check(g->op == want[i].op && g->off == want[i].off &&
                  g->size == want[i].size && g->val == want[i].val,
              "%s: callback %u is %c off %#llx size %u val %#llx, want "
              "%c off %#llx size %u val %#llx",
              name, i, g->op, (unsigned long long)g->off, g->size,
              (unsigned long long)g->val, want[i].op,
              (unsigned long long)want[i].off, want[i].size,
              (unsigned long long)want[i].val);
    }
}

static uint64_t regs_le(const TestDev *d, uint64_t off, unsigned size)
{
    uint64_t v = 0;
    memcpy(&v, d->regs + off, size);
    return v;
}

static void build_as(void)
{
    /* The early overlay goes in before the RAM it covers: priority, not
     * order, decides. */
    early = as_add_mmio(&as, "early", EARLY_BASE, OVL_SIZE, 1, &any_ops,
                        &t_early);
    rom = as_add_rom(&as, "rom", ROM_BASE, PAGE_SIZE);
    dev4 = as_add_mmio(&as, "dev4", DEV4_BASE, DEV_SIZE, 0, &dev4_ops,
                       &t_dev4);
    val4 = as_add_mmio(&as, "val4", VAL4_BASE, DEV_SIZE, 0, &val4_ops,
                       &t_val4);
    devany = as_add_mmio(&as, "any", DEVANY_BASE, DEV_SIZE, 0, &any_ops,
                         &t_devany);
    split_lo = as_add_ram(&as, "split-lo", SPLIT_BASE, PAGE_SIZE / 2);
    split_hi = as_add_ram(&as, "split-hi", SPLIT_BASE + PAGE_SIZE / 2,
                          PAGE_SIZE / 2);
    ram0 = as_add_ram(&as, "ram0", RAM0_BASE, RAM0_SIZE);
    ram1 = as_add_ram(&as, "ram1", RAM1_BASE, RAM1_SIZE);
    ovl = as_add_mmio(&as, "ovl", OVL_BASE, OVL_SIZE, 1, &any_ops, &t_ovl);
    dev_reset(&t_dev4);
    dev_reset(&t_val4);
    dev_reset(&t_devany);
    dev_reset(&t_ovl);
    dev_reset(&t_early);
}

/* ---- Regions and lookups. */

#define AT(a, r, w) { .addr = (a), .want = (r), .what = (w) }

static void test_lookup(void)
{
    static const struct {
        uint64_t addr;
        MemRegion **want; /* NULL entry: a hole */
        const char *what;
    } cases[] = {
        AT(ROM_BASE, &rom, "rom first byte"),
        AT(ROM_BASE + PAGE_SIZE - 1, &rom, "rom last byte"),
        AT(ROM_BASE - 1, NULL, "below rom"),
        AT(ROM_BASE + PAGE_SIZE, NULL, "above rom"),
        AT(DEV4_BASE, &dev4, "mmio first byte"),
        AT(DEV4_BASE + DEV_SIZE - 1, &dev4, "mmio last byte"),
        AT(DEV4_BASE - 1, NULL, "below mmio"),
        AT(DEV4_BASE + DEV_SIZE, NULL, "above mmio"),
        AT(RAM0_BASE, &ram0, "ram first byte"),
        AT(RAM0_BASE + RAM0_SIZE - 1, &ram0, "ram last byte"),
        AT(RAM0_BASE - 1, NULL, "below ram"),
        AT(RAM0_BASE + RAM0_SIZE, &ram1, "adjacent ram"),
        AT(RAM1_BASE + RAM1_SIZE, NULL, "above adjacent ram"),
        AT(OVL_BASE, &ovl, "overlay first byte"),
        AT(OVL_BASE + OVL_SIZE - 1, &ovl, "overlay last byte"),
        AT(OVL_BASE - 1, &ram0, "ram below overlay"),
        AT(OVL_BASE + OVL_SIZE, &ram0, "ram above overlay"),
        AT(EARLY_BASE, &early, "overlay added before the ram"),
        AT(EARLY_BASE + OVL_SIZE, &ram0, "ram after early overlay"),
        AT(SPLIT_BASE + PAGE_SIZE / 2 - 1, &split_lo, "split low half"),
        AT(SPLIT_BASE + PAGE_SIZE / 2, &split_hi, "split high half"),
        AT(HOLE, NULL, "hole"),
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        MemRegion *want = cases[i].want ? *cases[i].want : NULL;
        MemRegion *got = as_lookup(&as, cases[i].addr);
        check(got == want, "as_lookup %s (%#llx): got %s, want %s",
              cases[i].what, (unsigned long long)cases[i].addr,
              got ? got->name : "none", want ? want->name : "none");
    }

    static const struct {
        uint64_t addr; /* a page */
        MemRegion **want;
        const char *what;
    } pages[] = {
        AT(RAM0_BASE, &ram0, "uniform ram page"),
        AT(RAM0_BASE + RAM0_SIZE - PAGE_SIZE, &ram0, "last ram page"),
        AT(RAM1_BASE, &ram1, "first page of adjacent ram"),
        AT(ROM_BASE, &rom, "rom page"),
        AT(OVL_BASE & PAGE_MASK, NULL, "page with an mmio overlay"),
        AT(EARLY_BASE, NULL, "page with an early overlay"),
        AT(SPLIT_BASE, NULL, "page straddling two regions"),
        AT(DEV4_BASE, NULL, "mmio page"),
        AT(HOLE, NULL, "hole"),
        AT(RAM0_BASE - PAGE_SIZE, NULL, "page below ram"),
    };
    for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
        MemRegion *want = pages[i].want ? *pages[i].want : NULL;
        MemRegion *got = as_page_ram(&as, pages[i].addr);
        check(got == want, "as_page_ram %s: got %s, want %s", pages[i].what,
              got ? got->name : "none", want ? want->name : "none");
    }
}

/* ---- as_read / as_write. */

static uint64_t rd(uint64_t addr, unsigned size, MemTxResult want_r,
                   const char *what)
{
    uint64_t v = 0xdeadbeefdeadbeefull;
    MemTxResult r = as_read(&as, addr, size, &v);
    check_eq(r, want_r, "%s: as_read result", what);
    return v;
}

static void wr(uint64_t addr, unsigned size, uint64_t val,
               MemTxResult want_r, const char *what)
{
    MemTxResult r = as_write(&as, addr, size, val);
    check_eq(r, want_r, "%s: as_write result", what);
}

static void test_ram_rom_hole(void)
{
    uint64_t a = RAM0_BASE + 0x40;
    wr(a, 8, 0x1122334455667788ull, MEMTX_OK, "ram 8-byte write");
    check_eq(ram0->host[0x40], 0x88, "ram is little-endian (byte 0)");
    check_eq(ram0->host[0x47], 0x11, "ram is little-endian (byte 7)");
    check_eq(rd(a, 1, MEMTX_OK, "ram read 1"), 0x88, "ram read 1");
    check_eq(rd(a, 2, MEMTX_OK, "ram read 2"), 0x7788, "ram read 2");
    check_eq(rd(a, 4, MEMTX_OK, "ram read 4"), 0x55667788, "ram read 4");
    check_eq(rd(a, 8, MEMTX_OK, "ram read 8"), 0x1122334455667788ull,
             "ram read 8");
    check_eq(rd(a + 3, 4, MEMTX_OK, "ram misaligned read"), 0x22334455,
             "ram misaligned read 4");

    wr(a, 1, 0xfffffffffffffff1ull, MEMTX_OK, "ram write 1");
    check_eq(rd(a, 8, MEMTX_OK, "ram after write 1"), 0x11223344556677f1ull,
             "ram write 1 touches one byte");
    wr(a + 2, 2, 0xffffffffffffa2a3ull, MEMTX_OK, "ram write 2");
    check_eq(rd(a, 8, MEMTX_OK, "ram after write 2"), 0x11223344a2a377f1ull,
             "ram write 2 touches two bytes");
    wr(a + 4, 4, 0xffffffffb4b5b6b7ull, MEMTX_OK, "ram write 4");
    check_eq(rd(a, 8, MEMTX_OK, "ram after write 4"), 0xb4b5b6b7a2a377f1ull,
             "ram write 4 touches four bytes");

    /* An access running off the end of a region does not spill over, even
     * into an adjacent region. */
    rd(RAM1_BASE + RAM1_SIZE - 4, 8, MEMTX_ERROR, "ram read past the end");
    wr(RAM1_BASE + RAM1_SIZE - 4, 8, 1, MEMTX_ERROR,
       "ram write past the end");
    rd(RAM0_BASE + RAM0_SIZE - 2, 4, MEMTX_ERROR,
       "ram read across two regions");

    /* ROM: loaded through the byte path, read-only to as_write. */
    static const uint8_t img[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    check(as_write_bytes(&as, ROM_BASE + 8, img, sizeof(img)),
          "as_write_bytes loads rom");
    check_eq(rd(ROM_BASE + 8, 8, MEMTX_OK, "rom read"), 0x0807060504030201ull,
             "rom read 8");
    for (unsigned s = 1; s <= 8; s *= 2) {
        char what[64];
        snprintf(what, sizeof(what), "rom write %u ignored", s);
        wr(ROM_BASE + 8, s, 0xffffffffffffffffull, MEMTX_OK, what);
        check_eq(rd(ROM_BASE + 8, 8, MEMTX_OK, what), 0x0807060504030201ull,
                 "%s", what);
    }

    for (unsigned s = 1; s <= 8; s *= 2) {
        char what[64];
        snprintf(what, sizeof(what), "hole read %u", s);
        check_eq(rd(HOLE, s, MEMTX_ERROR, what), 0, "%s reads 0", what);
        snprintf(what, sizeof(what), "hole write %u", s);
        wr(HOLE, s, 1, MEMTX_ERROR, what);
    }
}

static void test_mmio_sizes(void)
{
    char what[96];

    /* impl 4..4: 4-byte accesses pass straight through. */
    dev_reset(&t_dev4);
    check_eq(rd(DEV4_BASE + 0x10, 4, MEMTX_OK, "impl4 read 4"), 0xb3b2b1b0,
             "impl4 read 4 value");
    check_calls(&t_dev4, "impl4 read 4", 1,
                (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0) });

    /* Narrower reads read the unit and extract. */
    for (unsigned off = 0; off < 4; off++) {
        dev_reset(&t_dev4);
        snprintf(what, sizeof(what), "impl4 read 1 at +%u", off);
        check_eq(rd(DEV4_BASE + 0x10 + off, 1, MEMTX_OK, what), 0xb0 + off,
                 "%s value", what);
        check_calls(&t_dev4, what, 1,
                    (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0) });
    }
    for (unsigned off = 0; off < 4; off += 2) {
        dev_reset(&t_dev4);
        snprintf(what, sizeof(what), "impl4 read 2 at +%u", off);
        check_eq(rd(DEV4_BASE + 0x10 + off, 2, MEMTX_OK, what),
                 off ? 0xb3b2 : 0xb1b0, "%s value", what);
        check_calls(&t_dev4, what, 1,
                    (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0) });
    }

    /* Wider reads split into units, little-endian. */
    dev_reset(&t_dev4);
    check_eq(rd(DEV4_BASE + 0x10, 8, MEMTX_OK, "impl4 read 8"),
             0xb7b6b5b4b3b2b1b0ull, "impl4 read 8 value");
    check_calls(&t_dev4, "impl4 read 8", 2,
                (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0),
                              RD(0x14, 4, 0xb7b6b5b4) });

    /* Narrower writes: read-modify-write of the unit. */
    dev_reset(&t_dev4);
    wr(DEV4_BASE + 0x13, 1, 0x1234, MEMTX_OK, "impl4 write 1");
    check_calls(&t_dev4, "impl4 write 1", 2,
                (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0),
                              WR(0x10, 4, 0x34b2b1b0) });
    check_eq(regs_le(&t_dev4, 0x10, 8), 0xb7b6b5b434b2b1b0ull,
             "impl4 write 1 result");
    dev_reset(&t_dev4);
    wr(DEV4_BASE + 0x16, 2, 0xffff1234, MEMTX_OK, "impl4 write 2");
    check_calls(&t_dev4, "impl4 write 2", 2,
                (MmioCall[]){ RD(0x14, 4, 0xb7b6b5b4),
                              WR(0x14, 4, 0x1234b5b4) });
    dev_reset(&t_dev4);
    wr(DEV4_BASE + 0x10, 4, 0xffffffff01020304ull, MEMTX_OK, "impl4 write 4");
    check_calls(&t_dev4, "impl4 write 4", 1,
                (MmioCall[]){ WR(0x10, 4, 0x01020304) });

    /* Wider writes split into units. */
    dev_reset(&t_dev4);
    wr(DEV4_BASE + 0x20, 8, 0x1122334455667788ull, MEMTX_OK, "impl4 write 8");
    check_calls(&t_dev4, "impl4 write 8", 2,
                (MmioCall[]){ WR(0x20, 4, 0x55667788),
                              WR(0x24, 4, 0x11223344) });

    /* Past the end of the region: refused, the device sees nothing. */
    dev_reset(&t_dev4);
    check_eq(rd(DEV4_BASE + DEV_SIZE - 4, 8, MEMTX_OK, "impl4 read past end"),
             0, "impl4 read past end reads 0");
    wr(DEV4_BASE + DEV_SIZE - 2, 4, 1, MEMTX_OK, "impl4 write past end");
    check_calls(&t_dev4, "access past the region end", 0, NULL);
    dev_reset(&t_dev4);
    check_eq(rd(DEV4_BASE + DEV_SIZE - 4, 4, MEMTX_OK, "impl4 last word"),
             0x9f9e9d9c, "impl4 last word in range");

    /* valid 4..4: other sizes are refused (read 0, write ignored). */
    for (unsigned s = 1; s <= 8; s *= 2) {
        dev_reset(&t_val4);
        snprintf(what, sizeof(what), "valid4 read %u", s);
        uint64_t v = rd(VAL4_BASE + 0x8, s, MEMTX_OK, what);
        snprintf(what, sizeof(what), "valid4 write %u", s);
        wr(VAL4_BASE + 0x8, s, 0x5555555555555555ull, MEMTX_OK, what);
        if (s == 4) {
            check_eq(v, 0xabaaa9a8, "valid4 read 4 value");
            check_calls(&t_val4, "valid4 size 4", 2,
                        (MmioCall[]){ RD(0x8, 4, 0xabaaa9a8),
                                      WR(0x8, 4, 0x55555555) });
        } else {
            snprintf(what, sizeof(what), "valid4 refuses size %u", s);
            check_eq(v, 0, "%s (read value)", what);
            check_calls(&t_val4, what, 0, NULL);
            check_eq(regs_le(&t_val4, 0x8, 8), 0xafaeadacabaaa9a8ull,
                     "%s (registers unchanged)", what);
        }
    }

    /* Misaligned accesses are refused unless the device accepts them:
     * a 2-byte read at +3 or a 4-byte write at +2 reaches no callback. */
    dev_reset(&t_dev4);
    check_eq(rd(DEV4_BASE + 0x13, 2, MEMTX_OK, "impl4 misaligned read"), 0,
             "impl4 misaligned read reads 0");
    wr(DEV4_BASE + 0x12, 4, 0x12345678, MEMTX_OK, "impl4 misaligned write");
    check_calls(&t_dev4, "misaligned accesses refused", 0, NULL);

    /* No rules: every size reaches the device as it is. */
    for (unsigned s = 1; s <= 8; s *= 2) {
        dev_reset(&t_devany);
        snprintf(what, sizeof(what), "unrestricted size %u", s);
        uint64_t mask = s == 8 ? ~0ull : (1ull << (8 * s)) - 1;
        check_eq(rd(DEVANY_BASE + 0x10, s, MEMTX_OK, what),
                 0xb7b6b5b4b3b2b1b0ull & mask, "%s value", what);
        wr(DEVANY_BASE + 0x10, s, 0x0102030405060708ull & mask, MEMTX_OK,
           what);
        check_calls(&t_devany, what, 2,
                    (MmioCall[]){
                        RD(0x10, s, 0xb7b6b5b4b3b2b1b0ull & mask),
                        WR(0x10, s, 0x0102030405060708ull & mask) });
    }

    /* A narrow write passes its own bytes, not the rest of the value. */
    for (unsigned s = 1; s < 8; s *= 2) {
        dev_reset(&t_devany);
        snprintf(what, sizeof(what), "unrestricted write %u of a wide value",
                 s);
        wr(DEVANY_BASE + 0x20, s, 0xfedcba9876543210ull, MEMTX_OK, what);
        check_calls(&t_devany, what, 1,
                    (MmioCall[]){ WR(0x20, s,
                                     0xfedcba9876543210ull &
                                         ((1ull << (8 * s)) - 1)) });
    }
    dev_reset(&t_val4);
    wr(VAL4_BASE, 4, 0xfedcba9876543210ull, MEMTX_OK, "valid4 wide value");
    check_calls(&t_val4, "valid4 write 4 of a wide value", 1,
                (MmioCall[]){ WR(0, 4, 0x76543210) });

    /* An overlay answers with its own offsets; RAM around it is RAM. */
    dev_reset(&t_ovl);
    wr(OVL_BASE + 4, 4, 0xcafef00d, MEMTX_OK, "overlay write");
    check_calls(&t_ovl, "overlay write", 1,
                (MmioCall[]){ WR(4, 4, 0xcafef00d) });
    check_eq(ram0->host[OVL_BASE - RAM0_BASE + 4], 0,
             "overlay write does not reach the ram below");
    wr(OVL_BASE - 4, 4, 0x600dcafe, MEMTX_OK, "ram below overlay");
    check_eq(rd(OVL_BASE - 4, 4, MEMTX_OK, "ram below overlay"), 0x600dcafe,
             "ram below overlay");
}

/* ---- The byte path. */

static void test_bytes(void)
{
    uint8_t out[32], in[32];
    for (unsigned i = 0; i < sizeof(out); i++) {
        out[i] = (uint8_t)(0x30 + i);
    }
    uint64_t a = RAM0_BASE + RAM0_SIZE - 16;
    check(as_write_bytes(&as, a, out, sizeof(out)),
          "as_write_bytes across two ram regions");
    memset(in, 0, sizeof(in));
    check(as_read_bytes(&as, a, in, sizeof(in)),
          "as_read_bytes across two ram regions");
    check(!memcmp(in, out, sizeof(in)), "bytes across two regions round-trip");
    check_eq(ram0->host[RAM0_SIZE - 1], 0x3f, "last byte of the first region");
    check_eq(ram1->host[0], 0x40, "first byte of the second region");

    check(!as_write_bytes(&as, DEV4_BASE, out, 4), "as_write_bytes to mmio");
    check(!as_read_bytes(&as, DEV4_BASE, in, 4), "as_read_bytes from mmio");
    check(!as_write_bytes(&as, HOLE, out, 4), "as_write_bytes to a hole");
    check(!as_read_bytes(&as, RAM1_BASE + RAM1_SIZE - 4, in, 8),
          "as_read_bytes running into a hole");

    /* A range of RAM with an MMIO window inside: the window answers there,
     * so the range is not all RAM. */
    uint64_t before = ram0->host[OVL_BASE - RAM0_BASE];
    dev_reset(&t_ovl);
    memset(out, 0x77, sizeof(out));
    check(!as_write_bytes(&as, OVL_BASE - 8, out, sizeof(out)),
          "as_write_bytes over an mmio overlay");
    check_eq(ram0->host[OVL_BASE - RAM0_BASE], before,
             "as_write_bytes leaves the ram under an overlay alone");
    check(!as_read_bytes(&as, OVL_BASE - 8, in, sizeof(in)),
          "as_read_bytes over an mmio overlay");
    check_calls(&t_ovl, "byte path never calls the device", 0, NULL);
}

/* ---- The code-write hook. */

typedef struct HookCall {
    MemRegion *mr;
    uint64_t paddr;
    size_t len;
} HookCall;

#define HOOK(m, p, l) { .mr = (m), .paddr = (p), .len = (l) }

static HookCall hook_calls[16];
static unsigned nhook;
static bool hook_invalidates; /* drop the page's code like the core would */

static void hook_record(MemRegion *mr, uint64_t paddr, size_t len)
{
    if (nhook < sizeof(hook_calls) / sizeof(hook_calls[0])) {
        hook_calls[nhook] =
            (HookCall){ .mr = mr, .paddr = paddr, .len = len };
    }
    nhook++;
    if (hook_invalidates && mr->code_pages) {
        for (uint64_t p = paddr & PAGE_MASK; p < paddr + len; p += PAGE_SIZE) {
            mr->code_pages[(p - mr->base) >> PAGE_BITS] = 0;
        }
    }
}

static void check_hook(const char *what, unsigned n, const HookCall *want)
{
    check_eq(nhook, n, "%s: hook calls", what);
    for (unsigned i = 0; i < n && i < nhook; i++) {
        const HookCall *g = &hook_calls[i];
        check(g->mr == want[i].mr && g->paddr == want[i].paddr &&
                  g->len == want[i].len,
              "%s: hook call %u is %s %#llx+%zu, want %s %#llx+%zu", what, i,
              g->mr ? g->mr->name : "?", (unsigned long long)g->paddr, g->len,
              want[i].mr->name, (unsigned long long)want[i].paddr,
              want[i].len);
    }
    nhook = 0;
}

static void test_code_hook(void)
{
    uint8_t buf[16] = { 0 };

    as_code_write_hook = hook_record;
    nhook = 0;
    hook_invalidates = false;

    /* No region has code yet: nothing is reported. */
    check(as_write(&as, RAM1_BASE + 0x1010, 4, 1) == MEMTX_OK,
          "write before any code");
    check(as_write_bytes(&as, RAM1_BASE + 0x1010, buf, 8),
          "bytes before any code");
    check_hook("no code pages", 0, NULL);

    ram1->code_pages = calloc(RAM1_SIZE >> PAGE_BITS, sizeof(uintptr_t));
    ram1->code_pages[1] = 1; /* RAM1_BASE + 0x1000 holds code */
    uint64_t code = RAM1_BASE + PAGE_SIZE;

    check(as_write(&as, code + 0x10, 4, 0x01020304) == MEMTX_OK,
          "as_write to a code page");
    check_hook("as_write into a code page", 1,
               (HookCall[]){ HOOK(ram1, code + 0x10, 4) });
    check_eq(rd(code + 0x10, 4, MEMTX_OK, "code page"), 0x01020304,
             "as_write to a code page still stores");
    check(as_write(&as, code - 4, 8, 0) == MEMTX_OK,
          "as_write ending in a code page");
    check_hook("as_write ending in a code page", 1,
               (HookCall[]){ HOOK(ram1, code - 4, 8) });
    check(as_write(&as, code + PAGE_SIZE - 1, 2, 0) == MEMTX_OK,
          "as_write starting in a code page");
    check_hook("as_write starting in a code page", 1,
               (HookCall[]){ HOOK(ram1, code + PAGE_SIZE - 1, 2) });
    for (unsigned s = 1; s <= 8; s *= 2) {
        check(as_write(&as, code + PAGE_SIZE + 0x20, s, 0) == MEMTX_OK &&
                  as_write(&as, code - 0x20, s, 0) == MEMTX_OK,
              "as_write %u next to a code page", s);
    }
    check_hook("as_write to pages without code", 0, NULL);
    uint64_t v;
    check(as_read(&as, code, 8, &v) == MEMTX_OK, "read of a code page");
    check(as_read_bytes(&as, code, buf, sizeof(buf)),
          "bytes read of a code page");
    check_hook("reads of a code page", 0, NULL);

    check(as_write_bytes(&as, code + 0x100, buf, sizeof(buf)),
          "as_write_bytes to a code page");
    check_hook("as_write_bytes into a code page", 1,
               (HookCall[]){ HOOK(ram1, code + 0x100, sizeof(buf)) });
    check(as_write_bytes(&as, RAM0_BASE + RAM0_SIZE - 8, buf, sizeof(buf)),
          "as_write_bytes from ram0 into ram1");
    check(nhook == 0 || (nhook == 1 && hook_calls[0].mr == ram1 &&
                         hook_calls[0].paddr == RAM1_BASE &&
                         hook_calls[0].len == 8),
          "as_write_bytes from ram0 into ram1: ram1's part or nothing");
    nhook = 0;

    /* The byte path may report any range it writes in a region holding
     * code (memory.h: DMA and loader writes); the core filters by page. A
     * report must still name exactly the bytes written. */
    check(as_write_bytes(&as, code + PAGE_SIZE + 0x40, buf, 4),
          "as_write_bytes to a page without code");
    check(nhook == 0 ||
              (nhook == 1 && hook_calls[0].mr == ram1 &&
               hook_calls[0].paddr == code + PAGE_SIZE + 0x40 &&
               hook_calls[0].len == 4),
          "as_write_bytes to a page without code: no report, or the exact "
          "range");
    nhook = 0;
    check(as_write_bytes(&as, RAM0_BASE + 0x100, buf, 4),
          "as_write_bytes to a region without code");
    check_hook("as_write_bytes to a region without code", 0, NULL);
}

/* ---- The fake CPU and its MMU policy. */

typedef struct FakeCpu {
    CPUState cs;
    uint64_t env[32];
} FakeCpu;

enum {
    FAULT_NONE,
    FAULT_PAGE,
    FAULT_BUS,
    FAULT_ALIGN,
};

typedef struct Fault {
    int kind;
    uint64_t vaddr;
    AccessType acc;
    unsigned count;
} Fault;

static Fault fault;
static unsigned nfills;

/* mmu 0: identity, except for these pages. */
enum {
    PG_RO = RAM0_BASE + 5 * PAGE_SIZE,
    PG_UNMAPPED = RAM0_BASE + 6 * PAGE_SIZE,
    PG_NX = RAM0_BASE + 7 * PAGE_SIZE,
};
/* mmu 1: two windows at other virtual addresses. */
enum {
    ALIAS_RAM = 0x40000000,  /* -> RAM0_BASE, RAM0_SIZE + RAM1_SIZE */
    ALIAS_DEV = 0x50000000,  /* -> DEV4_BASE, one page */
};

static void raise_fault(CPUState *cs, int kind, uint64_t vaddr,
                        AccessType acc) __attribute__((noreturn));
static void raise_fault(CPUState *cs, int kind, uint64_t vaddr,
                        AccessType acc)
{
    fault.kind = kind;
    fault.vaddr = vaddr;
    fault.acc = acc;
    fault.count++;
    siglongjmp(cs->jmp_env, 1);
}

static void fake_tlb_fill(CPUState *cs, uint64_t vaddr, AccessType acc,
                          int mmu_idx, uintptr_t ra)
{
    (void)ra;
    uint64_t page = vaddr & PAGE_MASK, paddr;
    int prot = PROT_R | PROT_W | PROT_X;

    nfills++;
    if (mmu_idx == 1) {
        if (page - ALIAS_RAM < RAM0_SIZE + RAM1_SIZE) {
            paddr = RAM0_BASE + (page - ALIAS_RAM);
        } else if (page == ALIAS_DEV) {
            paddr = DEV4_BASE;
        } else {
            raise_fault(cs, FAULT_PAGE, vaddr, acc);
        }
    } else {
        paddr = page;
        if (page == PG_UNMAPPED) {
            raise_fault(cs, FAULT_PAGE, vaddr, acc);
        } else if (page == PG_RO) {
            prot = PROT_R | PROT_X;
        } else if (page == PG_NX) {
            prot = PROT_R | PROT_W;
        }
    }
    static const int need[] = {
        [ACCESS_READ] = PROT_R, [ACCESS_WRITE] = PROT_W,
        [ACCESS_FETCH] = PROT_X,
    };
    if (!(prot & need[acc])) {
        raise_fault(cs, FAULT_PAGE, vaddr, acc);
    }
    tlb_set_page(cs, vaddr, paddr, prot, mmu_idx);
}

static void fake_bus_error(CPUState *cs, uint64_t vaddr, AccessType acc,
                           uintptr_t ra) __attribute__((noreturn));
static void fake_bus_error(CPUState *cs, uint64_t vaddr, AccessType acc,
                           uintptr_t ra)
{
    (void)ra;
    raise_fault(cs, FAULT_BUS, vaddr, acc);
}

static void fake_unaligned(CPUState *cs, uint64_t vaddr, AccessType acc,
                           uintptr_t ra) __attribute__((noreturn));
static void fake_unaligned(CPUState *cs, uint64_t vaddr, AccessType acc,
                           uintptr_t ra)
{
    (void)ra;
    raise_fault(cs, FAULT_ALIGN, vaddr, acc);
}

static const CPUClass fake_cc = {
    .name = "fake",
    .tlb_fill = fake_tlb_fill,
    .bus_error = fake_bus_error,
    .unaligned = fake_unaligned,
};

static FakeCpu *cpu;

static uint32_t mo(unsigned memop, unsigned mmu_idx)
{
    return ir_memop_idx(memop, mmu_idx);
}

static unsigned mo_bits(unsigned size)
{
    return size == 1 ? IR_MO_8 : size == 2 ? IR_MO_16 : size == 4 ? IR_MO_32
                                                                 : IR_MO_64;
}

/* A load or store that may fault; false (and `fault` set) when it did. */
static bool try_ld(uint64_t addr, uint32_t moi, uint64_t *out)
{
    fault = (Fault){ .kind = FAULT_NONE };
    if (sigsetjmp(cpu->cs.jmp_env, 0)) {
        return false;
    }
    *out = cpu_ld(&cpu->cs, addr, moi, 0);
    return true;
}

static bool try_st(uint64_t addr, uint64_t val, uint32_t moi)
{
    fault = (Fault){ .kind = FAULT_NONE };
    if (sigsetjmp(cpu->cs.jmp_env, 0)) {
        return false;
    }
    cpu_st(&cpu->cs, addr, val, moi, 0);
    return true;
}

static bool try_code_paddr(uint64_t pc, int mmu_idx, uint64_t *out)
{
    fault = (Fault){ .kind = FAULT_NONE };
    if (sigsetjmp(cpu->cs.jmp_env, 0)) {
        return false;
    }
    *out = softmmu_code_paddr(&cpu->cs, pc, mmu_idx);
    return true;
}

static bool try_fetch(uint64_t pc, unsigned len, int mmu_idx, uint64_t *out)
{
    fault = (Fault){ .kind = FAULT_NONE };
    if (sigsetjmp(cpu->cs.jmp_env, 0)) {
        return false;
    }
    *out = softmmu_fetch_code(&cpu->cs, pc, len, mmu_idx);
    return true;
}

/* A load that must succeed; its value. */
static uint64_t ld(uint64_t addr, uint32_t moi, const char *what)
{
    uint64_t v = 0;
    check(try_ld(addr, moi, &v), "%s: unexpected fault %d at %#llx", what,
          fault.kind, (unsigned long long)fault.vaddr);
    return v;
}

static void st(uint64_t addr, uint64_t val, uint32_t moi, const char *what)
{
    check(try_st(addr, val, moi), "%s: unexpected fault %d at %#llx", what,
          fault.kind, (unsigned long long)fault.vaddr);
}

static void check_fault(int kind, uint64_t page, AccessType acc,
                        const char *what)
{
    check(fault.kind == kind && (fault.vaddr & PAGE_MASK) == page &&
              fault.acc == acc && fault.count == 1,
          "%s: fault %d at %#llx access %d (x%u), want %d in page %#llx "
          "access %d",
          what, fault.kind, (unsigned long long)fault.vaddr, fault.acc,
          fault.count, kind, (unsigned long long)page, acc);
}

static uint64_t phys(uint64_t addr, unsigned size)
{
    uint64_t v = 0;
    if (as_read(&as, addr, size, &v) != MEMTX_OK) {
        return 0xbadbadbadull;
    }
    return v;
}

static void cpu_setup(void)
{
    size_t sz = (sizeof(FakeCpu) + 63) & ~(size_t)63;
    cpu = aligned_alloc(64, sz);
    if (!cpu) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    memset(cpu, 0, sz);
    softmmu_as = &as;
    cpu_init_common(&cpu->cs, &fake_cc, NULL, 0);
}

static void test_cpu_sizes(void)
{
    char what[96];
    static const uint64_t pattern = 0x8877665544332211ull;
    for (unsigned s = 1; s <= 8; s *= 2) {
        uint64_t a = RAM0_BASE + 0x1000 + 16 * s;
        uint64_t mask = s == 8 ? ~0ull : (1ull << (8 * s)) - 1;
        check(as_write(&as, a, 8, 0xeeeeeeeeeeeeeeeeull) == MEMTX_OK,
              "prefill");
        snprintf(what, sizeof(what), "cpu_st size %u", s);
        st(a, pattern | 0xf0, mo(mo_bits(s), 0), what);
        check_eq(phys(a, 8),
                 (0xeeeeeeeeeeeeeeeeull & ~mask) | ((pattern | 0xf0) & mask),
                 "%s stores exactly %u bytes, little-endian", what, s);
        snprintf(what, sizeof(what), "cpu_ld size %u", s);
        check_eq(ld(a, mo(mo_bits(s), 0), what), (pattern | 0xf0) & mask,
                 "%s (zero-extended)", what);
    }

    /* Sign extension, and its absence without IR_MO_SIGN. */
    uint64_t a = RAM0_BASE + 0x1100;
    check(as_write(&as, a, 8, 0x80ff8000ffff8080ull) == MEMTX_OK, "prefill");
    check_eq(ld(a, mo(IR_MO_8 | IR_MO_SIGN, 0), "ld s8"),
             0xffffffffffffff80ull, "ld 8 signed");
    check_eq(ld(a, mo(IR_MO_16 | IR_MO_SIGN, 0), "ld s16"),
             0xffffffffffff8080ull, "ld 16 signed");
    check_eq(ld(a, mo(IR_MO_32 | IR_MO_SIGN, 0), "ld s32"),
             0xffffffffffff8080ull, "ld 32 signed");
    check_eq(ld(a + 4, mo(IR_MO_32 | IR_MO_SIGN, 0), "ld s32 hi"),
             0xffffffff80ff8000ull, "ld 32 signed (upper word)");
    check_eq(ld(a, mo(IR_MO_64 | IR_MO_SIGN, 0), "ld s64"),
             0x80ff8000ffff8080ull, "ld 64 signed is the value");
    check_eq(ld(a, mo(IR_MO_8, 0), "ld u8"), 0x80, "ld 8 unsigned");
    check_eq(ld(a, mo(IR_MO_16, 0), "ld u16"), 0x8080, "ld 16 unsigned");
    check_eq(ld(a + 4, mo(IR_MO_32, 0), "ld u32"), 0x80ff8000,
             "ld 32 unsigned");
    check_eq(ld(a + 1, mo(IR_MO_8 | IR_MO_SIGN, 0), "ld s8 positive"),
             0xffffffffffffff80ull, "ld 8 signed at +1");
    check_eq(ld(a + 2, mo(IR_MO_16 | IR_MO_SIGN, 0), "ld s16 neg"),
             0xffffffffffffffffull, "ld 16 signed all ones");
    check(as_write(&as, a, 8, 0x7f7f7f7f7f7f7f7full) == MEMTX_OK, "prefill");
    check_eq(ld(a, mo(IR_MO_32 | IR_MO_SIGN, 0), "ld s32 positive"),
             0x7f7f7f7f, "ld 32 signed positive");

    /* Misaligned within a page: no fault without IR_MO_ALIGN. */
    a = RAM0_BASE + 0x1203;
    st(a, 0x0123456789abcdefull, mo(IR_MO_64, 0), "misaligned st 8");
    check_eq(phys(a, 8), 0x0123456789abcdefull, "misaligned st 8 lands");
    check_eq(ld(a, mo(IR_MO_64, 0), "misaligned ld 8"),
             0x0123456789abcdefull, "misaligned ld 8");
    check_eq(ld(a + 1, mo(IR_MO_32 | IR_MO_SIGN, 0), "misaligned ld s32"),
             0x6789abcd, "misaligned ld 32 signed (positive)");
    st(a + 2, 0xbeef, mo(IR_MO_16, 0), "misaligned st 2");
    check_eq(phys(a, 8), 0x01234567beefcdefull, "misaligned st 2 lands");

    /* Through the second mmu index: another virtual address, same RAM. */
    check_eq(ld(ALIAS_RAM + 0x1203, mo(IR_MO_64, 1), "alias ld"),
             0x01234567beefcdefull, "ld through mmu index 1");
    st(ALIAS_RAM + 0x1208, 0x5a, mo(IR_MO_8, 1), "alias st");
    check_eq(phys(RAM0_BASE + 0x1208, 1), 0x5a, "st through mmu index 1");
}

static void test_cpu_cross_page(void)
{
    /* Two pages of one region. */
    uint64_t a = RAM0_BASE + 0x1ffd;
    st(a, 0x1122334455667788ull, mo(IR_MO_64, 0), "cross st 8");
    check_eq(phys(a, 8), 0x1122334455667788ull, "cross st 8 lands");
    check_eq(phys(RAM0_BASE + 0x1fff, 1), 0x66, "cross st: last of page 1");
    check_eq(phys(RAM0_BASE + 0x2000, 1), 0x55, "cross st: first of page 2");
    check_eq(ld(a, mo(IR_MO_64, 0), "cross ld 8"), 0x1122334455667788ull,
             "cross ld 8");
    check_eq(ld(RAM0_BASE + 0x1fff, mo(IR_MO_16 | IR_MO_SIGN, 0),
                "cross ld s16"),
             0x5566, "cross ld 16 signed (positive)");
    st(RAM0_BASE + 0x1fff, 0x9988, mo(IR_MO_16, 0), "cross st 2");
    check_eq(ld(RAM0_BASE + 0x1fff, mo(IR_MO_16 | IR_MO_SIGN, 0),
                "cross ld s16 neg"),
             0xffffffffffff9988ull, "cross ld 16 signed (negative)");

    /* Two regions, adjacent in both address spaces. */
    a = RAM0_BASE + RAM0_SIZE - 2;
    st(a, 0xa1a2a3a4, mo(IR_MO_32, 0), "cross-region st 4");
    check_eq(phys(a, 2), 0xa3a4, "cross-region st: first region");
    check_eq(phys(RAM1_BASE, 2), 0xa1a2, "cross-region st: second region");
    check_eq(ld(a, mo(IR_MO_32, 0), "cross-region ld 4"), 0xa1a2a3a4,
             "cross-region ld 4");
    check_eq(ld(ALIAS_RAM + RAM0_SIZE - 2, mo(IR_MO_32, 1), "alias cross"),
             0xa1a2a3a4, "cross-region ld 4 through mmu index 1");

    /* Second page read-only: the store faults on it and the first page
     * keeps its bytes. */
    a = PG_RO - 4;
    check(as_write(&as, a, 8, 0x0f0f0f0f0f0f0f0full) == MEMTX_OK, "prefill");
    check(!try_st(a, 0, mo(IR_MO_64, 0)), "cross st into a read-only page");
    check_fault(FAULT_PAGE, PG_RO, ACCESS_WRITE,
                "cross st into a read-only page");
    check_eq(phys(a, 8), 0x0f0f0f0f0f0f0f0full,
             "faulting cross-page store writes nothing");
    uint64_t v;
    check(!try_ld(PG_UNMAPPED - 2, mo(IR_MO_32, 0), &v),
          "cross ld into an unmapped page");
    check_fault(FAULT_PAGE, PG_UNMAPPED, ACCESS_READ,
                "cross ld into an unmapped page");
    check(!try_st(PG_UNMAPPED + PAGE_SIZE - 1, 0, mo(IR_MO_16, 0)),
          "cross st out of an unmapped page");
    check_fault(FAULT_PAGE, PG_UNMAPPED, ACCESS_WRITE,
                "cross st out of an unmapped page");
    check_eq(phys(PG_NX, 1), 0, "faulting cross-page store: second page");
}

static void test_cpu_faults(void)
{
    uint64_t v;

    /* IR_MO_ALIGN. */
    uint64_t a = RAM0_BASE + 0x1300;
    check(as_write(&as, a, 8, 0x1111111111111111ull) == MEMTX_OK, "prefill");
    check(!try_ld(a + 2, mo(IR_MO_32 | IR_MO_ALIGN, 0), &v),
          "aligned-only ld 4 at +2");
    check_fault(FAULT_ALIGN, a & PAGE_MASK, ACCESS_READ,
                "aligned-only ld 4 at +2");
    check_eq(fault.vaddr, a + 2, "unaligned fault address");
    check(!try_st(a + 4, 0, mo(IR_MO_64 | IR_MO_ALIGN, 0)),
          "aligned-only st 8 at +4");
    check_fault(FAULT_ALIGN, a & PAGE_MASK, ACCESS_WRITE,
                "aligned-only st 8 at +4");
    check_eq(phys(a, 8), 0x1111111111111111ull,
             "unaligned store writes nothing");
    check(!try_ld(a + 1, mo(IR_MO_16 | IR_MO_ALIGN | IR_MO_SIGN, 0), &v),
          "aligned-only ld 2 at +1");
    check_fault(FAULT_ALIGN, a & PAGE_MASK, ACCESS_READ,
                "aligned-only ld 2 at +1");
    st(a + 4, 0x80000000, mo(IR_MO_32 | IR_MO_ALIGN, 0), "aligned st 4");
    check_eq(ld(a + 4, mo(IR_MO_32 | IR_MO_ALIGN | IR_MO_SIGN, 0),
                "aligned ld 4"),
             0xffffffff80000000ull, "aligned ld 4 with IR_MO_ALIGN");
    check_eq(ld(a + 1, mo(IR_MO_8 | IR_MO_ALIGN, 0), "aligned ld 1"), 0x11,
             "byte access is always aligned");

    /* Permissions from tlb_fill. */
    check(!try_ld(PG_UNMAPPED + 8, mo(IR_MO_64, 0), &v), "ld unmapped");
    check_fault(FAULT_PAGE, PG_UNMAPPED, ACCESS_READ, "ld unmapped");
    check_eq(fault.vaddr, PG_UNMAPPED + 8, "page fault address");
    check(as_write(&as, PG_RO, 4, 0x12345678) == MEMTX_OK, "prefill");
    check_eq(ld(PG_RO, mo(IR_MO_32, 0), "ld read-only"), 0x12345678,
             "ld read-only page");
    check(!try_st(PG_RO, 0, mo(IR_MO_32, 0)), "st read-only");
    check_fault(FAULT_PAGE, PG_RO, ACCESS_WRITE,
                "st read-only after a load filled the entry");
    check_eq(phys(PG_RO, 4), 0x12345678, "read-only page unchanged");

    /* Holes: translated, but nothing answers. */
    check(!try_ld(HOLE + 0x10, mo(IR_MO_32, 0), &v), "ld hole");
    check_fault(FAULT_BUS, HOLE, ACCESS_READ, "ld hole");
    check_eq(fault.vaddr, HOLE + 0x10, "bus error address");
    check(!try_st(HOLE, 0, mo(IR_MO_8, 0)), "st hole");
    check_fault(FAULT_BUS, HOLE, ACCESS_WRITE, "st hole");
    check(!try_ld(ALIAS_DEV + PAGE_SIZE, mo(IR_MO_8, 1), &v),
          "ld outside mmu 1's windows");
    check_fault(FAULT_PAGE, ALIAS_DEV + PAGE_SIZE, ACCESS_READ,
                "ld outside mmu 1's windows");

    /* A page that is part RAM, part hole: RAM answers, the hole faults. */
    check(as_write(&as, SPLIT_BASE + 0x10, 4, 0xabcd) == MEMTX_OK, "prefill");
    check_eq(ld(SPLIT_BASE + 0x10, mo(IR_MO_32, 0), "split page ld"), 0xabcd,
             "ld from a page of two regions");
    st(SPLIT_BASE + PAGE_SIZE / 2 + 8, 0x01020304, mo(IR_MO_32, 0),
       "split page st");
    check_eq(split_hi->host[8] | split_hi->host[11] << 24, 0x01000004,
             "st to the second region of a shared page");
    check(!try_ld(SPLIT_BASE + PAGE_SIZE, mo(IR_MO_8, 0), &v),
          "ld from the hole after a shared page");
    check_fault(FAULT_BUS, SPLIT_BASE + PAGE_SIZE, ACCESS_READ,
                "ld from the hole after a shared page");
}

static void test_cpu_mmio_rom(void)
{
    uint64_t slow = cpu->cs.stats.tlb_slow;

    dev_reset(&t_dev4);
    check_eq(ld(DEV4_BASE + 0x10, mo(IR_MO_32, 0), "mmio ld 4"), 0xb3b2b1b0,
             "mmio ld 4 through the TLB");
    check_calls(&t_dev4, "mmio ld 4 through the TLB", 1,
                (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0) });
    TlbEntry *e = &cpu->cs.tlb[0][tlb_index(DEV4_BASE)];
    check((e->addr_read & TLB_MMIO) && (e->addr_write & TLB_MMIO) &&
              (e->addr_read & PAGE_MASK) == DEV4_BASE,
          "mmio page entry carries TLB_MMIO");
    check_eq(cpu->cs.stats.tlb_slow - slow, 1, "mmio ld counts as slow");

    dev_reset(&t_dev4);
    check_eq(ld(DEV4_BASE + 0x11, mo(IR_MO_8 | IR_MO_SIGN, 0), "mmio ld s8"),
             0xffffffffffffffb1ull, "mmio ld 1 signed");
    check_calls(&t_dev4, "mmio ld 1 through the TLB", 1,
                (MmioCall[]){ RD(0x10, 4, 0xb3b2b1b0) });
    dev_reset(&t_dev4);
    check_eq(ld(DEV4_BASE + 0x18, mo(IR_MO_64, 0), "mmio ld 8"),
             0xbfbebdbcbbbab9b8ull, "mmio ld 8");
    check_calls(&t_dev4, "mmio ld 8 through the TLB", 2,
                (MmioCall[]){ RD(0x18, 4, 0xbbbab9b8),
                              RD(0x1c, 4, 0xbfbebdbc) });
    dev_reset(&t_dev4);
    st(DEV4_BASE + 0x22, 0x1234, mo(IR_MO_16, 0), "mmio st 2");
    check_calls(&t_dev4, "mmio st 2 through the TLB", 2,
                (MmioCall[]){ RD(0x20, 4, 0xc3c2c1c0),
                              WR(0x20, 4, 0x1234c1c0) });
    dev_reset(&t_dev4);
    st(ALIAS_DEV + 0x30, 0x55667788, mo(IR_MO_32, 1), "alias mmio st");
    check_calls(&t_dev4, "mmio st through mmu index 1", 1,
                (MmioCall[]){ WR(0x30, 4, 0x55667788) });
    dev_reset(&t_dev4);
    uint64_t v;
    check(!try_ld(DEV4_BASE + DEV_SIZE, mo(IR_MO_32, 0), &v),
          "ld past the device, same page");
    check_fault(FAULT_BUS, DEV4_BASE, ACCESS_READ,
                "ld past the device, same page");
    check_calls(&t_dev4, "ld past the device", 0, NULL);

    /* A store passes the bytes of its size, not the rest of the register. */
    dev_reset(&t_devany);
    st(DEVANY_BASE + 0x40, 0xfedcba9876543210ull, mo(IR_MO_16, 0),
       "mmio st 2 of a wide value");
    check_calls(&t_devany, "mmio st 2 of a wide value", 1,
                (MmioCall[]){ WR(0x40, 2, 0x3210) });

    /* RAM on a page with an overlay goes the slow way and still is RAM. */
    check(as_write(&as, RAM0_BASE + 0x3000, 4, 0x31323334) == MEMTX_OK,
          "prefill");
    check_eq(ld(RAM0_BASE + 0x3000, mo(IR_MO_32, 0), "overlaid page ld"),
             0x31323334, "ram on an overlaid page");
    st(RAM0_BASE + 0x3004, 0x41424344, mo(IR_MO_32, 0), "overlaid page st");
    check_eq(phys(RAM0_BASE + 0x3004, 4), 0x41424344,
             "st to ram on an overlaid page");
    dev_reset(&t_ovl);
    st(OVL_BASE + 8, 0x99, mo(IR_MO_8, 0), "overlay st");
    check_calls(&t_ovl, "st to the overlay through the TLB", 1,
                (MmioCall[]){ WR(8, 1, 0x99) });

    /* ROM: reads hit RAM-speed, writes are dropped without a fault. */
    check_eq(ld(ROM_BASE + 8, mo(IR_MO_64, 0), "rom ld"),
             0x0807060504030201ull, "rom ld 8");
    for (unsigned s = 1; s <= 8; s *= 2) {
        check(try_st(ROM_BASE + 8, 0xffffffffffffffffull, mo(mo_bits(s), 0)),
              "rom st %u does not fault", s);
    }
    check_eq(phys(ROM_BASE + 8, 8), 0x0807060504030201ull,
             "rom stores are ignored");
    e = &cpu->cs.tlb[0][tlb_index(ROM_BASE)];
    check(!(e->addr_read & TLB_FLAGS_MASK) && (e->addr_write & TLB_MMIO),
          "rom entry: fast reads, slow writes");
}

/* Install n entries that collide with page's slot, each mapping to target:
 * every one evicts its predecessor into the victim TLB. */
static void collide(uint64_t page, unsigned n, uint64_t target)
{
    for (unsigned k = 1; k <= n; k++) {
        tlb_set_page(&cpu->cs, page - k * TLB_SIZE * PAGE_SIZE, target,
                     PROT_R, 0);
    }
}

static void test_cpu_tlb_counting(void)
{
    CPUState *cs = &cpu->cs;
    uint64_t p1 = RAM0_BASE + 0x8000 + PAGE_SIZE, p2 = p1 + PAGE_SIZE;
    uint64_t p1_alias = ALIAS_RAM + (p1 - RAM0_BASE);
    CPUStats *stats = &cs->stats;

    tlb_flush(cs);
    uint64_t m0 = stats->tlb_misses, v0 = stats->tlb_victim_hits;
    unsigned fills = nfills;
    ld(p1, mo(IR_MO_32, 0), "first ld");
    check_eq(stats->tlb_misses - m0, 1, "first access misses");
    check_eq(nfills - fills, 1, "first access calls tlb_fill");
    ld(p1 + 0x100, mo(IR_MO_64, 0), "second ld");
    st(p1 + 0x200, 7, mo(IR_MO_32, 0), "st after ld");
    check_eq(stats->tlb_misses - m0, 1, "same page hits");
    ld(p2, mo(IR_MO_8, 0), "other page");
    check_eq(stats->tlb_misses - m0, 2, "other page misses");
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1");
    check_eq(stats->tlb_misses - m0, 3, "other mmu index misses");

    /* A page TLB_SIZE pages away shares the slot: p1 goes to the victim
     * TLB and comes back from there without a refill. */
    uint64_t far = p1 - TLB_SIZE * PAGE_SIZE;
    collide(p1, 1, p2);
    check_eq(ld(far, mo(IR_MO_8, 0), "conflicting page"), phys(p2, 1),
             "installed entry maps to its physical page");
    check_eq(stats->tlb_misses - m0, 3, "installed entry hits");
    fills = nfills;
    ld(p1 + 4, mo(IR_MO_8, 0), "evicted page");
    st(p1 + 4, 8, mo(IR_MO_8, 0), "evicted page st");
    check_eq(stats->tlb_misses - m0, 3, "evicted page: no refill");
    check_eq(stats->tlb_victim_hits - v0, 1, "evicted page: victim hit");
    check_eq(nfills - fills, 0, "evicted page: no tlb_fill");
    check_eq(cs->tlb[0][tlb_index(p1)].addr_read, p1,
             "victim swapped back into the table");
    check_eq(ld(far, mo(IR_MO_8, 0), "conflicting page again"), phys(p2, 1),
             "swapped-out entry still maps to its physical page");
    check_eq(stats->tlb_victim_hits - v0, 2, "swapped-out entry: victim hit");
    check_eq(stats->tlb_misses - m0, 3, "swapped-out entry: no refill");

    /* A victim that lacks the permission does not serve the access: the
     * refill maps far as tlb_fill says (identity, a hole) instead. */
    ld(p1, mo(IR_MO_8, 0), "p1 back");
    uint64_t keep = phys(p2, 1);
    check(!try_st(far, 0x5a, mo(IR_MO_8, 0)), "st to read-only victim");
    check_fault(FAULT_BUS, far, ACCESS_WRITE,
                "read-only victim entry does not serve a store");
    check_eq(stats->tlb_misses - m0, 4, "read-only victim: refilled");
    check_eq(phys(p2, 1), keep, "read-only victim: target untouched");

    /* More than TLB_VICTIMS evictions push the oldest out. */
    tlb_flush(cs);
    ld(p1, mo(IR_MO_8, 0), "p1 refill");
    m0 = stats->tlb_misses;
    collide(p1, TLB_VICTIMS, p2);
    ld(p1, mo(IR_MO_8, 0), "p1 after TLB_VICTIMS evictions");
    check_eq(stats->tlb_misses - m0, 0, "TLB_VICTIMS evictions: p1 kept");
    collide(p1, TLB_VICTIMS + 1, p2);
    ld(p1, mo(IR_MO_8, 0), "p1 after more evictions");
    check_eq(stats->tlb_misses - m0, 1, "TLB_VICTIMS + 1 evictions: p1 lost");

    /* tlb_flush_page, in the table and in the victim TLB. */
    ld(p2, mo(IR_MO_8, 0), "p2");
    m0 = stats->tlb_misses;
    tlb_flush_page(cs, p1 + 0x123);
    ld(p1, mo(IR_MO_8, 0), "after tlb_flush_page");
    check_eq(stats->tlb_misses - m0, 1, "tlb_flush_page forces a refill");
    ld(p2, mo(IR_MO_8, 0), "other page after tlb_flush_page");
    check_eq(stats->tlb_misses - m0, 1, "tlb_flush_page leaves other pages");
    tlb_flush_page(cs, p1);
    st(p1, 2, mo(IR_MO_8, 0), "st after tlb_flush_page");
    check_eq(stats->tlb_misses - m0, 2, "tlb_flush_page forces a store refill");
    collide(p1, 1, p2);
    tlb_flush_page(cs, p1);
    ld(p1, mo(IR_MO_8, 0), "after tlb_flush_page of a victim");
    check_eq(stats->tlb_misses - m0, 3,
             "tlb_flush_page reaches the victim TLB");
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1 alias");
    m0 = stats->tlb_misses;
    tlb_flush_page(cs, p1);
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1 again");
    check_eq(stats->tlb_misses - m0, 0,
             "tlb_flush_page of one vaddr leaves another vaddr");
    tlb_flush_page(cs, p1_alias);
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1 flushed");
    check_eq(stats->tlb_misses - m0, 1, "tlb_flush_page reaches mmu index 1");

    /* tlb_flush empties the table and the victim TLB. */
    collide(p1, 1, p2);
    m0 = stats->tlb_misses;
    v0 = stats->tlb_victim_hits;
    tlb_flush(cs);
    ld(p1, mo(IR_MO_8, 0), "p1 after tlb_flush");
    ld(p2, mo(IR_MO_8, 0), "p2 after tlb_flush");
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1 after tlb_flush");
    check_eq(stats->tlb_misses - m0, 3, "tlb_flush forces every refill");
    check_eq(stats->tlb_victim_hits - v0, 0, "tlb_flush empties the victims");

    /* A page-crossing access refills both pages, once each. */
    tlb_flush(cs);
    m0 = stats->tlb_misses;
    ld(p2 - 2, mo(IR_MO_32, 0), "cross after tlb_flush");
    check_eq(stats->tlb_misses - m0, 2, "cross-page access: two refills");
    ld(p2 - 2, mo(IR_MO_32, 0), "cross again");
    check_eq(stats->tlb_misses - m0, 2, "cross-page access: then hits");

    /* A fault leaves no entry behind: the retry misses again. */
    uint64_t v;
    m0 = stats->tlb_misses;
    check(!try_ld(PG_UNMAPPED, mo(IR_MO_8, 0), &v), "unmapped");
    check(!try_ld(PG_UNMAPPED, mo(IR_MO_8, 0), &v), "unmapped again");
    check_eq(stats->tlb_misses - m0, 2, "faulting page is not cached");
    tlb_flush(cs);
}

/* Page flushes near superpages and the jump cache; flushes of clean MMU
 * indices. */
static void test_cpu_tlb_large_pages(void)
{
    CPUState *cs = &cpu->cs;
    uint64_t p1 = RAM0_BASE + 0x8000 + PAGE_SIZE, p2 = p1 + PAGE_SIZE;
    uint64_t p1_alias = ALIAS_RAM + (p1 - RAM0_BASE);
    CPUStats *stats = &cs->stats;
    static struct TB *const mark = (struct TB *)&mark;
    uint64_t m0, f0;

    tlb_flush(cs);
    ld(p1, mo(IR_MO_8, 0), "p1");
    ld(p2, mo(IR_MO_8, 0), "p2");
    /* No superpage cached: a page flush is one page. */
    m0 = stats->tlb_misses;
    f0 = stats->tlb_flushes;
    tlb_flush_page(cs, p1);
    ld(p2, mo(IR_MO_8, 0), "p2 after flush of p1");
    check_eq(stats->tlb_misses - m0, 0, "page flush: other page kept");
    check_eq(stats->tlb_flushes - f0, 0, "page flush: not a full flush");
    /* p2 came from a superpage covering p1: flushing p1 drops p2 too. */
    tlb_note_large_page(cs, p1, 4 * PAGE_SIZE);
    ld(p1, mo(IR_MO_8, 0), "p1 refill");
    m0 = stats->tlb_misses;
    tlb_flush_page(cs, p1 + PAGE_SIZE * 2);
    ld(p2, mo(IR_MO_8, 0), "p2 after flush inside the superpage");
    check_eq(stats->tlb_misses - m0, 1, "flush inside a superpage: all gone");
    check_eq(stats->tlb_flushes - f0, 1, "flush inside a superpage is full");
    /* The full flush forgot the superpage: page flushes are local again. */
    ld(p1, mo(IR_MO_8, 0), "p1 again");
    m0 = stats->tlb_misses;
    tlb_flush_page(cs, p1);
    ld(p2, mo(IR_MO_8, 0), "p2 after the superpage was flushed");
    check_eq(stats->tlb_misses - m0, 0, "full flush resets the superpages");
    /* A superpage at the top of the address space. */
    tlb_note_large_page(cs, -(uint64_t)PAGE_SIZE, 1ull << 21);
    tlb_flush_page(cs, -(uint64_t)PAGE_SIZE);
    check_eq(stats->tlb_flushes - f0, 2, "superpage at the top is seen");

    /* The jump cache loses the flushed page and the one before it
     * (whose last block may cross into it), nothing else. */
    unsigned h_in = tb_jmp_cache_hash(p1 + 0x40);
    unsigned h_before = tb_jmp_cache_hash(p1 - 0x10);
    unsigned h_other = tb_jmp_cache_hash(p2 + 0x80);
    check(h_other != h_in && h_other != h_before, "jump-cache slots differ");
    cs->tb_jmp_cache[h_in] = mark; /* not recorded: the flush skips it */
    tlb_flush_page(cs, p1);
    check(cs->tb_jmp_cache[h_in] == mark,
          "jump cache: a page without recorded blocks is not searched");
    tb_jmp_cache_set(cs, h_in, mark, p1 + 0x40);
    tb_jmp_cache_set(cs, h_before, mark, p1 - 0x10);
    tb_jmp_cache_set(cs, h_other, mark, p2 + 0x80);
    tlb_flush_page(cs, p1);
    check(cs->tb_jmp_cache[h_in] == NULL, "jump cache: flushed page");
    check(cs->tb_jmp_cache[h_before] == NULL, "jump cache: page before");
    check(cs->tb_jmp_cache[h_other] == mark, "jump cache: other page kept");
    tlb_flush(cs);
    check(cs->tb_jmp_cache[h_other] == NULL, "jump cache: full flush");

    /* A full flush clears the indices filled since the previous one, and
     * an index filled later is flushed by the next. */
    ld(p1, mo(IR_MO_8, 0), "mmu 0");
    tlb_flush(cs);
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1");
    m0 = stats->tlb_misses;
    tlb_flush(cs);
    ld(p1, mo(IR_MO_8, 0), "mmu 0 after flushes");
    ld(p1_alias, mo(IR_MO_8, 1), "mmu 1 after flushes");
    check_eq(stats->tlb_misses - m0, 2, "flushes reach every filled index");
    tlb_flush(cs);
}

static void test_cpu_code_pages(void)
{
    CPUState *cs = &cpu->cs;
    uint64_t code = RAM0_BASE + 0x2000, other = RAM0_BASE + 0x4000;
    unsigned idx = (code - RAM0_BASE) >> PAGE_BITS;

    as_code_write_hook = hook_record;
    hook_invalidates = false;
    ram0->code_pages = calloc(RAM0_SIZE >> PAGE_BITS, sizeof(uintptr_t));
    tlb_flush(cs);
    nhook = 0;

    st(code + 0x10, 1, mo(IR_MO_32, 0), "st before code");
    st(other, 1, mo(IR_MO_32, 0), "st other before code");
    check_hook("stores before the page holds code", 0, NULL);

    /* The page gets code: entries already in the TLB must notice. */
    ram0->code_pages[idx] = 1;
    tlb_mark_code_page(cs, code);
    TlbEntry *e = &cs->tlb[0][tlb_index(code)];
    check(e->addr_write & TLB_NOTDIRTY, "tlb_mark_code_page sets NOTDIRTY");
    check(!(cs->tlb[0][tlb_index(other)].addr_write & TLB_NOTDIRTY),
          "tlb_mark_code_page leaves other pages");
    uint64_t slow = cs->stats.tlb_slow;
    st(code + 0x10, 0x77665544, mo(IR_MO_32, 0), "st to code page");
    check_hook("cpu_st to a code page", 1,
               (HookCall[]){ HOOK(ram0, code + 0x10, 4) });
    check_eq(phys(code + 0x10, 4), 0x77665544, "st to code page lands");
    check_eq(cs->stats.tlb_slow - slow, 1, "st to code page is slow");
    st(code + 0x20, 5, mo(IR_MO_8, 0), "st to code page again");
    check_hook("page keeps code: every store reports", 1,
               (HookCall[]){ HOOK(ram0, code + 0x20, 1) });
    slow = cs->stats.tlb_slow;
    check_eq(ld(code + 0x10, mo(IR_MO_32, 0), "ld code page"), 0x77665544,
             "ld from a code page");
    check_eq(cs->stats.tlb_slow - slow, 0, "loads from a code page are fast");
    st(other, 2, mo(IR_MO_32, 0), "st other page");
    check_hook("store to a page without code", 0, NULL);

    /* A store crossing into the code page reports its bytes there. */
    st(code - 2, 0xaabbccdd, mo(IR_MO_32, 0), "cross st into code");
    check_hook("cross-page store into a code page", 2,
               (HookCall[]){ HOOK(ram0, code, 1), HOOK(ram0, code + 1, 1) });
    check_eq(phys(code - 2, 4), 0xaabbccdd, "cross st into code lands");

    /* Once the core drops the page's code, stores go fast again. */
    hook_invalidates = true;
    st(code + 0x30, 9, mo(IR_MO_64, 0), "st that invalidates");
    check_hook("store that invalidates", 1,
               (HookCall[]){ HOOK(ram0, code + 0x30, 8) });
    check(!(e->addr_write & TLB_NOTDIRTY),
          "NOTDIRTY cleared once the page has no code");
    slow = cs->stats.tlb_slow;
    st(code + 0x38, 10, mo(IR_MO_64, 0), "st after invalidation");
    check_hook("store after invalidation", 0, NULL);
    check_eq(cs->stats.tlb_slow - slow, 0, "store after invalidation fast");

    /* A refill of a page with code gets NOTDIRTY from tlb_set_page. */
    hook_invalidates = false;
    ram0->code_pages[idx] = 1;
    tlb_flush(cs);
    st(code + 0x40, 11, mo(IR_MO_16, 0), "st after refill");
    check_hook("refilled code page reports stores", 1,
               (HookCall[]){ HOOK(ram0, code + 0x40, 2) });
    st(ALIAS_RAM + (code - RAM0_BASE) + 0x48, 12, mo(IR_MO_32, 1),
       "st to code page through mmu 1");
    check_hook("code page through another mmu index", 1,
               (HookCall[]){ HOOK(ram0, code + 0x48, 4) });

    /* tlb_mark_code_page leaves read-only and MMIO entries alone. */
    ld(PG_RO, mo(IR_MO_8, 0), "ld ro");
    ram0->code_pages[(PG_RO - RAM0_BASE) >> PAGE_BITS] = 1;
    tlb_mark_code_page(cs, PG_RO);
    check_eq(cs->tlb[0][tlb_index(PG_RO)].addr_write, TLB_INVALID,
             "tlb_mark_code_page on a read-only entry");
    check(!try_st(PG_RO, 0, mo(IR_MO_8, 0)), "st ro code page");
    check_hook("faulting store to a code page does not report", 0, NULL);

    free(ram0->code_pages);
    ram0->code_pages = NULL;
    tlb_flush(cs);
}

static void test_cpu_fetch(void)
{
    uint64_t v;
    tlb_flush(&cpu->cs);
    check(as_write(&as, RAM0_BASE + 0x100, 4, 0x00100093) == MEMTX_OK,
          "prefill");
    check(try_code_paddr(RAM0_BASE + 0x104, 0, &v) && v == RAM0_BASE + 0x104,
          "softmmu_code_paddr of identity-mapped ram");
    check(try_code_paddr(ALIAS_RAM + 0x104, 1, &v) && v == RAM0_BASE + 0x104,
          "softmmu_code_paddr through mmu index 1");
    check(try_fetch(RAM0_BASE + 0x100, 4, 0, &v) && v == 0x00100093,
          "softmmu_fetch_code 4 bytes");
    check(try_fetch(RAM0_BASE + 0x100, 2, 0, &v) && v == 0x0093,
          "softmmu_fetch_code 2 bytes");
    check(try_fetch(ROM_BASE + 8, 8, 0, &v) && v == 0x0807060504030201ull,
          "fetch from rom");
    check(!try_code_paddr(PG_NX + 4, 0, &v), "fetch from a no-exec page");
    check_fault(FAULT_PAGE, PG_NX, ACCESS_FETCH, "fetch from a no-exec page");
    check(!try_code_paddr(DEV4_BASE, 0, &v), "fetch from mmio");
    check_fault(FAULT_BUS, DEV4_BASE, ACCESS_FETCH, "fetch from mmio");
    check(!try_code_paddr(RAM0_BASE + 0x3000, 0, &v),
          "fetch from ram on an overlaid page");
    check_fault(FAULT_BUS, RAM0_BASE + 0x3000, ACCESS_FETCH,
                "fetch from ram on an overlaid page");
}

static bool try_probe(uint64_t addr, unsigned size, AccessType acc,
                      int mmu_idx, void **out)
{
    fault = (Fault){ .kind = FAULT_NONE };
    if (sigsetjmp(cpu->cs.jmp_env, 0)) {
        return false;
    }
    *out = softmmu_probe_atomic(&cpu->cs, addr, size, acc, mmu_idx, 0);
    return true;
}

static void test_cpu_probe_atomic(void)
{
    CPUState *cs = &cpu->cs;
    uint64_t a = RAM0_BASE + 0x1400, code = RAM0_BASE + 0x2000;
    void *p = NULL, *q = NULL;

    tlb_flush(cs);
    check(as_write(&as, a, 8, 0x1122334455667788ull) == MEMTX_OK, "prefill");
    for (unsigned s = 1; s <= 8; s *= 2) {
        check(try_probe(a + 8, s, ACCESS_WRITE, 0, &p),
              "probe %u-byte write on ram", s);
    }
    check(try_probe(a, 8, ACCESS_WRITE, 0, &p), "probe write on ram");
    check(p != NULL && memcmp(p, &(uint64_t){ 0x1122334455667788ull }, 8)
                           == 0,
          "probe: the host pointer holds the guest bytes");
    if (p != NULL) {
        __atomic_fetch_add((uint64_t *)p, 1, __ATOMIC_SEQ_CST);
    }
    check_eq(phys(a, 8), 0x1122334455667789ull,
             "probe: an atomic through the pointer reaches guest ram");
    check(try_probe(ALIAS_RAM + (a - RAM0_BASE), 8, ACCESS_READ, 1, &q) &&
              q == p,
          "probe through mmu index 1 finds the same host bytes");
    check(try_probe(PG_RO + 8, 8, ACCESS_READ, 0, &p), "probe read on ro");

    /* Alignment first: a misaligned probe faults even on a hole. */
    check(!try_probe(a + 4, 8, ACCESS_WRITE, 0, &p), "misaligned write");
    check_fault(FAULT_ALIGN, a & PAGE_MASK, ACCESS_WRITE,
                "misaligned write probe");
    check(!try_probe(HOLE + 2, 4, ACCESS_READ, 0, &p), "misaligned read");
    check_fault(FAULT_ALIGN, HOLE, ACCESS_READ, "misaligned read probe");
    check_eq(fault.vaddr, HOLE + 2, "misaligned probe: the address");

    /* The translation fault comes from tlb_fill, for the access asked. */
    check(!try_probe(PG_RO, 4, ACCESS_WRITE, 0, &p), "write on ro");
    check_fault(FAULT_PAGE, PG_RO, ACCESS_WRITE, "write probe on ro page");
    check(!try_probe(PG_UNMAPPED + 8, 8, ACCESS_READ, 0, &p), "unmapped");
    check_fault(FAULT_PAGE, PG_UNMAPPED, ACCESS_READ, "read probe unmapped");

    /* Anything but RAM is an access fault, and no device sees a call. */
    check(!try_probe(HOLE + 8, 8, ACCESS_WRITE, 0, &p), "hole");
    check_fault(FAULT_BUS, HOLE, ACCESS_WRITE, "write probe on a hole");
    check(!try_probe(HOLE, 4, ACCESS_READ, 0, &p), "hole read");
    check_fault(FAULT_BUS, HOLE, ACCESS_READ, "read probe on a hole");
    dev_reset(&t_dev4);
    check(!try_probe(DEV4_BASE + 8, 4, ACCESS_WRITE, 0, &p), "mmio");
    check_fault(FAULT_BUS, DEV4_BASE, ACCESS_WRITE, "write probe on mmio");
    check(!try_probe(ALIAS_DEV, 8, ACCESS_READ, 1, &p), "mmio read");
    check_fault(FAULT_BUS, ALIAS_DEV, ACCESS_READ, "read probe on mmio");
    check_calls(&t_dev4, "probes never call the device", 0, NULL);
    check(!try_probe(RAM0_BASE + 0x3000, 8, ACCESS_WRITE, 0, &p), "ovl");
    check_fault(FAULT_BUS, RAM0_BASE + 0x3000, ACCESS_WRITE,
                "write probe on ram sharing a page with mmio");
    check(!try_probe(ROM_BASE + 8, 8, ACCESS_WRITE, 0, &p), "rom write");
    check_fault(FAULT_BUS, ROM_BASE, ACCESS_WRITE, "write probe on rom");
    check(try_probe(ROM_BASE + 8, 8, ACCESS_READ, 0, &p) && p != NULL &&
              *(uint64_t *)p == 0x0807060504030201ull,
          "read probe on rom");

    /* A write probe on a code page invalidates the bytes' blocks first. */
    as_code_write_hook = hook_record;
    hook_invalidates = false;
    ram0->code_pages = calloc(RAM0_SIZE >> PAGE_BITS, sizeof(uintptr_t));
    ram0->code_pages[(code - RAM0_BASE) >> PAGE_BITS] = 1;
    tlb_flush(cs);
    nhook = 0;
    check(try_probe(code + 0x10, 4, ACCESS_READ, 0, &p), "read code page");
    check_hook("read probe of a code page", 0, NULL);
    check(try_probe(code + 0x18, 8, ACCESS_WRITE, 0, &p), "write code page");
    check_hook("write probe of a code page", 1,
               (HookCall[]){ HOOK(ram0, code + 0x18, 8) });
    check(try_probe(ALIAS_RAM + (code - RAM0_BASE) + 4, 4, ACCESS_WRITE, 1,
                    &p),
          "write code page through mmu 1");
    check_hook("write probe of a code page through mmu 1", 1,
               (HookCall[]){ HOOK(ram0, code + 4, 4) });
    hook_invalidates = true;
    check(try_probe(code + 0x20, 2, ACCESS_WRITE, 0, &p), "invalidating");
    check_hook("write probe that invalidates", 1,
               (HookCall[]){ HOOK(ram0, code + 0x20, 2) });
    check(!(cs->tlb[0][tlb_index(code)].addr_write & TLB_NOTDIRTY),
          "write probe: NOTDIRTY cleared once the page has no code");
    check(try_probe(code + 0x28, 8, ACCESS_WRITE, 0, &p), "after");
    check_hook("write probe after invalidation", 0, NULL);
    free(ram0->code_pages);
    ram0->code_pages = NULL;
    tlb_flush(cs);
}

int main(void)
{
    build_as();
    test_lookup();
    test_ram_rom_hole();
    test_mmio_sizes();
    test_bytes();
    test_code_hook();

    cpu_setup();
    test_cpu_sizes();
    test_cpu_cross_page();
    test_cpu_faults();
    test_cpu_mmio_rom();
    test_cpu_tlb_counting();
    test_cpu_tlb_large_pages();
    test_cpu_code_pages();
    test_cpu_fetch();
    test_cpu_probe_atomic();

    as_code_write_hook = NULL;
    softmmu_as = NULL;
    as_destroy(&as);
    free(cpu);
    return check_summary();
}
