/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for the CLINT (hw/clint.c) on a bare Machine with three
 * harts: msip per hart (only bit 0 kept, driving that hart's MSIP and
 * waking it), mtimecmp per hart as 64-bit and as 32-bit halves driving
 * MTIP, mtime reads and writes, the timer thread waking exactly the hart
 * whose mtimecmp or Sstc deadline passed, and offsets of harts that do
 * not exist or of no register reading 0 and ignoring writes. Ends with
 * `N passed, M failed`.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/machine.h"
#include "hw/clint.h"

#include "tests/test-check.h"

enum {
    BASE = 0x2000000,
    NHARTS = 3,
    MSIP = 0x0,
    MTIMECMP = 0x4000,
    MTIME = 0xbff8,
};

static Machine m;
static RVCPU *cpus[NHARTS];

static uint64_t rd(uint64_t off, unsigned size)
{
    uint64_t v = 0xdead;
    if (as_read(&m.as, BASE + off, size, &v) != MEMTX_OK) {
        return 0xbad;
    }
    return v;
}

static void wr(uint64_t off, unsigned size, uint64_t v)
{
    if (as_write(&m.as, BASE + off, size, v) != MEMTX_OK) {
        check(false, "write at %#llx not answered", (unsigned long long)off);
    }
}

static uint64_t pending(unsigned hart)
{
    RvIrqSource *src = &cpus[hart]->env.irq_src;
    return src->pending(src->opaque);
}

static void clear_exits(void)
{
    for (unsigned i = 0; i < NHARTS; i++) {
        cpus[i]->cs.exit_request = 0;
    }
}

static void sleep_ms(long ms)
{
    struct timespec ts = { .tv_sec = 0, .tv_nsec = ms * 1000 * 1000 };
    nanosleep(&ts, NULL);
}

static void test_msip(void)
{
    clear_exits();
    wr(MSIP + 4 * 1, 4, 0xffffffff);
    check_eq(rd(MSIP + 4 * 1, 4), 1, "msip[1] keeps bit 0 only");
    check_eq(rd(MSIP + 4 * 0, 4), 0, "msip[0] untouched");
    check_eq(rd(MSIP + 4 * 2, 4), 0, "msip[2] untouched");
    check(pending(1) & MIP_MSIP, "hart 1 sees MSIP");
    check(!(pending(0) & MIP_MSIP) && !(pending(2) & MIP_MSIP),
          "harts 0 and 2 do not");
    check(cpus[1]->cs.exit_request && !cpus[0]->cs.exit_request &&
              !cpus[2]->cs.exit_request,
          "an msip write wakes its hart only");
    wr(MSIP + 4 * 1, 4, 0);
    check(!(pending(1) & MIP_MSIP), "msip[1] cleared");
}

static void test_mtimecmp(void)
{
    for (unsigned h = 0; h < NHARTS; h++) {
        check_eq(rd(MTIMECMP + 8 * h, 8), ~0ull, "mtimecmp[%u] resets to -1",
                 h);
    }
    wr(MTIMECMP + 8 * 2, 8, 0x1122334455667788ull);
    check_eq(rd(MTIMECMP + 8 * 2, 8), 0x1122334455667788ull,
             "mtimecmp[2] 64-bit");
    check_eq(rd(MTIMECMP + 8 * 2, 4), 0x55667788, "mtimecmp[2] low half");
    check_eq(rd(MTIMECMP + 8 * 2 + 4, 4), 0x11223344,
             "mtimecmp[2] high half");
    wr(MTIMECMP + 8 * 1, 4, 0xaabbccdd);
    check_eq(rd(MTIMECMP + 8 * 1, 8), 0xffffffffaabbccddull,
             "a low-half write keeps the high half");
    wr(MTIMECMP + 8 * 1 + 4, 4, 0x01020304);
    check_eq(rd(MTIMECMP + 8 * 1, 8), 0x01020304aabbccddull,
             "a high-half write keeps the low half");
    check_eq(rd(MTIMECMP + 8 * 0, 8), ~0ull, "mtimecmp[0] untouched");

    wr(MTIMECMP + 8 * 0, 8, 0);
    check(pending(0) & MIP_MTIP, "mtimecmp 0: MTIP");
    check(!(pending(2) & MIP_MTIP), "hart 2 far in the future: no MTIP");
    wr(MTIMECMP + 8 * 0, 8, ~0ull);
    check(!(pending(0) & MIP_MTIP), "mtimecmp -1: no MTIP");
    wr(MTIMECMP + 8 * 1, 8, ~0ull);
    wr(MTIMECMP + 8 * 2, 8, ~0ull);
}

static void test_mtime(void)
{
    uint64_t a = rd(MTIME, 8), b = rd(MTIME, 8);
    check(b >= a, "mtime does not go back");
    RvIrqSource *src = &cpus[2]->env.irq_src;
    uint64_t t = src->mtime(src->opaque);
    check(t >= b && t - b < CLINT_TIMEBASE_HZ, "every hart reads mtime");
    wr(MTIME, 8, 0x500000000ull);
    uint64_t now = rd(MTIME, 8);
    check(now >= 0x500000000ull && now < 0x500000000ull + CLINT_TIMEBASE_HZ,
          "mtime written (64-bit)");
    check_eq(rd(MTIME + 4, 4), 5, "mtime high half");
    wr(MTIME + 4, 4, 7);
    check_eq(rd(MTIME + 4, 4), 7, "mtime high half written");
}

static void test_wakeups(void)
{
    clear_exits();
    uint64_t now = rd(MTIME, 8);
    wr(MTIMECMP + 8 * 2, 8, now + CLINT_TIMEBASE_HZ / 100); /* 10 ms */
    clear_exits();
    sleep_ms(60);
    check(cpus[2]->cs.exit_request, "the timer thread wakes hart 2");
    check(!cpus[0]->cs.exit_request && !cpus[1]->cs.exit_request,
          "and no other hart");
    check(pending(2) & MIP_MTIP, "hart 2's MTIP is pending");
    wr(MTIMECMP + 8 * 2, 8, ~0ull);

    clear_exits();
    RvIrqSource *src = &cpus[1]->env.irq_src;
    src->set_stimer(src->opaque, rd(MTIME, 8) + CLINT_TIMEBASE_HZ / 100);
    sleep_ms(60);
    check(cpus[1]->cs.exit_request && !cpus[2]->cs.exit_request,
          "an Sstc deadline wakes its hart only");
    src->set_stimer(src->opaque, ~0ull);
}

static void test_out_of_range(void)
{
    clear_exits();
    wr(MSIP + 4 * NHARTS, 4, 1);
    check_eq(rd(MSIP + 4 * NHARTS, 4), 0, "msip of a missing hart reads 0");
    for (unsigned h = 0; h < NHARTS; h++) {
        check(!(pending(h) & MIP_MSIP), "no MSIP on hart %u", h);
    }
    wr(MTIMECMP + 8 * NHARTS, 8, 0);
    check_eq(rd(MTIMECMP + 8 * NHARTS, 8), 0,
             "mtimecmp of a missing hart reads 0");
    for (unsigned h = 0; h < NHARTS; h++) {
        check(!(pending(h) & MIP_MTIP), "no MTIP on hart %u", h);
    }
    check_eq(rd(0x8000, 4), 0, "a hole in the map reads 0");
    check_eq(rd(0xbff0, 8), 0, "below mtime reads 0");
    uint64_t v = 0;
    check(as_read(&m.as, BASE + MSIP, 2, &v) == MEMTX_OK && v == 0,
          "a 2-byte access is refused (reads 0)");
}

int main(void)
{
    for (unsigned i = 0; i < NHARTS; i++) {
        cpus[i] = calloc(1, sizeof(RVCPU));
        if (!cpus[i]) {
            return 1;
        }
        cpus[i]->cs.cpu_index = (int)i;
        cpus[i]->cs.machine = &m;
        m.cpus[i] = &cpus[i]->cs;
    }
    m.ncpus = NHARTS;
    clint_create(&m, BASE, cpus, NHARTS);
    test_msip();
    test_mtimecmp();
    test_mtime();
    test_wakeups();
    test_out_of_range();
    return check_summary();
}
