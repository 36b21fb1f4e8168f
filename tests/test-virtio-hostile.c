/* SPDX-License-Identifier: MIT */
/*
 * A hostile guest against virtio-mmio, the split virtqueue and its devices
 * (tests/virtio-guest.h plays the driver). Every malformed chain or queue
 * setup must end in DEVICE_NEEDS_RESET plus a configuration-change
 * interrupt, never in a crash, a hang or a write outside guest RAM: loops,
 * chains longer than their table, indices out of range, buffers in holes,
 * MMIO, ROM, across the end of RAM or wrapping, indirect tables that are
 * not negotiated, nested, chained or malformed, readable after writable
 * descriptors, queue sizes that are not powers of two, misplaced rings,
 * and notifications for queues that were never set up. Then random chains
 * and random register traffic, each for a bounded time. Runs under ASan+UBSan in `make test`. Ends with
 * `N passed, M failed`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "hw/virtio-blk.h"
#include "hw/virtio-rng.h"

#include "tests/test-check.h"
#include "tests/virtio-guest.h"

enum {
    ROM = 0x20000000,
    ROM_SIZE = 0x10000,
    RNG_SLOT = 0,
    BLK_SLOT = 1,
};

#define F_V1 VIRTIO_F_VERSION_1
#define F_IND (VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC)

static char image[] = "/tmp/emu-vhostile-XXXXXX";

/* The device refused the chain: NEEDS_RESET, a config interrupt, nothing
 * used, and it stays quiet until reset. */
static void expect_broken(const char *what)
{
    check(g_needs_reset(), "%s: DEVICE_NEEDS_RESET", what);
    check(reg(R_ISR) & VIRTIO_ISR_CONFIG, "%s: config interrupt", what);
    check(irq_level, "%s: line raised", what);
    check_eq(g_used_idx(), 0, "%s: nothing used", what);
    set_reg(R_ISR_ACK, 3);
    g_kick();
    check_eq(g_used_idx(), 0, "%s: ignored until reset", what);
    set_reg(R_STATUS, 0);
    check(!g_needs_reset(), "%s: reset clears it", what);
}

/* Submits the chain at desc 0 and expects the device to refuse it. */
static void rng_case(const char *what)
{
    g_submit(0);
    expect_broken(what);
}

static void start_rng(uint64_t features)
{
    g_select(RNG_SLOT);
    g_start(features, 8);
}

static void test_chains(void)
{
    start_rng(F_V1);
    g_desc(0, BUF, 16, D_WRITE | D_NEXT, 1);
    g_desc(1, BUF, 16, D_WRITE | D_NEXT, 0);
    rng_case("loop 0->1->0");

    start_rng(F_V1);
    g_desc(0, BUF, 16, D_WRITE | D_NEXT, 0);
    rng_case("self loop");

    start_rng(F_V1);
    for (unsigned i = 0; i < 8; i++) {
        g_desc(i, BUF, 16, D_WRITE | D_NEXT, (i + 1) % 8);
    }
    rng_case("chain as long as the queue, then around");

    start_rng(F_V1);
    g_desc(0, BUF, 16, D_WRITE | D_NEXT, 8);
    rng_case("next == queue size");

    start_rng(F_V1);
    g_desc(0, BUF, 16, D_WRITE | D_NEXT, 0xffff);
    rng_case("next 0xffff");

    start_rng(F_V1);
    g_submit(8);
    expect_broken("head == queue size");

    start_rng(F_V1);
    g_desc(0, BUF, 16, D_WRITE, 0);
    g_wr(Q_AVAIL + 2, 2, 9);
    g_kick();
    expect_broken("avail idx ahead by more than the queue");

    start_rng(F_V1);
    g_desc(0, BUF, 16, D_NEXT | D_WRITE, 1);
    g_desc(1, BUF + 16, 16, 0, 0);
    rng_case("readable after writable");
}

static void test_buffers(void)
{
    static const struct {
        uint64_t addr;
        uint32_t len;
        const char *what;
    } bad[] = {
        { HOLE, 16, "buffer in a hole" },
        { VMMIO, 16, "buffer on the device's own registers" },
        { VMMIO + 0x1000, 0x100, "buffer on another device" },
        { ROM, 16, "writable buffer in ROM" },
        { RAM - 8, 16, "buffer starting below RAM" },
        { RAM + RAM_SIZE - 8, 16, "buffer across the end of RAM" },
        { RAM + RAM_SIZE, 1, "buffer just past RAM" },
        { 0xfffffffffffff000ull, 0x2000, "buffer wrapping around" },
        { UINT64_MAX, 2, "buffer at the last address" },
        { BUF, 0xffffffff, "4 GiB buffer" },
    };
    for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        start_rng(F_V1);
        g_desc(0, bad[i].addr, bad[i].len, D_WRITE, 0);
        rng_case(bad[i].what);
    }
    /* A readable buffer in MMIO must not be read either (side effects). */
    start_rng(F_V1);
    g_desc(0, VMMIO + R_ISR_ACK, 4, D_NEXT, 1);
    g_desc(1, BUF, 4, D_WRITE, 0);
    rng_case("readable buffer on MMIO");
}

static void test_indirect(void)
{
    uint64_t t = BUF + 0x8000;

    start_rng(F_V1);
    g_desc_at(t, 0, BUF, 16, D_WRITE, 0);
    g_desc(0, t, 16, D_INDIRECT, 0);
    rng_case("indirect not negotiated");

    start_rng(F_IND);
    g_desc_at(t, 0, t, 16, D_INDIRECT, 0);
    g_desc(0, t, 16, D_INDIRECT, 0);
    rng_case("indirect inside an indirect table");

    start_rng(F_IND);
    g_desc_at(t, 0, BUF, 16, D_WRITE, 0);
    g_desc(0, t, 16, D_INDIRECT | D_NEXT, 1);
    g_desc(1, BUF, 16, D_WRITE, 0);
    rng_case("indirect with NEXT");

    static const struct {
        uint64_t addr;
        uint32_t len;
        const char *what;
    } bad[] = {
        { BUF + 0x8000, 0, "indirect table of length 0" },
        { BUF + 0x8000, 17, "indirect length not a multiple of 16" },
        { BUF + 0x8000, 0x100000, "indirect table too long" },
        { HOLE, 16, "indirect table in a hole" },
        { VMMIO, 16, "indirect table on MMIO" },
        { RAM + RAM_SIZE - 16, 32, "indirect table across the end of RAM" },
        { 0xfffffffffffffff0ull, 32, "indirect table wrapping" },
    };
    for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        start_rng(F_IND);
        g_desc(0, bad[i].addr, bad[i].len, D_INDIRECT, 0);
        rng_case(bad[i].what);
    }

    start_rng(F_IND);
    g_desc_at(t, 0, BUF, 16, D_WRITE | D_NEXT, 1);
    g_desc_at(t, 1, BUF, 16, D_WRITE | D_NEXT, 0);
    g_desc(0, t, 32, D_INDIRECT, 0);
    rng_case("loop inside an indirect table");

    start_rng(F_IND);
    g_desc_at(t, 0, BUF, 16, D_WRITE | D_NEXT, 2);
    g_desc_at(t, 1, BUF, 16, D_WRITE, 0);
    g_desc(0, t, 32, D_INDIRECT, 0);
    rng_case("next past the indirect table");

    start_rng(F_IND);
    g_desc_at(t, 0, HOLE, 16, D_WRITE, 0);
    g_desc(0, t, 16, D_INDIRECT, 0);
    rng_case("indirect entry in a hole");

    /* The longest legal indirect table works. */
    start_rng(F_IND);
    for (unsigned i = 0; i < 1024; i++) {
        g_desc_at(BUF + 0x10000, i, BUF + 4 * i, 4, D_WRITE | D_NEXT,
                  i + 1 < 1024 ? i + 1 : 0);
    }
    g_desc_at(BUF + 0x10000, 1023, BUF + 4 * 1023, 4, D_WRITE, 0);
    g_desc(0, BUF + 0x10000, 1024 * 16, D_INDIRECT, 0);
    g_submit(0);
    check_eq(g_used_len(0), 4096, "1024-entry indirect table served");
    check(!g_needs_reset(), "1024-entry indirect table is legal");

    /* One direct segment more than that is too many. */
    start_rng(F_IND);
    g_desc(0, BUF + 0x9000, 4, D_WRITE | D_NEXT, 1);
    g_desc(1, BUF + 0x10000, 1024 * 16, D_INDIRECT, 0);
    rng_case("1025 segments");
}

/* Queue setups the device must refuse when the driver sets QueueReady. */
static void bad_setup(uint32_t num, uint64_t desc, uint64_t avail,
                      uint64_t used, const char *what)
{
    g_select(RNG_SLOT);
    if (!g_negotiate(F_V1)) {
        check(false, "%s: setup", what);
    }
    set_reg(R_ISR_ACK, 3);
    g_queue(num, desc, avail, used);
    check_eq(reg(R_QUEUE_READY), 0, "%s: queue not ready", what);
    check(g_needs_reset(), "%s: DEVICE_NEEDS_RESET", what);
    check(reg(R_ISR) & VIRTIO_ISR_CONFIG, "%s: config interrupt", what);
    g_driver_ok();
    g_desc(0, BUF, 16, D_WRITE, 0);
    g_submit(0);
    check_eq(g_rd(Q_USED + 2, 2), 0, "%s: nothing used", what);
    set_reg(R_STATUS, 0);
    set_reg(R_ISR_ACK, 3);
}

static void test_setup(void)
{
    bad_setup(3, Q_DESC, Q_AVAIL, Q_USED, "queue size 3");
    bad_setup(0, Q_DESC, Q_AVAIL, Q_USED, "queue size 0");
    bad_setup(128, Q_DESC, Q_AVAIL, Q_USED, "queue size above the maximum");
    bad_setup(0x10000, Q_DESC, Q_AVAIL, Q_USED, "queue size 0x10000");
    bad_setup(0x10008, Q_DESC, Q_AVAIL, Q_USED, "queue size 0x10008");
    bad_setup(8, Q_DESC + 8, Q_AVAIL, Q_USED, "misaligned descriptors");
    bad_setup(8, Q_DESC, Q_AVAIL + 1, Q_USED, "misaligned avail ring");
    bad_setup(8, Q_DESC, Q_AVAIL, Q_USED + 2, "misaligned used ring");
    bad_setup(8, HOLE, Q_AVAIL, Q_USED, "descriptors in a hole");
    bad_setup(8, Q_DESC, VMMIO, Q_USED, "avail ring on MMIO");
    bad_setup(8, Q_DESC, Q_AVAIL, ROM, "used ring in ROM");
    bad_setup(8, Q_DESC, Q_AVAIL, RAM + RAM_SIZE - 16,
              "used ring across the end of RAM");
    bad_setup(8, 0xfffffffffffffff0ull, Q_AVAIL, Q_USED,
              "descriptor table wrapping");
}

static void test_notify(void)
{
    g_select(RNG_SLOT);
    set_reg(R_STATUS, 0);
    if (!g_negotiate(F_V1)) {
        check(false, "notify: setup");
    }
    g_driver_ok();
    g_desc(0, BUF, 16, D_WRITE, 0);
    set_reg(R_QUEUE_NOTIFY, 0);
    set_reg(R_QUEUE_NOTIFY, 1);
    set_reg(R_QUEUE_NOTIFY, 7);
    set_reg(R_QUEUE_NOTIFY, 0xffffffff);
    check(!g_needs_reset(), "notify for queues never set up: ignored");
    check_eq(reg(R_ISR), 0, "no interrupt");

    /* Before DRIVER_OK a kick does nothing; after it, the work is done. */
    if (!g_negotiate(F_V1)) {
        check(false, "notify: setup 2");
    }
    g_queue(8, Q_DESC, Q_AVAIL, Q_USED);
    g_desc(0, BUF, 16, D_WRITE, 0);
    g_submit(0);
    check_eq(g_used_idx(), 0, "notify before DRIVER_OK ignored");
    g_driver_ok();
    g_kick();
    check_eq(g_used_idx(), 1, "served after DRIVER_OK");

    /* Queue registers of a live queue are read-only. */
    set_reg(R_QUEUE_NUM, 3);
    set_reg(R_DESC_LO, HOLE);
    g_desc(1, BUF, 16, D_WRITE, 0);
    g_submit(1);
    check_eq(g_used_idx(), 2, "live queue setup unchanged");
    check(!g_needs_reset(), "live queue still healthy");
    set_reg(R_STATUS, 0);
}

static void test_registers(void)
{
    g_select(RNG_SLOT);
    check_eq(g_rd(g_base + R_MAGIC, 1), 0, "1-byte register read");
    check_eq(g_rd(g_base + R_MAGIC, 2), 0, "2-byte register read");
    /* 8-byte accesses arrive as two 4-byte ones (memory.c splits them). */
    check_eq(g_rd(g_base + R_MAGIC, 8), 0x274726976ull,
             "8-byte register read");
    check_eq(g_rd(g_base + 2, 4), 0, "misaligned register read");
    check_eq(reg(0x0f0), 0, "unknown register");
    check_eq(reg(R_CONFIG), 0, "config read past rng's empty config");
    check_eq(reg(0xffc), 0, "config read at the end of the window");
    set_reg(R_MAGIC, 0);
    set_reg(R_DEVICE_ID, 0);
    set_reg(0x0f0, 1);
    set_reg(R_CONFIG, 1);
    g_wr(g_base + R_STATUS, 1, VIRTIO_S_ACKNOWLEDGE);
    check_eq(reg(R_MAGIC), 0x74726976, "magic after writes");
    check_eq(reg(R_DEVICE_ID), 4, "device id after writes");
    check_eq(reg(R_STATUS), 0, "1-byte status write ignored");
    set_reg(R_DEV_FEAT_SEL, 7);
    check_eq(reg(R_DEV_FEAT), 0, "features word 7");
    set_reg(R_DRV_FEAT_SEL, 7);
    set_reg(R_DRV_FEAT, 0xffffffff);
    check(g_negotiate(F_V1), "stray feature words ignored");
    set_reg(R_STATUS, 0);
    set_reg(R_QUEUE_SEL, 0xffffffff);
    set_reg(R_QUEUE_NUM, 8);
    set_reg(R_QUEUE_READY, 1);
    check_eq(reg(R_QUEUE_READY), 0, "missing queue never ready");
    check_eq(reg(R_QUEUE_NUM_MAX), 0, "missing queue size 0");
    set_reg(R_QUEUE_SEL, 0);
}

static void test_blk(void)
{
    g_select(BLK_SLOT);
    g_start(F_V1, 8);
    g_wr(BUF, 4, 0);
    g_wr(BUF + 8, 8, 0);
    g_desc(0, BUF, 16, D_NEXT, 1);
    g_desc(1, BUF + 0x100, 512, 0, 0);
    g_submit(0);
    expect_broken("blk request without a status byte");

    g_start(F_V1, 8);
    g_desc(0, BUF, 8, D_NEXT, 1);
    g_desc(1, BUF + 0x200, 1, D_WRITE, 0);
    g_wr(BUF + 0x200, 1, 0xff);
    g_submit(0);
    check_eq(g_rd(BUF + 0x200, 1), 1, "blk short header: IOERR");
    check_eq(g_used_idx(), 1, "blk short header completed");

    /* A read whose data lies on the device's own registers. */
    g_start(F_V1, 8);
    g_desc(0, BUF, 16, D_NEXT, 1);
    g_desc(1, VMMIO + 0x1000, 512, D_NEXT | D_WRITE, 2);
    g_desc(2, BUF + 0x200, 1, D_WRITE, 0);
    g_submit(0);
    expect_broken("blk read into MMIO");
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Addresses a fuzzer should try: RAM, its edges, holes, MMIO, ROM. */
static uint64_t fuzz_addr(void)
{
    static const uint64_t pick[] = {
        BUF, BUF + 0x1000, RAM + RAM_SIZE - 16, RAM - 16, HOLE, VMMIO,
        VMMIO + 0x1000, ROM, 0, UINT64_MAX - 7, Q_DESC, Q_AVAIL, Q_USED,
    };
    return pick[rand() % (sizeof(pick) / sizeof(pick[0]))] +
           (rand() % 4 ? 0 : (uint64_t)rand());
}

static void test_fuzz(void)
{
    double t0 = now();
    unsigned broken = 0, served = 0;
    srand(12345);
    for (unsigned it = 0; it < 3000; it++) {
        bool blk = it & 1;
        g_select(blk ? BLK_SLOT : RNG_SLOT);
        g_start(rand() % 2 ? F_IND : F_V1 | VIRTIO_F_EVENT_IDX, 8);
        uint64_t table = BUF + 0x8000;
        for (unsigned i = 0; i < 8; i++) {
            uint16_t flags = rand() % 8;
            g_desc(i, rand() % 3 ? fuzz_addr() : table, rand() % 0x3000,
                   flags, rand() % 3 ? rand() % 10 : rand());
            g_desc_at(table, i, fuzz_addr(), rand() % 0x3000, rand() % 8,
                      rand() % 10);
        }
        g_wr(BUF, 4, rand() % 10);         /* a blk request header */
        g_wr(BUF + 8, 8, rand() % 4096);
        unsigned n = rand() % 4;
        for (unsigned k = 0; k < n; k++) {
            g_publish(rand() % 3 ? rand() % 8 : rand());
        }
        if (rand() % 8 == 0) {
            g_wr(Q_AVAIL + 2, 2, rand());
        }
        g_kick();
        uint16_t used = g_used_idx();
        check(used <= n, "fuzz %u: used %u of %u", it, used, n);
        broken += g_needs_reset();
        served += used;
        set_reg(R_STATUS, 0);
    }
    double dt = now() - t0;
    check(broken > 100 && served > 100, "fuzz: %u broken, %u served",
          broken, served);
    check(dt < 30, "fuzz took %.1f s", dt);
}

/* Random register traffic: any offset, size and value, on both slots. */
static void test_register_fuzz(void)
{
    static const uint32_t regs[] = {
        R_DEV_FEAT_SEL, R_DRV_FEAT, R_DRV_FEAT_SEL, R_QUEUE_SEL,
        R_QUEUE_NUM, R_QUEUE_READY, R_QUEUE_NOTIFY, R_ISR_ACK, R_STATUS,
        R_DESC_LO, R_DESC_HI, R_DRIVER_LO, R_DRIVER_HI, R_DEVICE_LO,
        R_DEVICE_HI,
    };
    static const uint32_t vals[] = {
        0, 1, 2, 3, 4, 8, 0xf, 0x10000, 0xffffffff, RAM, RAM + 0x10000,
        RAM + 0x20000, VMMIO,
    };
    unsigned sizes[] = { 1, 2, 4, 8 };
    double t0 = now();
    srand(777);
    for (unsigned it = 0; it < 200000; it++) {
        g_select(rand() % 2 ? BLK_SLOT : RNG_SLOT);
        uint64_t off = rand() % 4 ? regs[rand() % 15] : (uint32_t)rand() % 0x1000;
        unsigned size = rand() % 4 ? 4 : sizes[rand() % 4];
        uint64_t v = rand() % 4 ? vals[rand() % 13] : (uint64_t)rand();
        off &= ~(uint64_t)(size - 1);
        if (rand() % 3) {
            g_wr(g_base + off, size, v);
        } else {
            (void)g_rd(g_base + off, size);
        }
    }
    set_reg(R_STATUS, 0);
    g_select(RNG_SLOT);
    set_reg(R_STATUS, 0);
    check(now() - t0 < 30, "register fuzz took %.1f s", now() - t0);
    g_start(F_V1, 8);
    g_desc(0, BUF, 16, D_WRITE, 0);
    g_submit(0);
    check_eq(g_used_idx(), 1, "device works after the register fuzz");
}

int main(void)
{
    int fd = mkstemp(image);
    if (fd < 0 || ftruncate(fd, 1 << 20) != 0) {
        printf("FAIL setup: temporary image\n");
        return 1;
    }
    close(fd);
    g_attach(virtio_rng_new(), RNG_SLOT);
    g_attach(virtio_blk_new(image, VIRTIO_BLK_SNAPSHOT), BLK_SLOT);
    if (!as_add_rom(&gm.as, "rom", ROM, ROM_SIZE)) {
        check(false, "setup: ROM");
    }

    test_chains();
    test_buffers();
    test_indirect();
    test_setup();
    test_notify();
    test_registers();
    test_blk();
    test_fuzz();
    test_register_fuzz();

    unlink(image);
    return check_summary();
}
